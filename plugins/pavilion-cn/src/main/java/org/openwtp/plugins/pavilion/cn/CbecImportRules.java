package org.openwtp.plugins.pavilion.cn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.ChargeType;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportCharge;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.trade.CustomsItem;

/**
 * Duties and import taxes on goods a buyer in China orders from abroad.
 *
 * <ul>
 *   <li><b>CBEC retail</b> (Cai Guan Shui [2016] No. 18, limits raised by [2018] No. 49 from 1 January 2019): goods
 *       on the positive list, an order's dutiable value (goods, shipping and insurance) up to RMB 5,000 and the
 *       buyer's purchases this calendar year up to RMB 26,000: duty 0%, import VAT and consumption tax at 70% of
 *       the statutory amount.</li>
 *   <li><b>CBEC, single item over the order limit</b>: an order of exactly one item above RMB 5,000 that keeps the
 *       year within RMB 26,000 may still use the CBEC channel, but duty, VAT and consumption tax are levied in
 *       full; the value counts towards the annual total.</li>
 *   <li><b>Ordinary trade</b> otherwise: MFN duty on the dutiable value, consumption tax on (value + duty) /
 *       (1 - rate), VAT on value + duty + consumption tax; a tax of RMB 50 or less per declaration is waived.</li>
 * </ul>
 *
 * <p>Each line carries its share of shipping and insurance in proportion to its value. Stateless and thread-safe.
 */
public final class CbecImportRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final CbecSettings settings;

    /**
     * Rules with settings.
     *
     * @param settings the tenant's numbers and tables
     */
    public CbecImportRules(CbecSettings settings) {
        this.settings = settings;
    }

    /**
     * Assesses an order.
     *
     * @param request     the order, amounts in CNY
     * @param annualSoFar the buyer's CBEC purchases this calendar year before this order
     * @return the assessment in CNY
     */
    public ImportAssessment assess(ImportRequest request, Money annualSoFar) {
        CurrencyCode cny = request.currency();
        Money value = request.goodsValue().plus(request.shipping()).plus(request.insurance());
        BigDecimal afterOrder = annualSoFar.amount().add(value.amount());
        List<Reason> notes = new ArrayList<>();
        if (request.buyerId().isEmpty()) {
            notes.add(Reason.of("BUYER_NOT_IDENTIFIED", "CBEC imports are declared under the buyer's real-name identity; "
                    + "without a buyer id the annual limit of RMB " + plain(settings.annualLimit()) + " cannot be tracked"));
        }
        Optional<CustomsItem> offList = request.items().stream().filter(i -> settings.positiveList().match(i.hsCode()).isEmpty()).findFirst();
        boolean withinAnnual = afterOrder.compareTo(settings.annualLimit()) <= 0;
        boolean withinOrder = value.amount().compareTo(settings.orderLimit()) <= 0;
        boolean singleItem = request.items().size() == 1 && request.items().get(0).quantity() == 1;
        String regime;
        if (offList.isPresent()) {
            notes.add(Reason.of("NOT_ON_POSITIVE_LIST", "HS " + offList.get().hsCode() + " (" + offList.get().description()
                    + ") is not on the CBEC retail import list, so the order is imported as ordinary trade"));
            regime = "GENERAL_TRADE";
        } else if (!withinAnnual) {
            notes.add(Reason.of("ANNUAL_LIMIT_EXCEEDED", "the buyer has bought RMB " + annualSoFar.amount().toPlainString()
                    + " through CBEC this year; with this order (" + value + ") the year would exceed RMB "
                    + plain(settings.annualLimit()) + ", so it is imported as ordinary trade"));
            regime = "GENERAL_TRADE";
        } else if (withinOrder) {
            regime = "CBEC_RETAIL";
        } else if (singleItem) {
            notes.add(Reason.of("SINGLE_ITEM_OVER_ORDER_LIMIT", "one item worth " + value + " exceeds the RMB " + plain(settings.orderLimit())
                    + " order limit: it may use the CBEC channel with duty, VAT and consumption tax in full, and counts towards the annual limit"));
            regime = "CBEC_FULL_TAX";
        } else {
            notes.add(Reason.of("ORDER_LIMIT_EXCEEDED", "the order is worth " + value + ", above the RMB " + plain(settings.orderLimit())
                    + " CBEC limit per transaction, and holds more than one item, so it is imported as ordinary trade"));
            regime = "GENERAL_TRADE";
        }
        if (!regime.equals("GENERAL_TRADE")) {
            BigDecimal left = settings.annualLimit().subtract(afterOrder);
            notes.add(Reason.of("ANNUAL_LIMIT_REMAINING", "after this order the buyer has RMB " + left.toPlainString()
                    + " of the RMB " + plain(settings.annualLimit()) + " annual CBEC limit left"));
            notes.add(Reason.of(ImportAssessment.COLLECTED_AT_CHECKOUT, "CBEC duty and taxes are collected with the order by the platform"
                    + " or its agent as withholding agent, not on delivery"));
        }
        List<ImportCharge> charges = charges(request, regime, cny);
        if (regime.equals("GENERAL_TRADE")) {
            charges = waiveSmallTaxes(charges, cny, notes);
        }
        return new ImportAssessment(regime, false, charges, notes, cny);
    }

    private List<ImportCharge> charges(ImportRequest request, String regime, CurrencyCode cny) {
        List<Money> values = allocate(request);
        boolean reduced = regime.equals("CBEC_RETAIL");
        BigDecimal factor = reduced ? settings.cbecTaxPercent().movePointLeft(2) : BigDecimal.ONE;
        String share = reduced ? " × " + plain(settings.cbecTaxPercent()) + "%" : "";
        List<ImportCharge> charges = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            CustomsItem item = request.items().get(i);
            BigDecimal v = values.get(i).amount();
            BigDecimal unitKg = item.unitWeight().kilograms();
            BigDecimal unitValue = item.unitValue().amount();
            BigDecimal dutyRate = reduced ? BigDecimal.ZERO : rate(settings.dutyRates(), item, unitValue, unitKg);
            BigDecimal ctRate = rate(settings.consumptionTaxRates(), item, unitValue, unitKg);
            BigDecimal vatRate = rate(settings.vatRates(), item, unitValue, unitKg);
            BigDecimal duty = v.multiply(dutyRate).divide(HUNDRED);
            BigDecimal ctBase = v.add(duty);
            BigDecimal statutoryCt = ctRate.signum() == 0 ? BigDecimal.ZERO
                    : ctBase.multiply(ctRate).divide(HUNDRED.subtract(ctRate), 10, RoundingMode.HALF_UP);
            BigDecimal statutoryVat = ctBase.add(statutoryCt).multiply(vatRate).divide(HUNDRED);
            Optional<org.openwtp.sdk.trade.HsCode> hs = Optional.of(item.hsCode());
            String line = item.description() + " (HS " + item.hsCode() + ", dutiable value " + values.get(i) + ")";
            if (!reduced) {
                charges.add(new ImportCharge(ChargeType.DUTY, "duty " + plain(dutyRate) + "% on " + line, fen(duty, cny), hs));
            }
            if (ctRate.signum() > 0) {
                charges.add(new ImportCharge(ChargeType.CONSUMPTION_TAX, "consumption tax " + plain(ctRate) + "% on (value + duty) / (1 - rate)"
                        + share + " on " + line, fen(statutoryCt.multiply(factor), cny), hs));
            }
            charges.add(new ImportCharge(ChargeType.IMPORT_VAT, "import VAT " + plain(vatRate) + "% on value + duty + consumption tax"
                    + share + " on " + line, fen(statutoryVat.multiply(factor), cny), hs));
        }
        return charges;
    }

    private List<ImportCharge> waiveSmallTaxes(List<ImportCharge> charges, CurrencyCode cny, List<Reason> notes) {
        List<ImportCharge> result = new ArrayList<>();
        for (ChargeType type : List.of(ChargeType.DUTY, ChargeType.CONSUMPTION_TAX, ChargeType.IMPORT_VAT)) {
            Money total = Money.zero(cny);
            for (ImportCharge charge : charges) {
                if (charge.type() == type) {
                    total = total.plus(charge.amount());
                }
            }
            boolean waive = !total.isZero() && total.amount().compareTo(settings.generalTradeWaiver()) <= 0;
            if (waive) {
                notes.add(Reason.of("TAX_WAIVED", type + " of " + total + " is RMB " + plain(settings.generalTradeWaiver())
                        + " or less for the declaration and is waived"));
            }
            for (ImportCharge charge : charges) {
                if (charge.type() == type) {
                    result.add(waive ? new ImportCharge(type, charge.description() + ", waived (RMB " + plain(settings.generalTradeWaiver())
                            + " or less per declaration)", Money.zero(cny), charge.hsCode()) : charge);
                }
            }
        }
        return result;
    }

    /** Each line's dutiable value: its goods value plus a share of shipping and insurance proportional to it. */
    private static List<Money> allocate(ImportRequest request) {
        Money extra = request.shipping().plus(request.insurance());
        Money goods = request.goodsValue();
        List<Money> values = new ArrayList<>();
        Money allocated = Money.zero(request.currency());
        int n = request.items().size();
        for (int i = 0; i < n; i++) {
            Money lineValue = request.items().get(i).totalValue();
            Money share;
            if (i == n - 1) {
                share = extra.minus(allocated);
            } else if (goods.isZero()) {
                share = Money.zero(request.currency());
            } else {
                share = extra.times(new BigDecimal(lineValue.minorUnits()).divide(new BigDecimal(goods.minorUnits()), 12, RoundingMode.HALF_UP),
                        RoundingMode.HALF_UP);
            }
            allocated = allocated.plus(share);
            values.add(lineValue.plus(share));
        }
        return values;
    }

    private static BigDecimal rate(RateTable table, CustomsItem item, BigDecimal unitValue, BigDecimal unitKg) {
        return table.rateFor(item.hsCode()).filter(r -> r.appliesTo(unitValue, unitKg)).map(RateTable.Rate::percent).orElse(BigDecimal.ZERO);
    }

    private static Money fen(BigDecimal amount, CurrencyCode cny) {
        return Money.rounded(amount, cny, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
