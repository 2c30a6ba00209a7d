package org.openwtp.sdk.pavilion;

import java.util.List;
import java.util.Objects;
import org.openwtp.sdk.Reason;

/**
 * A pavilion's export-compliance decision on a listing.
 *
 * @param status               allowed, blocked or needing certificates
 * @param reasons              why it is blocked or needs certificates
 * @param requiredCertificates the certificates still missing
 */
public record ListingCheck(ListingStatus status, List<Reason> reasons, List<String> requiredCertificates) {

    /**
     * Validates that the decision is consistent.
     *
     * @param status               allowed, blocked or needing certificates
     * @param reasons              why it is blocked or needs certificates
     * @param requiredCertificates the certificates still missing
     */
    public ListingCheck {
        Objects.requireNonNull(status, "status must not be null");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons must not be null"));
        requiredCertificates = List.copyOf(Objects.requireNonNull(requiredCertificates, "required certificates must not be null"));
        if (status == ListingStatus.BLOCKED && reasons.isEmpty()) {
            throw new IllegalArgumentException("a blocked listing needs at least one reason");
        }
        if (status == ListingStatus.NEEDS_CERTIFICATE && requiredCertificates.isEmpty()) {
            throw new IllegalArgumentException("a listing that needs certificates must name them");
        }
        if (status == ListingStatus.ALLOWED && !requiredCertificates.isEmpty()) {
            throw new IllegalArgumentException("an allowed listing has no certificates missing; use NEEDS_CERTIFICATE");
        }
    }

    /**
     * The listing is allowed.
     *
     * @return the decision
     */
    public static ListingCheck allowed() {
        return new ListingCheck(ListingStatus.ALLOWED, List.of(), List.of());
    }

    /**
     * The listing is blocked.
     *
     * @param reasons why
     * @return the decision
     */
    public static ListingCheck blocked(List<Reason> reasons) {
        return new ListingCheck(ListingStatus.BLOCKED, reasons, List.of());
    }

    /**
     * Certificates are missing.
     *
     * @param certificates the certificates needed
     * @param reasons      why
     * @return the decision
     */
    public static ListingCheck needsCertificate(List<String> certificates, List<Reason> reasons) {
        return new ListingCheck(ListingStatus.NEEDS_CERTIFICATE, reasons, certificates);
    }
}
