package org.openwtp.core.tenant.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.openwtp.core.tenant.Tenant;
import org.openwtp.core.tenant.TenantStatus;
import org.openwtp.sdk.context.TenantId;

/** The {@code tenants} table. Stateless and thread-safe; callers supply the handle (and so the transaction). */
public final class TenantDao {

    private static final RowMapper<Tenant> MAPPER = (rs, ctx) -> new Tenant(TenantId.of(rs.getString("tenant_id")),
            rs.getString("display_name"), TenantStatus.valueOf(rs.getString("status")),
            Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));

    /**
     * Inserts a tenant unless its slug is taken.
     *
     * @param h      the handle
     * @param tenant the tenant
     * @return true if inserted
     */
    public boolean insertIfAbsent(Handle h, Tenant tenant) {
        return h.createUpdate("INSERT INTO tenants (tenant_id, display_name, status, created_at, updated_at)"
                        + " VALUES (:id, :name, :status, :created, :updated) ON CONFLICT (tenant_id) DO NOTHING")
                .bind("id", tenant.id().value()).bind("name", tenant.displayName()).bind("status", tenant.status().name())
                .bind("created", tenant.createdAt().toEpochMilli()).bind("updated", tenant.updatedAt().toEpochMilli())
                .execute() == 1;
    }

    /**
     * One tenant.
     *
     * @param h  the handle
     * @param id the slug
     * @return the tenant, or empty
     */
    public Optional<Tenant> find(Handle h, TenantId id) {
        return h.createQuery("SELECT * FROM tenants WHERE tenant_id = :id").bind("id", id.value()).map(MAPPER).findOne();
    }

    /**
     * Every tenant, by slug.
     *
     * @param h the handle
     * @return the tenants
     */
    public List<Tenant> list(Handle h) {
        return h.createQuery("SELECT * FROM tenants ORDER BY tenant_id").map(MAPPER).list();
    }

    /**
     * Changes a tenant's status.
     *
     * @param h      the handle
     * @param id     the slug
     * @param status the new status
     * @param now    the change time
     * @return true if the tenant exists
     */
    public boolean updateStatus(Handle h, TenantId id, TenantStatus status, Instant now) {
        return h.createUpdate("UPDATE tenants SET status = :status, updated_at = :now WHERE tenant_id = :id")
                .bind("status", status.name()).bind("now", now.toEpochMilli()).bind("id", id.value()).execute() == 1;
    }

    /**
     * Deletes a tenant; its keys, plugin settings and state go with it (foreign keys cascade).
     *
     * @param h  the handle
     * @param id the slug
     * @return true if it existed
     */
    public boolean delete(Handle h, TenantId id) {
        return h.createUpdate("DELETE FROM tenants WHERE tenant_id = :id").bind("id", id.value()).execute() == 1;
    }
}
