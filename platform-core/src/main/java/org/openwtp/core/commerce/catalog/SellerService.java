package org.openwtp.core.commerce.catalog;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.openwtp.core.cache.ReadThroughCache;
import org.openwtp.core.commerce.Ids;
import org.openwtp.core.commerce.PluginFailures;
import org.openwtp.core.commerce.catalog.internal.SellerDao;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.FieldError;
import org.openwtp.core.plugin.CallOptions;
import org.openwtp.core.plugin.PluginCallException;
import org.openwtp.core.store.Storage;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.sdk.pavilion.SellerVerification;
import org.openwtp.sdk.pavilion.VerificationStatus;

/**
 * Sellers: a company applies to one pavilion of a tenant; the pavilion verifies its registry number (through
 * the guarded plugin call, outside any transaction); the decision is stored. A registry number, as the
 * pavilion normalises it, belongs to at most one standing (verified or pending) seller per tenant and
 * pavilion — enforced by a unique index, so two racing applications cannot both win. A seller pending
 * documents re-applies with them and is verified again. Thread-safe.
 *
 * <p>SELLER API keys act for the seller they applied as: applying with a SELLER key binds the key to the
 * new seller (the tenant feature's keys carry no seller, so the binding lives in {@code seller_api_keys}).
 *
 * <p>{@link #find} reads through a bounded cache by (tenant, id) like {@link ProductService}'s: this process's
 * writes drop the entry once committed, a read that raced with one is not cached, and another process's
 * writes are seen after at most {@link CatalogSettings#cacheTtl()}. Writes read the row afresh.
 */
public final class SellerService {

    /** A seller of a tenant. */
    private record Key(TenantId tenant, String sellerId) {
    }

    private final Storage storage;
    private final PavilionDirectory pavilions;
    private final Clock clock;
    private final CallOptions callOptions;
    private final SellerDao dao = new SellerDao();
    private final ReadThroughCache<Key, Seller> cache;

    /**
     * Creates the service.
     *
     * @param storage   the database
     * @param pavilions the tenant's pavilions
     * @param clock     the clock
     * @param settings  plugin call deadline, cache size and TTL
     */
    @Inject
    public SellerService(Storage storage, PavilionDirectory pavilions, Clock clock, CatalogSettings settings) {
        this(storage, pavilions, clock, settings, System::nanoTime);
    }

    /**
     * Creates the service with the cache on a given monotonic clock (tests).
     *
     * @param storage   the database
     * @param pavilions the tenant's pavilions
     * @param clock     the clock
     * @param settings  plugin call deadline, cache size and TTL
     * @param nanoTime  the cache's monotonic clock
     */
    public SellerService(Storage storage, PavilionDirectory pavilions, Clock clock, CatalogSettings settings, LongSupplier nanoTime) {
        this.storage = storage;
        this.pavilions = pavilions;
        this.clock = clock;
        this.callOptions = CallOptions.onExecutor(settings.pluginCallTimeout());
        this.cache = new ReadThroughCache<>(settings.cacheTtl(), settings.cacheMaxEntries(), nanoTime);
    }

    /**
     * Applies to a pavilion.
     *
     * @param tenant      the tenant
     * @param pavilionId  the pavilion (plugin id)
     * @param application company details and registry number
     * @param sellerKeyId the SELLER key applying, bound to the new seller; empty when an admin applies
     * @return the stored seller with the pavilion's decision
     * @throws ApiException 400 for an unknown pavilion or scheme, 409 for a taken number or a bound key,
     *                      502/504 when the pavilion fails
     */
    public Seller apply(TenantId tenant, String pavilionId, SellerApplication application, Optional<String> sellerKeyId) {
        EnabledPavilion pavilion = pavilions.find(tenant, pavilionId).orElseThrow(() -> ApiException.invalidField("pavilion",
                "not_found", "no pavilion '" + pavilionId + "' is enabled for this tenant; see GET /v1/pavilions"));
        List<String> schemes = pavilion.pavilion().registrySchemes();
        if (!schemes.isEmpty() && !schemes.contains(application.registryScheme())) {
            throw ApiException.invalidField("registryScheme", "invalid", "pavilion '" + pavilionId + "' verifies "
                    + schemes + ", not " + application.registryScheme());
        }
        if (sellerKeyId.isPresent() && storage.withHandle(h -> dao.sellerOfKey(h, tenant, sellerKeyId.get())).isPresent()) {
            throw new ApiException(CatalogErrors.SELLER_KEY_BOUND, "this API key already acts for a seller; "
                    + "ask the tenant admin for another SELLER key to register another company");
        }
        SellerVerification verdict = verify(pavilion, application);
        Instant now = clock.instant();
        Seller seller = new Seller(Ids.next("sel", clock.instant()), tenant, pavilionId, application.legalName(),
                application.registryScheme(), application.registryNumber(), verdict.normalizedNumber(), application.address(),
                application.contactEmail(), application.documents(), verdict.status(), verdict.reasons(),
                verdict.requiredDocuments(), now, now, 1);
        try {
            return storage.inTransaction(h -> {
                if (!dao.insert(h, seller)) {
                    throw taken(seller);
                }
                if (sellerKeyId.isPresent() && !dao.bindKey(h, tenant, sellerKeyId.get(), seller.id(), now)) {
                    throw new ApiException(CatalogErrors.SELLER_KEY_BOUND, "this API key already acts for a seller");
                }
                return seller;
            });
        } finally {
            cache.invalidate(new Key(tenant, seller.id()));
        }
    }

    /**
     * Sends documents the pavilion asked for; the seller is verified again with every document so far.
     *
     * @param tenant    the tenant
     * @param sellerId  the seller
     * @param documents the documents sent now
     * @return the seller with the new decision
     * @throws ApiException 404 unknown seller, 409 when not pending documents or changed concurrently
     */
    public Seller submitDocuments(TenantId tenant, String sellerId, List<String> documents) {
        Seller seller = findFresh(tenant, sellerId).orElseThrow(() -> ApiException.notFound("seller", sellerId));
        if (seller.status() != VerificationStatus.PENDING_DOCUMENTS) {
            throw new ApiException(CatalogErrors.SELLER_NOT_PENDING, "seller " + sellerId + " is " + seller.status()
                    + "; documents are accepted only while it is PENDING_DOCUMENTS");
        }
        EnabledPavilion pavilion = pavilions.find(tenant, seller.pavilionId()).orElseThrow(() -> new ApiException(
                org.openwtp.core.http.ErrorCode.UNPROCESSABLE, "pavilion '" + seller.pavilionId()
                + "' is no longer enabled for this tenant; the seller cannot be verified now"));
        LinkedHashSet<String> all = new LinkedHashSet<>(seller.documents());
        all.addAll(documents);
        SellerApplication application = new SellerApplication(seller.legalName(), seller.registryScheme(),
                seller.registryNumber(), seller.address(), seller.contactEmail(), List.copyOf(all));
        SellerVerification verdict = verify(pavilion, application);
        Seller updated = new Seller(seller.id(), tenant, seller.pavilionId(), seller.legalName(), seller.registryScheme(),
                seller.registryNumber(), verdict.normalizedNumber(), seller.address(), seller.contactEmail(), List.copyOf(all),
                verdict.status(), verdict.reasons(), verdict.requiredDocuments(), seller.createdAt(), clock.instant(),
                seller.version() + 1);
        try {
            return storage.inTransaction(h -> {
                if (updated.status() != VerificationStatus.REJECTED
                        && dao.registryKeyTaken(h, tenant, updated.pavilionId(), updated.normalizedNumber(), updated.id())) {
                    throw taken(updated);
                }
                if (!dao.updateDecision(h, updated)) {
                    throw new ApiException(CatalogErrors.CONCURRENT_UPDATE, "seller " + sellerId
                            + " changed while it was being verified; read it again and resend the documents if still needed");
                }
                return updated;
            });
        } finally {
            cache.invalidate(new Key(tenant, sellerId));
        }
    }

    /**
     * One seller of a tenant.
     *
     * @param tenant   the tenant
     * @param sellerId the seller
     * @return the seller, or empty (also for another tenant's seller)
     */
    public Optional<Seller> find(TenantId tenant, String sellerId) {
        if (!Ids.looksLike("sel", sellerId)) {
            return Optional.empty();
        }
        return cache.get(new Key(tenant, sellerId), () -> storage.withHandle(h -> dao.find(h, tenant, sellerId)));
    }

    /** The seller as the database has it now, bypassing the cache (for writes). */
    private Optional<Seller> findFresh(TenantId tenant, String sellerId) {
        if (!Ids.looksLike("sel", sellerId)) {
            return Optional.empty();
        }
        return storage.withHandle(h -> dao.find(h, tenant, sellerId));
    }

    /**
     * The seller a SELLER key acts for.
     *
     * @param tenant the tenant
     * @param keyId  the key's public id
     * @return the seller id, or empty if the key has not applied yet
     */
    public Optional<String> sellerOfKey(TenantId tenant, String keyId) {
        return storage.withHandle(h -> dao.sellerOfKey(h, tenant, keyId));
    }

    private SellerVerification verify(EnabledPavilion pavilion, SellerApplication application) {
        try {
            return pavilion.extension().call("verifySeller", callOptions, (p, context) -> p.verifySeller(application, context));
        } catch (PluginCallException e) {
            throw PluginFailures.toApi(e, "verify a seller");
        }
    }

    private static ApiException taken(Seller seller) {
        List<FieldError> errors = new ArrayList<>();
        errors.add(new FieldError("registryNumber", "taken", "registry number " + seller.normalizedNumber()
                + " is already registered with pavilion '" + seller.pavilionId() + "'"));
        return new ApiException(CatalogErrors.REGISTRY_NUMBER_TAKEN, "another seller of pavilion '" + seller.pavilionId()
                + "' already holds registry number " + seller.normalizedNumber() + "; a company registers once per pavilion")
                .withFieldErrors(errors);
    }
}
