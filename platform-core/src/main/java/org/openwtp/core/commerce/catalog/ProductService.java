package org.openwtp.core.commerce.catalog;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;
import org.openwtp.core.cache.ReadThroughCache;
import org.openwtp.core.commerce.Ids;
import org.openwtp.core.commerce.PluginFailures;
import org.openwtp.core.commerce.catalog.internal.ProductDao;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.core.http.FieldError;
import org.openwtp.core.plugin.CallOptions;
import org.openwtp.core.plugin.PluginCallException;
import org.openwtp.core.store.Storage;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.pavilion.ListingCheck;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.ListingStatus;

/**
 * The catalog: verified sellers list products; the seller's pavilion checks every listing and every change
 * to it for export compliance (outside any transaction). A blocked listing is refused with the pavilion's
 * reasons; one that needs certificates is stored unpublished with the certificates it needs and published
 * once they are attached and the pavilion allows it. Listing changes use optimistic locking; stock changes
 * are single atomic statements.
 *
 * <p>Reads of one product go through a bounded read-through cache by (tenant, id), trusted for
 * {@link CatalogSettings#cacheTtl()}: every write through this process (listing, change, certificate, stock
 * adjustment, and the orders' stock reservations and releases through {@link #changedIn}) drops the entry once
 * committed, and a read that raced with such a write is not cached; a write made by another process is seen
 * after at most the TTL. Writes never trust the cache: they read the row afresh and the database checks
 * versions and stock. Thread-safe.
 */
public final class ProductService {

    /** A product of a tenant. */
    private record Key(TenantId tenant, String productId) {
    }

    private final Storage storage;
    private final SellerService sellers;
    private final PavilionDirectory pavilions;
    private final Clock clock;
    private final CallOptions callOptions;
    private final ProductDao dao = new ProductDao();
    private final ReadThroughCache<Key, Product> cache;

    /**
     * Creates the service.
     *
     * @param storage   the database
     * @param sellers   the sellers
     * @param pavilions the tenant's pavilions
     * @param clock     the clock
     * @param settings  plugin call deadline, cache size and TTL
     */
    @Inject
    public ProductService(Storage storage, SellerService sellers, PavilionDirectory pavilions, Clock clock, CatalogSettings settings) {
        this(storage, sellers, pavilions, clock, settings, System::nanoTime);
    }

    /**
     * Creates the service with the cache on a given monotonic clock (tests).
     *
     * @param storage   the database
     * @param sellers   the sellers
     * @param pavilions the tenant's pavilions
     * @param clock     the clock
     * @param settings  plugin call deadline, cache size and TTL
     * @param nanoTime  the cache's monotonic clock
     */
    public ProductService(Storage storage, SellerService sellers, PavilionDirectory pavilions, Clock clock, CatalogSettings settings,
                          LongSupplier nanoTime) {
        this.storage = storage;
        this.sellers = sellers;
        this.pavilions = pavilions;
        this.clock = clock;
        this.callOptions = CallOptions.onExecutor(settings.pluginCallTimeout());
        this.cache = new ReadThroughCache<>(settings.cacheTtl(), settings.cacheMaxEntries(), nanoTime);
    }

    /**
     * Lists a product.
     *
     * @param tenant   the tenant
     * @param sellerId the seller, who must be verified
     * @param draft    the product
     * @return the stored product, published or waiting for certificates
     * @throws ApiException 404 unknown seller, 409 unverified seller, 400 price not in the pavilion's currency,
     *                      422 {@code listing_blocked}, 502/504 when the pavilion fails
     */
    public Product create(TenantId tenant, String sellerId, ProductDraft draft) {
        Seller seller = sellers.find(tenant, sellerId).orElseThrow(() -> ApiException.notFound("seller", sellerId));
        if (!seller.isVerified()) {
            throw new ApiException(CatalogErrors.SELLER_NOT_VERIFIED, "seller " + sellerId + " is " + seller.status()
                    + "; only VERIFIED sellers list products" + (seller.requiredDocuments().isEmpty() ? ""
                    : " (documents still needed: " + seller.requiredDocuments() + ")"));
        }
        EnabledPavilion pavilion = pavilionOf(tenant, seller.pavilionId());
        requireCurrency(pavilion, draft);
        ListingCheck check = check(pavilion, draft);
        Instant now = clock.instant();
        Product product = product(Ids.next("prd", clock.instant()), tenant, seller.id(), seller.pavilionId(), draft, draft.stock(),
                check, now, now, 1);
        try {
            storage.useTransaction(h -> dao.insert(h, product));
        } finally {
            cache.invalidate(new Key(tenant, product.id()));
        }
        return product;
    }

    /**
     * Changes a product's listing; the pavilion checks the result again.
     *
     * @param tenant    the tenant
     * @param productId the product
     * @param patch     the change
     * @return the product afterwards
     * @throws ApiException 404, 400, 422 {@code listing_blocked} (nothing changes), 409 on a concurrent change
     */
    public Product update(TenantId tenant, String productId, ProductPatch patch) {
        Product current = findFresh(tenant, productId).orElseThrow(() -> ApiException.notFound("product", productId));
        ProductDraft draft;
        try {
            draft = patch.applyTo(current);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(fieldOf(e.getMessage()), "invalid", e.getMessage());
        }
        return relist(current, draft);
    }

    /**
     * Attaches a certificate; the pavilion checks the listing again and publishes it when it allows it.
     *
     * @param tenant      the tenant
     * @param productId   the product
     * @param certificate e.g. {@code VETERINARY_CERTIFICATE}
     * @return the product afterwards
     */
    public Product attachCertificate(TenantId tenant, String productId, String certificate) {
        Product current = findFresh(tenant, productId).orElseThrow(() -> ApiException.notFound("product", productId));
        List<String> certificates = new ArrayList<>(current.certificates());
        if (!certificates.contains(certificate.strip())) {
            certificates.add(certificate.strip());
        }
        ProductDraft draft;
        try {
            draft = new ProductPatch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(certificates)).applyTo(current);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("name", "invalid", e.getMessage());
        }
        return relist(current, draft);
    }

    /**
     * Adds to or takes from the stock, atomically.
     *
     * @param tenant    the tenant
     * @param productId the product
     * @param delta     units to add (negative to take), not zero, within ±{@value ProductDraft#MAX_STOCK}
     * @return the product afterwards
     * @throws ApiException 404, 400 for a zero or huge delta, 409 {@code insufficient_stock}
     */
    public Product adjustStock(TenantId tenant, String productId, int delta) {
        if (delta == 0 || Math.abs((long) delta) > ProductDraft.MAX_STOCK) {
            throw ApiException.invalidField("delta", "out_of_range", "delta must be a non-zero number of units within ±"
                    + ProductDraft.MAX_STOCK);
        }
        Product current = findFresh(tenant, productId).orElseThrow(() -> ApiException.notFound("product", productId));
        boolean changed;
        try {
            changed = storage.inTransaction(h -> dao.adjustStock(h, tenant, current.id(), delta, ProductDraft.MAX_STOCK, clock.instant()));
        } finally {
            cache.invalidate(new Key(tenant, current.id()));
        }
        Product after = findFresh(tenant, productId).orElseThrow(() -> ApiException.notFound("product", productId));
        if (!changed) {
            throw new ApiException(CatalogErrors.INSUFFICIENT_STOCK, "stock of " + productId + " is " + after.stock()
                    + "; adjusting it by " + delta + " would leave it outside 0.." + ProductDraft.MAX_STOCK);
        }
        return after;
    }

    /**
     * One product of a tenant, published or not.
     *
     * @param tenant    the tenant
     * @param productId the product
     * @return the product, or empty (also for another tenant's)
     */
    public Optional<Product> find(TenantId tenant, String productId) {
        if (!Ids.looksLike("prd", productId)) {
            return Optional.empty();
        }
        return cache.get(new Key(tenant, productId), () -> storage.withHandle(h -> dao.find(h, tenant, productId)));
    }

    /**
     * Several products of a tenant, those not cached read in one statement.
     *
     * @param tenant     the tenant
     * @param productIds the ids
     * @return those that exist, in id order
     */
    public List<Product> findAll(TenantId tenant, Collection<String> productIds) {
        List<String> wellFormed = productIds.stream().filter(id -> Ids.looksLike("prd", id)).distinct().sorted().toList();
        List<Product> found = new ArrayList<>(wellFormed.size());
        List<String> missing = new ArrayList<>();
        for (String id : wellFormed) {
            cache.get(new Key(tenant, id)).ifPresentOrElse(found::add, () -> missing.add(id));
        }
        if (!missing.isEmpty()) {
            long generation = cache.generation();
            for (Product p : storage.withHandle(h -> dao.findAll(h, tenant, missing))) {
                cache.put(new Key(tenant, p.id()), p, generation);
                found.add(p);
            }
            found.sort(Comparator.comparing(Product::id));
        }
        return found;
    }

    /**
     * Drops the cached copy of a product once a write transaction that changed its row commits (the
     * orders' stock reservations and releases).
     *
     * @param h         the write transaction, not yet committed
     * @param tenant    the tenant
     * @param productId the product changed
     */
    public void changedIn(Handle h, TenantId tenant, String productId) {
        Key key = new Key(tenant, productId);
        h.afterCommit(() -> cache.invalidate(key));
    }

    /**
     * A page of products in creation order.
     *
     * @param tenant  the tenant
     * @param query   the filters
     * @param afterId the last id of the previous page, or empty
     * @param limit   how many at most (ask limit + 1 to learn whether more exist)
     * @return the products
     */
    public List<Product> search(TenantId tenant, ProductQuery query, Optional<String> afterId, int limit) {
        return storage.withHandle(h -> dao.search(h, tenant, query, afterId, limit));
    }

    private static String fieldOf(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("unit weight")) {
            return "unitWeightGrams";
        }
        for (String field : List.of("title", "description", "price", "certificates")) {
            if (m.startsWith(field) || (field.equals("certificates") && m.contains("certificate"))) {
                return field;
            }
        }
        return "";
    }

    private Product relist(Product current, ProductDraft draft) {
        EnabledPavilion pavilion = pavilionOf(current.tenant(), current.pavilionId());
        requireCurrency(pavilion, draft);
        ListingCheck check = check(pavilion, draft);
        Product updated = product(current.id(), current.tenant(), current.sellerId(), current.pavilionId(), draft,
                current.stock(), check, current.createdAt(), clock.instant(), current.version() + 1);
        boolean stored;
        try {
            stored = storage.inTransaction(h -> dao.updateListing(h, updated));
        } finally {
            cache.invalidate(new Key(current.tenant(), current.id()));
        }
        if (!stored) {
            throw new ApiException(CatalogErrors.CONCURRENT_UPDATE, "product " + current.id()
                    + " changed while the pavilion checked it; read it again and resend the change");
        }
        return findFresh(current.tenant(), current.id()).orElseThrow();
    }

    /** The product as the database has it now, bypassing the cache (for writes). */
    private Optional<Product> findFresh(TenantId tenant, String productId) {
        if (!Ids.looksLike("prd", productId)) {
            return Optional.empty();
        }
        return storage.withHandle(h -> dao.find(h, tenant, productId));
    }

    private static Product product(String id, TenantId tenant, String sellerId, String pavilionId, ProductDraft draft, int stock,
                                   ListingCheck check, Instant created, Instant updated, int version) {
        ProductStatus status = check.status() == ListingStatus.ALLOWED ? ProductStatus.PUBLISHED : ProductStatus.NEEDS_CERTIFICATE;
        return new Product(id, tenant, sellerId, pavilionId, draft.title(), draft.description(), draft.hsCode(), draft.origin(),
                draft.price(), draft.unitWeight(), draft.dimensions(), stock, draft.certificates(), status,
                check.requiredCertificates(), check.reasons(), created, updated, version);
    }

    private EnabledPavilion pavilionOf(TenantId tenant, String pavilionId) {
        return pavilions.find(tenant, pavilionId).orElseThrow(() -> new ApiException(ErrorCode.UNPROCESSABLE,
                "pavilion '" + pavilionId + "' is not enabled for this tenant any more, so listings cannot be checked; "
                + "ask the tenant admin to enable it again"));
    }

    private static void requireCurrency(EnabledPavilion pavilion, ProductDraft draft) {
        if (!draft.price().currency().equals(pavilion.pavilion().currency())) {
            throw ApiException.invalidField("price.currency", "invalid", "prices in pavilion '" + pavilion.pavilion().id()
                    + "' are in " + pavilion.pavilion().currency() + ", not " + draft.price().currency());
        }
    }

    private ListingCheck check(EnabledPavilion pavilion, ProductDraft draft) {
        ListingRequest request = new ListingRequest(draft.title(), draft.description(), draft.hsCode(), draft.origin(),
                draft.price(), draft.certificates());
        ListingCheck check;
        try {
            check = pavilion.extension().call("checkListing", callOptions, (p, context) -> p.checkListing(request, context));
        } catch (PluginCallException e) {
            throw PluginFailures.toApi(e, "check a listing");
        }
        if (check.status() == ListingStatus.BLOCKED) {
            List<FieldError> errors = new ArrayList<>();
            for (Reason reason : check.reasons()) {
                errors.add(new FieldError("listing", reason.code(), reason.message()));
            }
            throw new ApiException(CatalogErrors.LISTING_BLOCKED, "pavilion '" + pavilion.pavilion().id()
                    + "' does not allow this product to be exported: " + check.reasons().get(0).message()
                    + (check.reasons().size() > 1 ? " (and " + (check.reasons().size() - 1) + " more reasons in errors)" : ""))
                    .withFieldErrors(errors);
        }
        return check;
    }
}
