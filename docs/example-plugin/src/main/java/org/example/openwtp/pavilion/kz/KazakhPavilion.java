package org.example.openwtp.pavilion.kz;

import java.math.BigDecimal;
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
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.openwtp.sdk.pavilion.DocumentRequest;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.pavilion.ListingCheck;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.PavilionProfile;
import org.openwtp.sdk.pavilion.RequiredDocument;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.sdk.pavilion.SellerVerification;
import org.pf4j.Extension;

/**
 * The Kazakhstan pavilion. It only adapts the plain rule classes ({@link IdentificationNumbers},
 * {@link ExportControls}, {@link EaeuPersonalImports}, {@link ExportDocuments}) to the SDK; every
 * tenant's settings arrive with each call in the {@link PluginContext}.
 *
 * <p>Stateless and thread-safe: the server calls one instance for every tenant, concurrently.
 */
@Extension
public class KazakhPavilion implements CountryPavilion {
    static final String KZT_PER_EUR = "kztPerEur";
    static final String VALUE_NORM_EUR = "dutyFreeValueEur";
    static final String WEIGHT_NORM_KG = "dutyFreeWeightKg";
    static final String RATE_PERCENT = "unifiedRatePercent";
    static final String MINIMUM_EUR_PER_KG = "minimumEurPerKg";
    static final String EXPORT_CONTROLS = "exportControls";

    private static final PavilionProfile PROFILE = new PavilionProfile(CountryCode.of("KZ"), CurrencyCode.of("KZT"),
            List.of("kk", "ru"), "Kazakhstan", List.of(IdentificationNumbers.BIN, IdentificationNumbers.IIN));

    @Override
    public List<ConfigField> configFields() {
        return List.of(
                ConfigField.required(KZT_PER_EUR, ConfigFieldType.DECIMAL,
                        "tenge per euro used to convert the EAEU norms, e.g. the customs rate of the week"),
                ConfigField.withDefault(VALUE_NORM_EUR, ConfigFieldType.DECIMAL, "200",
                        "value of goods for personal use a parcel may carry duty-free, EUR"),
                ConfigField.withDefault(WEIGHT_NORM_KG, ConfigFieldType.DECIMAL, "31",
                        "gross weight a parcel may have duty-free, kg"),
                ConfigField.withDefault(RATE_PERCENT, ConfigFieldType.DECIMAL, "15",
                        "unified customs payment on the value above the duty-free value, percent"),
                ConfigField.withDefault(MINIMUM_EUR_PER_KG, ConfigFieldType.DECIMAL, "2",
                        "least unified customs payment per kg above the duty-free weight, EUR"),
                ConfigField.withDefault(EXPORT_CONTROLS, ConfigFieldType.TEXT, ExportControls.DEFAULT_TABLE,
                        "export controls, one 'HS prefix | BLOCK or CERTIFICATE | reason or certificate' a line"));
    }

    @Override
    public List<ConfigProblem> validateConfig(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.decimal(KZT_PER_EUR).signum() <= 0) {
            problems.add(ConfigProblem.invalid(KZT_PER_EUR, "must be more than 0, was " + config.string(KZT_PER_EUR)));
        }
        for (String field : List.of(VALUE_NORM_EUR, WEIGHT_NORM_KG, MINIMUM_EUR_PER_KG)) {
            if (config.decimal(field).signum() < 0) {
                problems.add(ConfigProblem.invalid(field, "must be 0 or more, was " + config.string(field)));
            }
        }
        BigDecimal rate = config.decimal(RATE_PERCENT);
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(ConfigProblem.invalid(RATE_PERCENT, "must be 0 to 100, was " + rate));
        }
        ExportControls.problems(config.string(EXPORT_CONTROLS))
                .forEach(problem -> problems.add(ConfigProblem.invalid(EXPORT_CONTROLS, problem)));
        return problems;
    }

    @Override
    public PavilionProfile profile() {
        return PROFILE;
    }

    @Override
    public SellerVerification verifySeller(SellerApplication application, PluginContext context) {
        String number = IdentificationNumbers.normalize(application.registryNumber());
        List<Reason> problems = IdentificationNumbers.problems(application.registryScheme(), number);
        return problems.isEmpty()
                ? SellerVerification.verified(number)
                : SellerVerification.rejected(application.registryNumber(), problems);
    }

    @Override
    public ListingCheck checkListing(ListingRequest listing, PluginContext context) {
        ExportControls controls = ExportControls.parse(context.config().string(EXPORT_CONTROLS));
        return controls.check(listing.hsCode(), listing.certificates());
    }

    @Override
    public ImportAssessment assessImport(ImportRequest request, PluginContext context) {
        PluginConfig config = context.config();
        EaeuPersonalImports rule = new EaeuPersonalImports(config.decimal(VALUE_NORM_EUR), config.decimal(WEIGHT_NORM_KG),
                config.decimal(RATE_PERCENT), config.decimal(MINIMUM_EUR_PER_KG), config.decimal(KZT_PER_EUR));
        return rule.assess(request);
    }

    @Override
    public List<RequiredDocument> requiredDocuments(DocumentRequest request, PluginContext context) {
        return ExportDocuments.required(request);
    }
}
