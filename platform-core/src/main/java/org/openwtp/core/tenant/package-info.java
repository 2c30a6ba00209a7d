/**
 * Tenants, their API keys (stored hashed), the host admin credential, and per-tenant plugin enablement
 * and configuration (validated against what the plugin declares, secrets encrypted at rest with the host
 * master key). Every tenant-owned row carries {@code tenant_id} and every query filters on it.
 */
package org.openwtp.core.tenant;
