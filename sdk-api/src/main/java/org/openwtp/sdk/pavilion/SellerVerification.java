package org.openwtp.sdk.pavilion;

import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.Reason;

/**
 * A pavilion's decision on a seller application.
 *
 * @param status             verified, rejected or pending documents
 * @param normalizedNumber   the registry number in canonical form (digits only, upper case); the number
 *                           as given when rejected
 * @param reasons            why it was rejected or is pending; empty when verified
 * @param requiredDocuments  documents still needed when pending
 */
public record SellerVerification(VerificationStatus status, String normalizedNumber, List<Reason> reasons,
                                 List<String> requiredDocuments) {

    /**
     * Validates that the outcome is consistent.
     *
     * @param status            verified, rejected or pending documents
     * @param normalizedNumber  the registry number in canonical form (digits only, upper case); the number
     *                          as given when rejected
     * @param reasons           why it was rejected or is pending; empty when verified
     * @param requiredDocuments documents still needed when pending
     */
    public SellerVerification {
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(normalizedNumber, "normalized number must not be null");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons must not be null"));
        requiredDocuments = List.copyOf(Objects.requireNonNull(requiredDocuments, "required documents must not be null"));
        if (status == VerificationStatus.REJECTED && reasons.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one reason");
        }
        if (status == VerificationStatus.PENDING_DOCUMENTS && requiredDocuments.isEmpty()) {
            throw new IllegalArgumentException("a pending verification must name the documents it needs");
        }
        if (status == VerificationStatus.VERIFIED && !requiredDocuments.isEmpty()) {
            throw new IllegalArgumentException("a verified seller has no documents outstanding");
        }
        if (status == VerificationStatus.VERIFIED && !reasons.isEmpty()) {
            throw new IllegalArgumentException("a verified seller carries no reasons");
        }
    }

    /**
     * The seller is verified.
     *
     * @param normalizedNumber the canonical registry number
     * @return the verification
     */
    public static SellerVerification verified(String normalizedNumber) {
        return new SellerVerification(VerificationStatus.VERIFIED, normalizedNumber, List.of(), List.of());
    }

    /**
     * The seller is rejected.
     *
     * @param number  the number as given
     * @param reasons why
     * @return the verification
     */
    public static SellerVerification rejected(String number, List<Reason> reasons) {
        return new SellerVerification(VerificationStatus.REJECTED, number, reasons, List.of());
    }

    /**
     * Documents are missing.
     *
     * @param normalizedNumber the canonical registry number
     * @param documents        what is needed
     * @param reasons          why they are needed
     * @return the verification
     */
    public static SellerVerification pendingDocuments(String normalizedNumber, List<String> documents, List<Reason> reasons) {
        return new SellerVerification(VerificationStatus.PENDING_DOCUMENTS, normalizedNumber, reasons, documents);
    }
}
