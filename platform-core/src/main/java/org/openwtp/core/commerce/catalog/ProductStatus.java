package org.openwtp.core.commerce.catalog;

/** Whether buyers see a product. */
public enum ProductStatus {
    /** The pavilion allowed it: it is browsable and can be quoted. */
    PUBLISHED,
    /** The pavilion needs certificates first: stored, unpublished, until one is attached and it passes. */
    NEEDS_CERTIFICATE
}
