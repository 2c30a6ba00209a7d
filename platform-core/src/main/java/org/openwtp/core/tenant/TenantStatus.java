package org.openwtp.core.tenant;

/** Whether a tenant is serving. */
public enum TenantStatus {
    /** Its keys work and its plugins are called. */
    ACTIVE,
    /** Its keys stop working at once and no plugin is called for it; its data stays. */
    SUSPENDED
}
