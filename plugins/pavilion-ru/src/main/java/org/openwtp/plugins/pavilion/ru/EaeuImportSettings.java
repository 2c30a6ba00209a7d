package org.openwtp.plugins.pavilion.ru;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The numbers of the EAEU import rules for goods bought by individuals, as a tenant configured them.
 *
 * @param eurRubRate             roubles per euro, as customs converts the euro thresholds
 * @param regime                 which regime to apply, or {@link Regime#AUTO} to pick by date
 * @param ecommerceRegimeStart   the day the e-commerce regime starts, for {@link Regime#AUTO}
 * @param dutyFreeValueEur       the value threshold per parcel, in euros
 * @param dutyFreeWeightKg       the gross-weight threshold per parcel, in kilograms
 * @param personalDutyPercent    personal-use regime: percent of the value above the threshold
 * @param personalMinimumEurPerKg personal-use regime: minimum euros per kilogram above the weight threshold
 * @param ecommerceDutyPercent   e-commerce regime: percent of the whole value
 * @param ecommerceMinimumEurPerKg e-commerce regime: minimum euros per kilogram of the whole weight
 * @param importVatPercent       e-commerce regime: national import VAT on value plus duty
 * @param includeShippingInValue whether shipping and insurance count towards the value threshold
 */
public record EaeuImportSettings(BigDecimal eurRubRate, Regime regime, LocalDate ecommerceRegimeStart,
                                 BigDecimal dutyFreeValueEur, BigDecimal dutyFreeWeightKg,
                                 BigDecimal personalDutyPercent, BigDecimal personalMinimumEurPerKg,
                                 BigDecimal ecommerceDutyPercent, BigDecimal ecommerceMinimumEurPerKg,
                                 BigDecimal importVatPercent, boolean includeShippingInValue) {

    /** The import regimes the plugin knows. */
    public enum Regime {
        /** The personal-use regime before the start date, the e-commerce regime from it. */
        AUTO,
        /** EEC Council decision No. 107 of 20.12.2017, in force from 1 January 2020: 15% of the excess, at least EUR 2/kg of excess weight. */
        PERSONAL_USE_2020,
        /** The EAEU e-commerce goods regime adopted by the EEC Council in January 2026: 5% of the whole value, at least EUR 1/kg, plus VAT. */
        ECOMMERCE_2026
    }

    /** Validates the settings. */
    public EaeuImportSettings {
        positive(eurRubRate, "eurRubRate");
        Objects.requireNonNull(regime, "regime must not be null");
        Objects.requireNonNull(ecommerceRegimeStart, "ecommerceRegimeStart must not be null");
        notNegative(dutyFreeValueEur, "dutyFreeValueEur");
        notNegative(dutyFreeWeightKg, "dutyFreeWeightKg");
        notNegative(personalDutyPercent, "personalDutyPercent");
        notNegative(personalMinimumEurPerKg, "personalMinimumEurPerKg");
        notNegative(ecommerceDutyPercent, "ecommerceDutyPercent");
        notNegative(ecommerceMinimumEurPerKg, "ecommerceMinimumEurPerKg");
        notNegative(importVatPercent, "importVatPercent");
    }

    /**
     * The regime in force on a day.
     *
     * @param day the day of the assessment (Moscow time)
     * @return {@link Regime#PERSONAL_USE_2020} or {@link Regime#ECOMMERCE_2026}
     */
    public Regime regimeOn(LocalDate day) {
        if (regime != Regime.AUTO) {
            return regime;
        }
        return day.isBefore(ecommerceRegimeStart) ? Regime.PERSONAL_USE_2020 : Regime.ECOMMERCE_2026;
    }

    private static void positive(BigDecimal value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be greater than zero, was " + value.toPlainString());
        }
    }

    private static void notNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must be zero or more, was " + value.toPlainString());
        }
    }
}
