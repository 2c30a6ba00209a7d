package org.openwtp.plugins.pavilion.ru;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.openwtp.plugins.support.pavilion.ExportListingRules;
import org.openwtp.sdk.config.ConfigField;
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
 * The Russian pavilion: verifies Russian exporters by INN/OGRN/OGRNIP, checks their listings against the
 * export rules, assesses EAEU import duties for buyers in Russia and lists the export documents of an
 * order. It only adapts the rule classes of this package to the SDK.
 *
 * <p>Stateless: every call reads the tenant's configuration from its context. Thread-safe.
 */
@Extension
public final class RussianPavilion implements CountryPavilion {

    /** Moscow time decides which regime a day falls under. */
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static final PavilionProfile PROFILE = new PavilionProfile(CountryCode.of("RU"), CurrencyCode.of("RUB"),
            List.of("ru", "en"), "Russian pavilion", RussianSellerRules.SCHEMES);

    /** Creates the extension; PF4J calls it. */
    public RussianPavilion() {
    }

    @Override
    public PavilionProfile profile() {
        return PROFILE;
    }

    @Override
    public List<ConfigField> configFields() {
        return RussianPavilionConfig.fields();
    }

    @Override
    public List<ConfigProblem> validateConfig(PluginConfig config) {
        return RussianPavilionConfig.problems(config);
    }

    @Override
    public SellerVerification verifySeller(SellerApplication application, PluginContext context) {
        return RussianPavilionConfig.sellerRules(context.config()).verify(application);
    }

    @Override
    public ListingCheck checkListing(ListingRequest listing, PluginContext context) {
        return new ExportListingRules(RussianPavilionConfig.exportRules(context.config())).check(listing);
    }

    @Override
    public ImportAssessment assessImport(ImportRequest request, PluginContext context) {
        if (!request.destination().equals(PROFILE.country())) {
            throw new IllegalArgumentException("the Russian pavilion assesses imports into RU, not " + request.destination());
        }
        if (!request.currency().equals(PROFILE.currency())) {
            throw new IllegalArgumentException("the Russian pavilion assesses in RUB, the core sent " + request.currency());
        }
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), MOSCOW);
        return new EaeuImportRules(RussianPavilionConfig.importSettings(context.config())).assess(request, today);
    }

    @Override
    public List<RequiredDocument> requiredDocuments(DocumentRequest request, PluginContext context) {
        PluginConfig config = context.config();
        return new RussianExportDocuments(RussianPavilionConfig.exportRules(config), RussianPavilionConfig.sdrRates(config),
                RussianPavilionConfig.originCertificates(config)).documentsFor(request);
    }
}
