package org.openwtp.core.tenant;

/** What an API key may do within its tenant. */
public enum ApiKeyRole {
    /** Manages the tenant: plugins, their configuration, keys. */
    TENANT_ADMIN,
    /** A seller (SME): applies to pavilions, lists products, ships orders. */
    SELLER,
    /** A buyer-facing storefront: browses, quotes, orders, pays. */
    STOREFRONT
}
