package org.openwtp.sdk.pavilion;

/** The outcome of a seller verification. */
public enum VerificationStatus {
    /** The seller may list products. */
    VERIFIED,
    /** The application is refused; the reasons say why. */
    REJECTED,
    /** The application is plausible but documents are missing; it can be resubmitted with them. */
    PENDING_DOCUMENTS
}
