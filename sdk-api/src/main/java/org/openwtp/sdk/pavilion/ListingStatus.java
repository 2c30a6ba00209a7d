package org.openwtp.sdk.pavilion;

/** Whether a product may be exported through a pavilion. */
public enum ListingStatus {
    /** It may be listed. */
    ALLOWED,
    /** It may not be exported through the pavilion. */
    BLOCKED,
    /** It may be listed once the named certificates are attached. */
    NEEDS_CERTIFICATE
}
