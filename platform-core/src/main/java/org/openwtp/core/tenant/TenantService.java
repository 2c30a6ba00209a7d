package org.openwtp.core.tenant;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.core.store.Storage;
import org.openwtp.core.tenant.internal.ApiKeyCache;
import org.openwtp.core.tenant.internal.TenantDao;
import org.openwtp.core.tenant.internal.TenantPluginCache;
import org.openwtp.sdk.context.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Host admin operations on tenants: create, list, show, suspend, resume, delete. Thread-safe.
 */
public final class TenantService {

    private static final Logger LOG = LoggerFactory.getLogger(TenantService.class);

    private final Storage storage;
    private final Clock clock;
    private final TenantDao tenants = new TenantDao();
    private final ApiKeyCache keyCache;
    private final TenantPluginCache pluginCache;

    /**
     * The service over the core's storage, for an {@link ApiKeyService} without a key cache.
     *
     * @param storage the storage
     * @param clock   the clock
     */
    public TenantService(Storage storage, Clock clock) {
        this(storage, clock, ApiKeyCache.disabled());
    }

    /**
     * The service over the core's storage.
     *
     * @param storage  the storage
     * @param clock    the clock
     * @param keyCache the key cache of this process's {@link ApiKeyService}, invalidated for a tenant whose
     *                 status changes or that is deleted
     */
    public TenantService(Storage storage, Clock clock, ApiKeyCache keyCache) {
        this(storage, clock, keyCache, TenantPluginCache.disabled());
    }

    /**
     * The service over the core's storage.
     *
     * @param storage     the storage
     * @param clock       the clock
     * @param keyCache    the key cache of this process's {@link ApiKeyService}, invalidated for a tenant whose
     *                    status changes or that is deleted
     * @param pluginCache the cache of this process's tenant plugin directory, invalidated likewise
     */
    @Inject
    public TenantService(Storage storage, Clock clock, ApiKeyCache keyCache, TenantPluginCache pluginCache) {
        this.pluginCache = Objects.requireNonNull(pluginCache, "pluginCache must not be null");
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.keyCache = Objects.requireNonNull(keyCache, "keyCache must not be null");
    }

    /**
     * Creates an active tenant.
     *
     * @param slug        1 to 63 lower-case letters, digits and dashes, not starting or ending with a dash
     * @param displayName a human name, 1 to 200 characters; the slug when null or blank
     * @return the tenant
     * @throws ValidationException {@code TENANT_INVALID} naming the field at fault
     * @throws TenantException     {@code TENANT_EXISTS} when the slug is taken
     */
    public Tenant create(String slug, String displayName) {
        List<FieldError> errors = new ArrayList<>();
        TenantId id = null;
        try {
            id = TenantId.of(Objects.requireNonNull(slug, "slug must not be null"));
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError("slug", "INVALID", e.getMessage()));
        }
        String name = displayName == null || displayName.isBlank() ? slug : displayName.strip();
        if (name != null && (name.length() > 200 || name.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError("displayName", "INVALID", "display name must be 1 to 200 characters without control characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(TenantException.Code.TENANT_INVALID, "the tenant was not created: " + errors.get(0).message(), errors);
        }
        Instant now = now();
        Tenant tenant = new Tenant(id, name, TenantStatus.ACTIVE, now, now);
        boolean created = storage.inTransaction(h -> tenants.insertIfAbsent(h, tenant));
        if (!created) {
            throw new TenantException(TenantException.Code.TENANT_EXISTS, "a tenant '" + slug + "' already exists; choose another slug");
        }
        LOG.info("tenant {} created", id);
        return tenant;
    }

    /**
     * Every tenant.
     *
     * @return the tenants, by slug
     */
    public List<Tenant> list() {
        return storage.withHandle(tenants::list);
    }

    /**
     * One tenant.
     *
     * @param id the slug
     * @return the tenant, or empty
     */
    public Optional<Tenant> find(TenantId id) {
        Objects.requireNonNull(id, "tenant id must not be null");
        return storage.withHandle(h -> tenants.find(h, id));
    }

    /**
     * One tenant that must exist.
     *
     * @param id the slug
     * @return the tenant
     * @throws TenantException {@code TENANT_NOT_FOUND}
     */
    public Tenant show(TenantId id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Suspends a tenant: its keys stop working at once and no plugin is called for it; its data stays.
     *
     * @param id the slug
     * @return the tenant
     * @throws TenantException {@code TENANT_NOT_FOUND}
     */
    public Tenant suspend(TenantId id) {
        Tenant tenant = changeStatus(id, TenantStatus.SUSPENDED);
        LOG.info("tenant {} suspended", id);
        return tenant;
    }

    /**
     * Resumes a suspended tenant.
     *
     * @param id the slug
     * @return the tenant
     * @throws TenantException {@code TENANT_NOT_FOUND}
     */
    public Tenant resume(TenantId id) {
        Tenant tenant = changeStatus(id, TenantStatus.ACTIVE);
        LOG.info("tenant {} resumed", id);
        return tenant;
    }

    /**
     * Deletes a tenant and everything it owns (keys, plugin settings, plugin state).
     *
     * @param id the slug
     * @throws TenantException {@code TENANT_NOT_FOUND}
     */
    public void delete(TenantId id) {
        Objects.requireNonNull(id, "tenant id must not be null");
        if (!storage.inTransaction(h -> tenants.delete(h, id))) {
            throw notFound(id);
        }
        keyCache.invalidateTenant(id);
        pluginCache.invalidateTenant(id);
        LOG.info("tenant {} deleted", id);
    }

    private Tenant changeStatus(TenantId id, TenantStatus status) {
        Objects.requireNonNull(id, "tenant id must not be null");
        Tenant changed = storage.inTransaction(h -> {
            if (!tenants.updateStatus(h, id, status, now())) {
                throw notFound(id);
            }
            return tenants.find(h, id).orElseThrow();
        });
        keyCache.invalidateTenant(id);
        pluginCache.invalidateTenant(id);
        return changed;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static TenantException notFound(TenantId id) {
        return new TenantException(TenantException.Code.TENANT_NOT_FOUND, "there is no tenant '" + id + "'");
    }
}
