package org.openwtp.core.tenant;

/** Why an API key was refused; the names are stable codes. */
public enum AuthenticationFailure {
    /** Not a key this server issued (malformed, unknown id, or wrong secret). */
    UNKNOWN_KEY,
    /** The key was revoked. */
    REVOKED,
    /** The key's expiry has passed. */
    EXPIRED,
    /** The key's tenant is suspended. */
    TENANT_SUSPENDED
}
