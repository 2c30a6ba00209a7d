package org.openwtp.core.commerce.catalog.internal;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.openwtp.core.commerce.catalog.Seller;
import org.openwtp.core.commerce.internal.CommerceJson;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.pavilion.VerificationStatus;

/** The {@code sellers} and {@code seller_api_keys} tables. Every statement filters on the tenant. Stateless, thread-safe. */
public final class SellerDao {

    private static final RowMapper<Seller> MAPPER = (rs, ctx) -> new Seller(rs.getString("seller_id"),
            TenantId.of(rs.getString("tenant_id")), rs.getString("pavilion_id"), rs.getString("legal_name"),
            rs.getString("registry_scheme"), rs.getString("registry_number"), rs.getString("normalized_number"),
            CommerceJson.read(rs.getString("address"), Address.class), rs.getString("contact_email"),
            CommerceJson.strings(rs.getString("documents")), VerificationStatus.valueOf(rs.getString("status")),
            CommerceJson.reasons(rs.getString("reasons")), CommerceJson.strings(rs.getString("required_documents")),
            Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getInt("version"));

    /**
     * Inserts a seller unless its registry key is taken within the tenant and pavilion.
     *
     * @param h      the handle
     * @param seller the seller
     * @return true if inserted, false on a duplicate registry number
     */
    public boolean insert(Handle h, Seller seller) {
        return h.createUpdate("INSERT INTO sellers (tenant_id, seller_id, pavilion_id, legal_name, registry_scheme, registry_number,"
                        + " normalized_number, registry_key, address, contact_email, documents, status, reasons, required_documents,"
                        + " created_at, updated_at, version) VALUES (:tenant, :id, :pavilion, :name, :scheme, :number, :normalized,"
                        + " :registryKey, :address, :email, :documents, :status, :reasons, :required, :created, :updated, :version)"
                        + " ON CONFLICT (tenant_id, pavilion_id, registry_key) DO NOTHING")
                .bind("tenant", seller.tenant().value()).bind("id", seller.id()).bind("pavilion", seller.pavilionId())
                .bind("name", seller.legalName()).bind("scheme", seller.registryScheme()).bind("number", seller.registryNumber())
                .bind("normalized", seller.normalizedNumber()).bind("registryKey", registryKey(seller))
                .bind("address", CommerceJson.write(seller.address())).bind("email", seller.contactEmail())
                .bind("documents", CommerceJson.write(seller.documents())).bind("status", seller.status().name())
                .bind("reasons", CommerceJson.write(seller.reasons())).bind("required", CommerceJson.write(seller.requiredDocuments()))
                .bind("created", seller.createdAt().toEpochMilli()).bind("updated", seller.updatedAt().toEpochMilli())
                .bind("version", seller.version())
                .execute() == 1;
    }

    /**
     * Whether another seller of the tenant and pavilion holds a registry number.
     *
     * @param h          the handle
     * @param tenant     the tenant
     * @param pavilionId the pavilion
     * @param normalized the normalized number
     * @param exceptId   a seller to ignore (the one being updated)
     * @return true if taken
     */
    public boolean registryKeyTaken(Handle h, TenantId tenant, String pavilionId, String normalized, String exceptId) {
        return h.createQuery("SELECT COUNT(*) FROM sellers WHERE tenant_id = :tenant AND pavilion_id = :pavilion"
                        + " AND registry_key = :key AND seller_id <> :except")
                .bind("tenant", tenant.value()).bind("pavilion", pavilionId).bind("key", normalized).bind("except", exceptId)
                .mapTo(Long.class).one() > 0;
    }

    /**
     * Stores a new decision if nobody changed the seller since it was read.
     *
     * @param h      the handle
     * @param seller the seller with the new decision and version + 1
     * @return true if stored, false if the version moved on
     */
    public boolean updateDecision(Handle h, Seller seller) {
        return h.createUpdate("UPDATE sellers SET normalized_number = :normalized, registry_key = :registryKey,"
                        + " documents = :documents, status = :status, reasons = :reasons, required_documents = :required,"
                        + " updated_at = :updated, version = :version"
                        + " WHERE tenant_id = :tenant AND seller_id = :id AND version = :previous")
                .bind("normalized", seller.normalizedNumber()).bind("registryKey", registryKey(seller))
                .bind("documents", CommerceJson.write(seller.documents())).bind("status", seller.status().name())
                .bind("reasons", CommerceJson.write(seller.reasons())).bind("required", CommerceJson.write(seller.requiredDocuments()))
                .bind("updated", seller.updatedAt().toEpochMilli()).bind("version", seller.version())
                .bind("tenant", seller.tenant().value()).bind("id", seller.id()).bind("previous", seller.version() - 1)
                .execute() == 1;
    }

    /**
     * One seller of a tenant.
     *
     * @param h      the handle
     * @param tenant the tenant
     * @param id     the seller id
     * @return the seller, or empty
     */
    public Optional<Seller> find(Handle h, TenantId tenant, String id) {
        return h.createQuery("SELECT * FROM sellers WHERE tenant_id = :tenant AND seller_id = :id")
                .bind("tenant", tenant.value()).bind("id", id).map(MAPPER).findOne();
    }

    /**
     * Binds an API key to a seller unless it is bound already.
     *
     * @param h        the handle
     * @param tenant   the tenant
     * @param keyId    the key's public id
     * @param sellerId the seller
     * @param now      when
     * @return true if bound, false if the key already acts for a seller
     */
    public boolean bindKey(Handle h, TenantId tenant, String keyId, String sellerId, Instant now) {
        return h.createUpdate("INSERT INTO seller_api_keys (tenant_id, key_id, seller_id, created_at) VALUES (:tenant, :key, :seller, :now)"
                        + " ON CONFLICT (tenant_id, key_id) DO NOTHING")
                .bind("tenant", tenant.value()).bind("key", keyId).bind("seller", sellerId).bind("now", now.toEpochMilli())
                .execute() == 1;
    }

    /**
     * The seller an API key acts for.
     *
     * @param h      the handle
     * @param tenant the tenant
     * @param keyId  the key's public id
     * @return the seller id, or empty
     */
    public Optional<String> sellerOfKey(Handle h, TenantId tenant, String keyId) {
        return h.createQuery("SELECT seller_id FROM seller_api_keys WHERE tenant_id = :tenant AND key_id = :key")
                .bind("tenant", tenant.value()).bind("key", keyId).mapTo(String.class).findOne();
    }

    private static String registryKey(Seller seller) {
        return seller.status() == VerificationStatus.REJECTED ? null : seller.normalizedNumber();
    }
}
