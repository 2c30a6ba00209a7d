package ${package};

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
import org.pf4j.Extension;

/**
 * The ${countryCode} pavilion.
 *
 * <p>PLACEHOLDER rules, each trivially correct so the contract suite passes: replace them with your
 * country's (see the Kazakhstan example in docs/example-plugin of the OpenWTP repository). Keep the
 * rules in plain classes like {@link RegistryNumbers}; this class only adapts them to the SDK.
 *
 * <p>Stateless and thread-safe: the server calls one instance for every tenant, concurrently.
 */
@Extension
public class ${countryCode}Pavilion implements CountryPavilion {
    static final String DUTY_FREE_THRESHOLD = "dutyFreeThreshold";
    static final String DUTY_RATE_PERCENT = "dutyRatePercent";
    static final String BLOCKED_HS_PREFIXES = "blockedHsPrefixes";

    private static final CurrencyCode CURRENCY = CurrencyCode.of("${currency}");
    private static final PavilionProfile PROFILE = new PavilionProfile(CountryCode.of("${countryCode}"), CURRENCY,
            List.of("${language}"), "${countryCode}", List.of(RegistryNumbers.SCHEME));

    @Override
    public List<ConfigField> configFields() {
        return List.of(
                ConfigField.withDefault(DUTY_FREE_THRESHOLD, ConfigFieldType.DECIMAL, "100",
                        "value of goods a parcel may carry duty-free, ${currency}"),
                ConfigField.withDefault(DUTY_RATE_PERCENT, ConfigFieldType.DECIMAL, "10",
                        "duty on the value above the threshold, percent"),
                ConfigField.withDefault(BLOCKED_HS_PREFIXES, ConfigFieldType.STRING, "93",
                        "HS code prefixes that may not be exported, comma separated"));
    }

    @Override
    public List<ConfigProblem> validateConfig(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.decimal(DUTY_FREE_THRESHOLD).signum() < 0) {
            problems.add(ConfigProblem.invalid(DUTY_FREE_THRESHOLD, "must be 0 or more, was " + config.string(DUTY_FREE_THRESHOLD)));
        }
        BigDecimal rate = config.decimal(DUTY_RATE_PERCENT);
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(ConfigProblem.invalid(DUTY_RATE_PERCENT, "must be 0 to 100, was " + rate));
        }
        return problems;
    }

    @Override
    public PavilionProfile profile() {
        return PROFILE;
    }

    @Override
    public SellerVerification verifySeller(SellerApplication application, PluginContext context) {
        String number = RegistryNumbers.normalize(application.registryNumber());
        List<Reason> problems = RegistryNumbers.problems(application.registryScheme(), number);
        return problems.isEmpty()
                ? SellerVerification.verified(number)
                : SellerVerification.rejected(application.registryNumber(), problems);
    }

    @Override
    public ListingCheck checkListing(ListingRequest listing, PluginContext context) {
        for (String prefix : context.config().string(BLOCKED_HS_PREFIXES).split(",")) {
            if (!prefix.isBlank() && listing.hsCode().startsWith(prefix.trim())) {
                return ListingCheck.blocked(List.of(Reason.of("EXPORT_PROHIBITED", "HS " + prefix.trim() + " may not be exported")));
            }
        }
        return ListingCheck.allowed();
    }

    @Override
    public ImportAssessment assessImport(ImportRequest request, PluginContext context) {
        Money threshold = Money.rounded(context.config().decimal(DUTY_FREE_THRESHOLD), CURRENCY, RoundingMode.HALF_UP);
        Money goods = request.goodsValue();
        if (!goods.isGreaterThan(threshold)) {
            return ImportAssessment.deMinimis(CURRENCY, List.of());
        }
        BigDecimal rate = context.config().decimal(DUTY_RATE_PERCENT);
        Money duty = goods.minus(threshold).percent(rate, RoundingMode.HALF_UP);
        return new ImportAssessment("GENERAL_TRADE", false,
                List.of(ImportCharge.of(ChargeType.DUTY, "duty " + rate.toPlainString() + "% of the value above " + threshold, duty)),
                List.of(), CURRENCY);
    }

    @Override
    public List<RequiredDocument> requiredDocuments(DocumentRequest request, PluginContext context) {
        return List.of(new RequiredDocument(DocumentType.COMMERCIAL_INVOICE, "commercial invoice with the price paid",
                "customs in " + request.destination() + " value the goods on it"));
    }
}
