package org.openwtp.sdk.pavilion;

import java.util.List;
import org.openwtp.sdk.config.ConfigurableExtension;
import org.openwtp.sdk.context.PluginContext;

/**
 * A country's pavilion: it verifies the country's sellers, checks their listings for export, knows the
 * import rules for buyers in the country and the documents an order needs.
 *
 * <p>Implementations are stateless apart from the context's store, and thread-safe: the core calls one
 * instance for every tenant that enabled the plugin, concurrently.
 */
public interface CountryPavilion extends ConfigurableExtension {

    /**
     * The country, currency and languages of the pavilion.
     *
     * @return the profile
     */
    PavilionProfile profile();

    /**
     * Verifies a seller's registry number and company details.
     *
     * @param application the application
     * @param context     the call context
     * @return verified, rejected with reasons, or pending documents
     */
    SellerVerification verifySeller(SellerApplication application, PluginContext context);

    /**
     * Checks whether a product may be exported through the pavilion.
     *
     * @param listing the product
     * @param context the call context
     * @return allowed, blocked with reasons, or needing certificates
     */
    ListingCheck checkListing(ListingRequest listing, PluginContext context);

    /**
     * Assesses duties and import taxes for goods arriving in the pavilion's country.
     *
     * @param request the goods, in the pavilion's currency
     * @param context the call context
     * @return the assessment
     */
    ImportAssessment assessImport(ImportRequest request, PluginContext context);

    /**
     * The export documents an order from this country needs.
     *
     * @param request the order
     * @param context the call context
     * @return the documents, possibly none
     */
    List<RequiredDocument> requiredDocuments(DocumentRequest request, PluginContext context);
}
