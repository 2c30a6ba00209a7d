package org.openwtp.sdk.trade;

/** The UPU customs declaration forms for postal items. */
public enum CustomsForm {
    /** CN22: items up to 300 SDR. */
    CN22,
    /** CN23: items of 300 SDR or more, or when the sender chooses it. */
    CN23,
    /** A courier's own commercial-invoice based declaration (express services). */
    COMMERCIAL_INVOICE
}
