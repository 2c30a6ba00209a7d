package org.openwtp.sdk.pavilion;

/** Documents an export or import can require. */
public enum DocumentType {
    /** UPU CN22 customs declaration. */
    CN22,
    /** UPU CN23 customs declaration. */
    CN23,
    /** Commercial invoice. */
    COMMERCIAL_INVOICE,
    /** Certificate of origin (e.g. CT-1 or form A). */
    CERTIFICATE_OF_ORIGIN,
    /** Export licence or permit. */
    EXPORT_LICENCE,
    /** Phytosanitary certificate for plants and plant products. */
    PHYTOSANITARY_CERTIFICATE,
    /** Veterinary certificate for animal products. */
    VETERINARY_CERTIFICATE,
    /** Export customs declaration. */
    EXPORT_DECLARATION,
    /** Another document, described in the requirement. */
    OTHER
}
