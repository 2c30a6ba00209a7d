package org.openwtp.core.http;

/**
 * Who a caller is, as decided by the credential it presents. Routes declare the roles they allow.
 */
public enum Role {
    /** The host operator, authenticated by the host admin token from configuration. */
    HOST_ADMIN,
    /** A tenant's administrator: plugins, configuration, keys and webhooks of that tenant. */
    TENANT_ADMIN,
    /** A seller (SME) of a tenant: applications, listings, shipping. */
    SELLER,
    /** A buyer-facing storefront of a tenant: browse, quote, order, pay, track. */
    STOREFRONT
}
