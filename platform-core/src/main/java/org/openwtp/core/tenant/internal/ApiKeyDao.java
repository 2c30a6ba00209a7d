package org.openwtp.core.tenant.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.openwtp.core.tenant.ApiKey;
import org.openwtp.core.tenant.ApiKeyRole;
import org.openwtp.core.tenant.TenantStatus;
import org.openwtp.sdk.context.TenantId;

/**
 * The {@code api_keys} table. Every method filters on the tenant, except {@link #findForAuthentication},
 * the one lookup made before the tenant is known. Stateless and thread-safe.
 */
public final class ApiKeyDao {

    /**
     * A key with what authentication needs.
     *
     * @param key          the key
     * @param secretHash   hex SHA-256 of the key's secret
     * @param tenantStatus its tenant's status
     */
    public record Credentials(ApiKey key, String secretHash, TenantStatus tenantStatus) {
    }

    private static final RowMapper<ApiKey> MAPPER = (rs, ctx) -> new ApiKey(rs.getString("key_id"),
            TenantId.of(rs.getString("tenant_id")), ApiKeyRole.valueOf(rs.getString("role")), rs.getString("label"),
            Instant.ofEpochMilli(rs.getLong("created_at")), instant(rs.getObject("expires_at")), instant(rs.getObject("revoked_at")));

    /**
     * Stores a new key.
     *
     * @param h          the handle
     * @param key        the key
     * @param secretHash hex SHA-256 of its secret
     */
    public void insert(Handle h, ApiKey key, String secretHash) {
        h.createUpdate("INSERT INTO api_keys (key_id, tenant_id, secret_hash, role, label, created_at, expires_at, revoked_at)"
                        + " VALUES (:id, :tenant, :hash, :role, :label, :created, :expires, NULL)")
                .bind("id", key.keyId()).bind("tenant", key.tenant().value()).bind("hash", secretHash)
                .bind("role", key.role().name()).bind("label", key.label()).bind("created", key.createdAt().toEpochMilli())
                .bind("expires", key.expiresAt().map(Instant::toEpochMilli).orElse(null))
                .execute();
    }

    /**
     * A tenant's keys, oldest first.
     *
     * @param h      the handle
     * @param tenant the tenant
     * @return the keys
     */
    public List<ApiKey> list(Handle h, TenantId tenant) {
        return h.createQuery("SELECT * FROM api_keys WHERE tenant_id = :tenant ORDER BY created_at, key_id")
                .bind("tenant", tenant.value()).map(MAPPER).list();
    }

    /**
     * One key of a tenant.
     *
     * @param h      the handle
     * @param tenant the tenant
     * @param keyId  the key id
     * @return the key, or empty if the tenant has no such key
     */
    public Optional<ApiKey> find(Handle h, TenantId tenant, String keyId) {
        return h.createQuery("SELECT * FROM api_keys WHERE tenant_id = :tenant AND key_id = :id")
                .bind("tenant", tenant.value()).bind("id", keyId).map(MAPPER).findOne();
    }

    /**
     * Revokes a key of a tenant (keeping the first revocation time).
     *
     * @param h      the handle
     * @param tenant the tenant
     * @param keyId  the key id
     * @param now    the revocation time
     * @return true if the tenant has the key
     */
    public boolean revoke(Handle h, TenantId tenant, String keyId, Instant now) {
        return h.createUpdate("UPDATE api_keys SET revoked_at = COALESCE(revoked_at, :now) WHERE tenant_id = :tenant AND key_id = :id")
                .bind("now", now.toEpochMilli()).bind("tenant", tenant.value()).bind("id", keyId).execute() == 1;
    }

    /**
     * Deletes a key of a tenant.
     *
     * @param h      the handle
     * @param tenant the tenant
     * @param keyId  the key id
     * @return true if the tenant had the key
     */
    public boolean delete(Handle h, TenantId tenant, String keyId) {
        return h.createUpdate("DELETE FROM api_keys WHERE tenant_id = :tenant AND key_id = :id")
                .bind("tenant", tenant.value()).bind("id", keyId).execute() == 1;
    }

    /**
     * Looks a key up by its globally unique id, with its tenant's status: the one query not filtered on a
     * tenant, because authentication is what tells which tenant a request is for.
     *
     * @param h     the handle
     * @param keyId the key id
     * @return the key's credentials, or empty
     */
    public Optional<Credentials> findForAuthentication(Handle h, String keyId) {
        return h.createQuery("SELECT k.*, t.status AS tenant_status FROM api_keys k JOIN tenants t ON t.tenant_id = k.tenant_id"
                        + " WHERE k.key_id = :id")
                .bind("id", keyId)
                .map((rs, ctx) -> new Credentials(MAPPER.map(rs, ctx), rs.getString("secret_hash"),
                        TenantStatus.valueOf(rs.getString("tenant_status"))))
                .findOne();
    }

    private static Optional<Instant> instant(Object epochMillis) {
        return epochMillis == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(((Number) epochMillis).longValue()));
    }
}
