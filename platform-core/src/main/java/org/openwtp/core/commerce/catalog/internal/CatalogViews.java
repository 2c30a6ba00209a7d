package org.openwtp.core.commerce.catalog.internal;

import java.time.Instant;
import java.util.List;
import org.openwtp.core.commerce.AddressJson;
import org.openwtp.core.commerce.MoneyJson;
import org.openwtp.core.commerce.catalog.EnabledPavilion;
import org.openwtp.core.commerce.catalog.Product;
import org.openwtp.core.commerce.catalog.Seller;
import org.openwtp.sdk.Reason;

/** The JSON the catalog answers with. */
public final class CatalogViews {

    private CatalogViews() {
    }

    /**
     * A pavilion.
     *
     * @param id              the plugin id; sellers apply to it and products are browsed by it
     * @param country         ISO 3166-1 alpha-2
     * @param currency        ISO 4217; its sellers price in it
     * @param languages       BCP 47 tags
     * @param displayName     e.g. {@code Russian pavilion}
     * @param registrySchemes the seller registry numbers it verifies
     */
    public record PavilionView(String id, String country, String currency, List<String> languages, String displayName,
                               List<String> registrySchemes) {
        static PavilionView of(EnabledPavilion p) {
            return new PavilionView(p.pavilion().id(), p.pavilion().country().code(), p.pavilion().currency().code(),
                    p.pavilion().languages(), p.pavilion().displayName(), p.pavilion().registrySchemes());
        }
    }

    /** The pavilions. @param items the pavilions */
    public record PavilionList(List<PavilionView> items) {
    }

    /**
     * A seller and its pavilion's decision.
     *
     * @param id                seller id
     * @param pavilion          the pavilion applied to
     * @param legalName         company name
     * @param registryScheme    e.g. INN
     * @param registryNumber    as given
     * @param normalizedNumber  as normalised by the pavilion
     * @param address           registered address
     * @param contactEmail      contact
     * @param documents         documents supplied
     * @param status            VERIFIED, REJECTED or PENDING_DOCUMENTS
     * @param reasons           why rejected or pending
     * @param requiredDocuments documents still needed
     * @param createdAt         applied at
     * @param updatedAt         decided at
     */
    public record SellerView(String id, String pavilion, String legalName, String registryScheme, String registryNumber,
                             String normalizedNumber, AddressJson address, String contactEmail, List<String> documents,
                             String status, List<Reason> reasons, List<String> requiredDocuments, Instant createdAt,
                             Instant updatedAt) {
        static SellerView of(Seller s) {
            return new SellerView(s.id(), s.pavilionId(), s.legalName(), s.registryScheme(), s.registryNumber(),
                    s.normalizedNumber(), AddressJson.of(s.address()), s.contactEmail(), s.documents(), s.status().name(),
                    s.reasons(), s.requiredDocuments(), s.createdAt(), s.updatedAt());
        }
    }

    /**
     * Unit size in millimetres.
     *
     * @param lengthMm length
     * @param widthMm  width
     * @param heightMm height
     */
    public record DimensionsJson(Integer lengthMm, Integer widthMm, Integer heightMm) {
    }

    /**
     * A product.
     *
     * @param id                   product id
     * @param sellerId             seller
     * @param pavilion             the seller's pavilion
     * @param title                title
     * @param description          description
     * @param hsCode               HS code
     * @param hsChapter            its two-digit chapter
     * @param origin               country of origin
     * @param price                unit price
     * @param unitWeightGrams      unit weight
     * @param dimensions           unit size
     * @param stock                units in stock
     * @param certificates         certificates attached
     * @param status               PUBLISHED or NEEDS_CERTIFICATE
     * @param requiredCertificates certificates the pavilion still needs
     * @param reasons              the pavilion's reasons
     * @param createdAt            listed at
     * @param updatedAt            changed at
     */
    public record ProductView(String id, String sellerId, String pavilion, String title, String description, String hsCode,
                              String hsChapter, String origin, MoneyJson price, long unitWeightGrams, DimensionsJson dimensions,
                              int stock, List<String> certificates, String status, List<String> requiredCertificates,
                              List<Reason> reasons, Instant createdAt, Instant updatedAt) {
        static ProductView of(Product p) {
            return new ProductView(p.id(), p.sellerId(), p.pavilionId(), p.title(), p.description(), p.hsCode().digits(),
                    p.hsCode().chapter(), p.origin().code(), MoneyJson.of(p.price()), p.unitWeight().grams(),
                    new DimensionsJson(p.dimensions().lengthMm(), p.dimensions().widthMm(), p.dimensions().heightMm()),
                    p.stock(), p.certificates(), p.status().name(), p.requiredCertificates(), p.reasons(), p.createdAt(),
                    p.updatedAt());
        }
    }

    /** A page of products. @param items the products @param nextCursor the next page's cursor, null at the end */
    public record ProductPage(List<ProductView> items, String nextCursor) {
    }
}
