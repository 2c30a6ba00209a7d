package org.openwtp.plugins.pavilion.cn;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.openwtp.plugins.support.pavilion.ExportListingRules;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
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
 * The Chinese pavilion: verifies Chinese sellers by their Unified Social Credit Code, checks their listings
 * against China's export controls, assesses cross-border e-commerce (CBEC) and ordinary-trade import taxes
 * for buyers in China, and lists the export documents of an order. It only adapts the rule classes of this
 * package to the SDK; {@link CbecPurchaseLedgerListener} keeps the yearly purchases it reads.
 *
 * <p>Stateless: every call reads the tenant's configuration and store from its context. Thread-safe.
 */
@Extension
public final class ChinesePavilion implements CountryPavilion {

    /** China Standard Time decides the calendar year of the annual limit. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final PavilionProfile PROFILE = new PavilionProfile(CountryCode.of("CN"), CurrencyCode.of("CNY"),
            List.of("zh-CN", "en"), "Chinese pavilion", List.of(ChineseSellerRules.SCHEME));

    /** The CBEC settings parsed from the last configuration seen: a quote assesses several times with one. */
    private record Cached(PluginConfig config, CbecSettings settings) {
    }

    private final AtomicReference<Cached> cbec = new AtomicReference<>();

    /** Creates the extension; PF4J calls it. */
    public ChinesePavilion() {
    }

    @Override
    public PavilionProfile profile() {
        return PROFILE;
    }

    @Override
    public List<ConfigField> configFields() {
        return ChinesePavilionConfig.fields();
    }

    @Override
    public List<ConfigProblem> validateConfig(PluginConfig config) {
        return ChinesePavilionConfig.problems(config);
    }

    @Override
    public SellerVerification verifySeller(SellerApplication application, PluginContext context) {
        return ChinesePavilionConfig.sellerRules(context.config()).verify(application);
    }

    @Override
    public ListingCheck checkListing(ListingRequest listing, PluginContext context) {
        return new ExportListingRules(ChinesePavilionConfig.exportRules(context.config())).check(listing);
    }

    @Override
    public ImportAssessment assessImport(ImportRequest request, PluginContext context) {
        if (!request.destination().equals(PROFILE.country())) {
            throw new IllegalArgumentException("the Chinese pavilion assesses imports into CN, not " + request.destination());
        }
        if (!request.currency().equals(PROFILE.currency())) {
            throw new IllegalArgumentException("the Chinese pavilion assesses in CNY, the core sent " + request.currency());
        }
        int year = LocalDate.ofInstant(context.clock().instant(), CHINA).getYear();
        Money soFar = request.buyerId().isEmpty() ? Money.zero(PROFILE.currency())
                : new CbecAnnualLedger(context.store()).total(request.buyerId(), year);
        return new CbecImportRules(cbecSettings(context.config())).assess(request, soFar);
    }

    private CbecSettings cbecSettings(PluginConfig config) {
        Cached cached = cbec.get();
        if (cached != null && cached.config().equals(config)) {
            return cached.settings();
        }
        CbecSettings settings = ChinesePavilionConfig.cbecSettings(config);
        cbec.set(new Cached(config, settings));
        return settings;
    }

    @Override
    public List<RequiredDocument> requiredDocuments(DocumentRequest request, PluginContext context) {
        PluginConfig config = context.config();
        return new ChineseExportDocuments(ChinesePavilionConfig.exportRules(config), ChinesePavilionConfig.sdrRates(config),
                ChinesePavilionConfig.originCertificates(config)).documentsFor(request);
    }
}
