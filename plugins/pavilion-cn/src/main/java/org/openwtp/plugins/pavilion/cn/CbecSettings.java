package org.openwtp.plugins.pavilion.cn;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The numbers and tables of China's import rules for cross-border e-commerce (CBEC) retail imports and
 * ordinary trade, as a tenant configured them. Amounts are in yuan (CNY).
 *
 * @param orderLimit            CBEC limit per transaction (RMB 5,000 since 1 January 2019)
 * @param annualLimit           CBEC limit per person and calendar year (RMB 26,000 since 1 January 2019)
 * @param cbecTaxPercent        share of the statutory VAT and consumption tax levied within the limits (70)
 * @param generalTradeWaiver    ordinary trade: a tax of this much or less per declaration is waived (50)
 * @param positiveList          HS prefixes that may be imported through CBEC
 * @param vatRates              import VAT by HS (13% standard, 9% for agricultural products, books...)
 * @param consumptionTaxRates   consumption tax by HS (cosmetics, jewellery, watches...)
 * @param dutyRates             most-favoured-nation duty by HS, for ordinary trade and single items over the order limit
 */
public record CbecSettings(BigDecimal orderLimit, BigDecimal annualLimit, BigDecimal cbecTaxPercent, BigDecimal generalTradeWaiver,
                           PrefixList positiveList, RateTable vatRates, RateTable consumptionTaxRates, RateTable dutyRates) {

    /** Validates the settings. */
    public CbecSettings {
        positive(orderLimit, "orderLimitCny");
        positive(annualLimit, "annualLimitCny");
        Objects.requireNonNull(cbecTaxPercent, "cbecTaxPercent must not be null");
        if (cbecTaxPercent.signum() < 0 || cbecTaxPercent.compareTo(new BigDecimal("100")) > 0) {
            throw new IllegalArgumentException("cbecTaxPercent must be 0 to 100, was " + cbecTaxPercent.toPlainString());
        }
        Objects.requireNonNull(generalTradeWaiver, "generalTradeWaiverCny must not be null");
        if (generalTradeWaiver.signum() < 0) {
            throw new IllegalArgumentException("generalTradeWaiverCny must be zero or more, was " + generalTradeWaiver.toPlainString());
        }
        if (annualLimit.compareTo(orderLimit) < 0) {
            throw new IllegalArgumentException("annualLimitCny " + annualLimit.toPlainString() + " must not be below orderLimitCny " + orderLimit.toPlainString());
        }
        Objects.requireNonNull(positiveList, "positive list must not be null");
        Objects.requireNonNull(vatRates, "VAT rates must not be null");
        Objects.requireNonNull(consumptionTaxRates, "consumption tax rates must not be null");
        Objects.requireNonNull(dutyRates, "duty rates must not be null");
    }

    private static void positive(BigDecimal value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be greater than zero, was " + value.toPlainString());
        }
    }
}
