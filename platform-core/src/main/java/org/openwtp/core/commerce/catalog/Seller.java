package org.openwtp.core.commerce.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.pavilion.VerificationStatus;

/**
 * A company that applied to sell through one pavilion of a tenant, and the pavilion's decision.
 *
 * @param id                the seller id, {@code sel_...}
 * @param tenant            the tenant
 * @param pavilionId        the pavilion (plugin id) it applied to
 * @param legalName         registered company name
 * @param registryScheme    e.g. {@code INN}
 * @param registryNumber    the number as the seller typed it
 * @param normalizedNumber  the number as the pavilion normalised it
 * @param address           registered address; goods ship from here
 * @param contactEmail      where the pavilion reaches the seller
 * @param documents         documents supplied so far
 * @param status            verified, rejected or pending documents
 * @param reasons           why rejected or pending
 * @param requiredDocuments documents the pavilion still needs
 * @param createdAt         when it applied
 * @param updatedAt         when the decision last changed
 * @param version           optimistic-locking counter
 */
public record Seller(String id, TenantId tenant, String pavilionId, String legalName, String registryScheme,
                     String registryNumber, String normalizedNumber, Address address, String contactEmail,
                     List<String> documents, VerificationStatus status, List<Reason> reasons,
                     List<String> requiredDocuments, Instant createdAt, Instant updatedAt, int version) {

    /** Validates and copies. */
    public Seller {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(pavilionId, "pavilionId must not be null");
        Objects.requireNonNull(legalName, "legalName must not be null");
        Objects.requireNonNull(registryScheme, "registryScheme must not be null");
        Objects.requireNonNull(registryNumber, "registryNumber must not be null");
        Objects.requireNonNull(normalizedNumber, "normalizedNumber must not be null");
        Objects.requireNonNull(address, "address must not be null");
        Objects.requireNonNull(contactEmail, "contactEmail must not be null");
        documents = List.copyOf(documents);
        Objects.requireNonNull(status, "status must not be null");
        reasons = List.copyOf(reasons);
        requiredDocuments = List.copyOf(requiredDocuments);
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        Objects.requireNonNull(updatedAt, "updatedAt must not be null");
    }

    /** @return whether the seller may list products */
    public boolean isVerified() {
        return status == VerificationStatus.VERIFIED;
    }
}
