package org.openwtp.plugins.pavilion.ru;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.ChargeType;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportCharge;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.trade.Incoterm;

/**
 * Duties and taxes on a parcel an individual in Russia receives from outside the EAEU.
 *
 * <ul>
 *   <li>Personal-use regime (EEC Council decision No. 107 of 20.12.2017, thresholds from 1 January 2020):
 *       free up to EUR 200 and 31 kg gross per parcel; above, a single rate of 15% of the value in excess
 *       of EUR 200, but not less than EUR 2 per kilogram in excess of 31 kg.</li>
 *   <li>E-commerce goods regime (EEC Council decisions of January 2026, applied from 1 July 2026): free up
 *       to EUR 200 (and 31 kg); above, 5% of the whole value but not less than EUR 1 per kilogram, plus
 *       national import VAT (22% in Russia from 1 January 2026) on value plus duty.</li>
 *   <li>Parcels from another EAEU member cross no customs border: nothing is due.</li>
 * </ul>
 *
 * <p>Amounts arrive in roubles; the euro thresholds are converted with the configured rate. Stateless and
 * thread-safe.
 */
public final class EaeuImportRules {

    /** The EAEU members: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia. */
    public static final Set<String> EAEU_MEMBERS = Set.of("AM", "BY", "KZ", "KG", "RU");

    private static final BigDecimal CLOSE_TO_LIMIT = new BigDecimal("0.9");

    private final EaeuImportSettings settings;

    /**
     * Rules with settings.
     *
     * @param settings the tenant's numbers
     */
    public EaeuImportRules(EaeuImportSettings settings) {
        this.settings = settings;
    }

    /**
     * Assesses a parcel.
     *
     * @param request the parcel, amounts in RUB
     * @param day     the day of the assessment, Moscow time
     * @return the assessment in RUB
     */
    public ImportAssessment assess(ImportRequest request, LocalDate day) {
        CurrencyCode rub = request.currency();
        if (EAEU_MEMBERS.contains(request.origin().code())) {
            return new ImportAssessment("EAEU_INTERNAL", true, List.of(), List.of(Reason.of("EAEU_INTERNAL",
                    "goods moving from " + request.origin() + " to Russia cross no customs border inside the EAEU: no duty or import VAT at the border")), rub);
        }
        Money value = request.goodsValue();
        if (settings.includeShippingInValue()) {
            value = value.plus(request.shipping()).plus(request.insurance());
        }
        BigDecimal rate = settings.eurRubRate();
        BigDecimal valueLimit = settings.dutyFreeValueEur().multiply(rate);
        BigDecimal weightKg = request.grossWeight().kilograms();
        BigDecimal excessValue = value.amount().subtract(valueLimit).max(BigDecimal.ZERO);
        BigDecimal excessKg = weightKg.subtract(settings.dutyFreeWeightKg()).max(BigDecimal.ZERO);
        EaeuImportSettings.Regime regime = settings.regimeOn(day);
        List<Reason> notes = new ArrayList<>();
        if (regime == EaeuImportSettings.Regime.PERSONAL_USE_2020 && day.isBefore(settings.ecommerceRegimeStart())) {
            notes.add(Reason.of("REGIME_CHANGE_2026_07_01", "from " + settings.ecommerceRegimeStart()
                    + " goods bought online are taxed under the EAEU e-commerce regime: above EUR 200, 5% of the whole value (at least EUR 1/kg) plus VAT"));
        }
        if (excessValue.signum() == 0 && excessKg.signum() == 0) {
            if (value.amount().compareTo(valueLimit.multiply(CLOSE_TO_LIMIT)) >= 0) {
                notes.add(Reason.of("CLOSE_TO_DUTY_FREE_LIMIT", "the goods are worth " + value + ", close to the duty-free EUR "
                        + settings.dutyFreeValueEur().toPlainString() + " (" + rub(valueLimit, rub) + ") per parcel"));
            }
            return ImportAssessment.deMinimis(rub, notes);
        }
        String over = describeExcess(excessValue, excessKg, rub);
        List<ImportCharge> charges = new ArrayList<>();
        String code;
        if (regime == EaeuImportSettings.Regime.PERSONAL_USE_2020) {
            code = "PERSONAL_USE_FLAT_RATE";
            BigDecimal byValue = percent(excessValue, settings.personalDutyPercent());
            BigDecimal byWeight = excessKg.multiply(settings.personalMinimumEurPerKg()).multiply(rate);
            Money duty = Money.rounded(byValue.max(byWeight), rub, RoundingMode.HALF_UP);
            charges.add(ImportCharge.of(ChargeType.DUTY, "single rate " + plain(settings.personalDutyPercent()) + "% of the value above EUR "
                    + plain(settings.dutyFreeValueEur()) + ", at least EUR " + plain(settings.personalMinimumEurPerKg())
                    + "/kg above " + plain(settings.dutyFreeWeightKg()) + " kg (" + over + ")", duty));
        } else {
            code = "EAEU_ECOMMERCE";
            BigDecimal byValue = percent(value.amount(), settings.ecommerceDutyPercent());
            BigDecimal byWeight = weightKg.multiply(settings.ecommerceMinimumEurPerKg()).multiply(rate);
            Money duty = Money.rounded(byValue.max(byWeight), rub, RoundingMode.HALF_UP);
            charges.add(ImportCharge.of(ChargeType.DUTY, "e-commerce duty " + plain(settings.ecommerceDutyPercent())
                    + "% of the whole value, at least EUR " + plain(settings.ecommerceMinimumEurPerKg()) + "/kg (" + over + ")", duty));
            Money vat = value.plus(duty).percent(settings.importVatPercent(), RoundingMode.HALF_UP);
            charges.add(ImportCharge.of(ChargeType.IMPORT_VAT, "import VAT " + plain(settings.importVatPercent()) + "% of value plus duty", vat));
            notes.add(Reason.of("EAEU_ECOMMERCE_REGIME", "taxed as EAEU e-commerce goods (regime applied from " + settings.ecommerceRegimeStart() + ")"));
        }
        notes.add(request.incoterm() == Incoterm.DDP
                ? Reason.of("DUTIES_PREPAID", "DDP: the seller's carrier pays these charges; the buyer pays nothing on delivery")
                : Reason.of("DUTIES_ON_DELIVERY", "DAP: the buyer pays these charges to customs or the carrier on delivery"));
        return new ImportAssessment(code, false, charges, notes, rub);
    }

    private String describeExcess(BigDecimal excessValue, BigDecimal excessKg, CurrencyCode rub) {
        List<String> parts = new ArrayList<>();
        if (excessValue.signum() > 0) {
            parts.add(rub(excessValue, rub) + " over the value limit");
        }
        if (excessKg.signum() > 0) {
            parts.add(excessKg.stripTrailingZeros().toPlainString() + " kg over the weight limit");
        }
        return String.join(", ", parts) + " at " + plain(settings.eurRubRate()) + " RUB/EUR";
    }

    private static String rub(BigDecimal amount, CurrencyCode rub) {
        return Money.rounded(amount, rub, RoundingMode.HALF_UP).toString();
    }

    private static BigDecimal percent(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).movePointLeft(2);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
