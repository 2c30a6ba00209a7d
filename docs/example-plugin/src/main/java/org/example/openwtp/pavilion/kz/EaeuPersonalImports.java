package org.example.openwtp.pavilion.kz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.ChargeType;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportCharge;
import org.openwtp.sdk.pavilion.ImportRequest;

/**
 * The EAEU rule for goods for personal use that reach a buyer in Kazakhstan by post or by carrier: a
 * parcel within a value norm and a weight norm pays nothing; above either, the buyer pays one unified
 * customs payment (duty and taxes together) of a rate of the value above the value norm, but at least
 * a sum per kilogram above the weight norm. Goods from another EAEU member cross no customs border.
 *
 * <p>The norms are in euros; the core hands over amounts in tenge, so the rule needs a rate.
 * Immutable and thread-safe.
 *
 * @param valueNormEur    the duty-free value per parcel, EUR
 * @param weightNormKg    the duty-free gross weight per parcel, kg
 * @param ratePercent     the unified rate on the value above the norm, percent
 * @param minimumEurPerKg the least payment per kilogram above the weight norm, EUR
 * @param kztPerEur       tenge per euro, to convert the norms
 */
public record EaeuPersonalImports(BigDecimal valueNormEur, BigDecimal weightNormKg, BigDecimal ratePercent,
                                  BigDecimal minimumEurPerKg, BigDecimal kztPerEur) {
    /** Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia. */
    public static final Set<String> EAEU_MEMBERS = Set.of("AM", "BY", "KG", "KZ", "RU");

    private static final CurrencyCode KZT = CurrencyCode.of("KZT");

    /** Validates the parameters. */
    public EaeuPersonalImports {
        requireNotNegative(valueNormEur, "value norm");
        requireNotNegative(weightNormKg, "weight norm");
        requireNotNegative(ratePercent, "rate");
        requireNotNegative(minimumEurPerKg, "minimum per kg");
        Objects.requireNonNull(kztPerEur, "KZT per EUR must not be null");
        if (kztPerEur.signum() <= 0) {
            throw new IllegalArgumentException("KZT per EUR must be positive, was " + kztPerEur);
        }
    }

    /**
     * Assesses a parcel for a buyer in Kazakhstan.
     *
     * @param request the goods, valued in KZT
     * @return no charge within the norms or inside the EAEU, else the unified payment
     */
    public ImportAssessment assess(ImportRequest request) {
        if (EAEU_MEMBERS.contains(request.origin().code())) {
            return new ImportAssessment("EAEU_INTERNAL", false, List.of(),
                    List.of(Reason.of("EAEU_INTERNAL", "goods from " + request.origin() + " cross no EAEU customs border")), KZT);
        }
        Money valueNorm = Money.rounded(valueNormEur.multiply(kztPerEur), KZT, RoundingMode.HALF_UP);
        Money excessValue = request.goodsValue().isGreaterThan(valueNorm) ? request.goodsValue().minus(valueNorm) : Money.zero(KZT);
        BigDecimal excessKg = request.grossWeight().kilograms().subtract(weightNormKg).max(BigDecimal.ZERO);
        if (excessValue.isZero() && excessKg.signum() == 0) {
            return ImportAssessment.deMinimis(KZT, List.of());
        }
        Money byValue = excessValue.percent(ratePercent, RoundingMode.HALF_UP);
        Money byWeight = Money.rounded(excessKg.multiply(minimumEurPerKg).multiply(kztPerEur), KZT, RoundingMode.HALF_UP);
        Money payment = byValue.compareTo(byWeight) >= 0 ? byValue : byWeight;
        String description = "EAEU unified customs payment on goods for personal use: " + ratePercent.toPlainString()
                + "% of the value above EUR " + valueNormEur.toPlainString() + " (" + valueNorm + "), at least EUR "
                + minimumEurPerKg.toPlainString() + " per kg above " + weightNormKg.toPlainString() + " kg";
        return new ImportAssessment("EAEU_PERSONAL_USE", false, List.of(ImportCharge.of(ChargeType.DUTY, description, payment)),
                List.of(), KZT);
    }

    private static void requireNotNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must be zero or more, was " + value);
        }
    }
}
