package org.openwtp.testkit.fakes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.ChargeType;
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.openwtp.sdk.pavilion.DocumentRequest;
import org.openwtp.sdk.pavilion.DocumentType;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportCharge;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.pavilion.ListingCheck;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.PavilionProfile;
import org.openwtp.sdk.pavilion.RequiredDocument;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.sdk.pavilion.SellerVerification;

/**
 * A tiny, correct Kazakh pavilion: BIN with its real check digit, blocked HS prefixes, a duty-free
 * threshold with a flat duty above it, and a veterinary certificate for chapter 04 goods.
 */
public class KazakhPavilion implements CountryPavilion {
    private static final int[] WEIGHTS_1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] WEIGHTS_2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    private static final CurrencyCode KZT = CurrencyCode.of("KZT");

    @Override
    public List<ConfigField> configFields() {
        return List.of(
                ConfigField.withDefault("dutyFreeThresholdKzt", ConfigFieldType.INTEGER, "100000", "goods value under which no duty is due, KZT"),
                ConfigField.withDefault("dutyRatePercent", ConfigFieldType.DECIMAL, "15", "duty on the value above the threshold, percent"),
                ConfigField.withDefault("blockedHsPrefixes", ConfigFieldType.STRING, "9301,9302,2844", "HS prefixes that may not be exported, comma separated"));
    }

    @Override
    public List<ConfigProblem> validateConfig(PluginConfig config) {
        BigDecimal rate = config.decimal("dutyRatePercent");
        return rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0
                ? List.of(ConfigProblem.invalid("dutyRatePercent", "must be 0 to 100, was " + rate)) : List.of();
    }

    @Override
    public PavilionProfile profile() {
        return new PavilionProfile(CountryCode.of("KZ"), KZT, List.of("kk", "ru"), "Kazakh pavilion", List.of("BIN"));
    }

    @Override
    public SellerVerification verifySeller(SellerApplication application, PluginContext context) {
        String number = application.registryNumber().replace(" ", "");
        if (!application.registryScheme().equals("BIN")) {
            return reject(application, "UNKNOWN_SCHEME", "only BIN numbers are verified, not " + application.registryScheme());
        }
        if (!number.matches("[0-9]*")) {
            return reject(application, "NOT_DIGITS", "a BIN has digits only");
        }
        if (number.length() != 12) {
            return reject(application, "WRONG_LENGTH", "a BIN has 12 digits, this has " + number.length());
        }
        if (!checkDigitValid(number)) {
            return reject(application, "INVALID_CHECK_DIGIT", "the 12th digit of the BIN does not match");
        }
        return SellerVerification.verified(number);
    }

    /**
     * The BIN check digit: weights 1..11, mod 11; if 10, weights 3..11,1,2; 10 again is invalid.
     *
     * @param bin twelve digits
     * @return whether the last digit matches
     */
    protected boolean checkDigitValid(String bin) {
        int check = weighted(bin, WEIGHTS_1);
        if (check == 10) {
            check = weighted(bin, WEIGHTS_2);
        }
        return check != 10 && check == bin.charAt(11) - '0';
    }

    @Override
    public ListingCheck checkListing(ListingRequest listing, PluginContext context) {
        for (String prefix : context.config().string("blockedHsPrefixes").split(",")) {
            if (!prefix.isBlank() && listing.hsCode().startsWith(prefix.trim())) {
                return ListingCheck.blocked(List.of(Reason.of("EXPORT_PROHIBITED", "HS " + prefix.trim() + " may not be exported through the pavilion")));
            }
        }
        return ListingCheck.allowed();
    }

    @Override
    public ImportAssessment assessImport(ImportRequest request, PluginContext context) {
        Money threshold = Money.of(BigDecimal.valueOf(context.config().integer("dutyFreeThresholdKzt")), KZT);
        Money goods = request.goodsValue();
        if (!goods.isGreaterThan(threshold)) {
            return ImportAssessment.deMinimis(KZT, List.of());
        }
        Money duty = goods.minus(threshold).percent(context.config().decimal("dutyRatePercent"), RoundingMode.HALF_UP);
        return new ImportAssessment("GENERAL_TRADE", false,
                List.of(ImportCharge.of(ChargeType.DUTY, "duty " + context.config().decimal("dutyRatePercent") + "% of value above " + threshold, duty)),
                List.of(), KZT);
    }

    @Override
    public List<RequiredDocument> requiredDocuments(DocumentRequest request, PluginContext context) {
        List<RequiredDocument> documents = new ArrayList<>();
        if (request.items().stream().anyMatch(i -> i.hsCode().chapter().equals("04"))) {
            documents.add(new RequiredDocument(DocumentType.VETERINARY_CERTIFICATE, "veterinary certificate form 2",
                    "chapter 04 animal products"));
        }
        return documents;
    }

    private static int weighted(String digits, int[] weights) {
        return sum(digits, weights) % 11;
    }

    private static int sum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private static SellerVerification reject(SellerApplication application, String code, String message) {
        return SellerVerification.rejected(application.registryNumber(), List.of(Reason.of(code, message)));
    }
}
