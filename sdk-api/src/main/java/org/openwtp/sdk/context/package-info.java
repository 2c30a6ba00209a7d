/** The context every call into a plugin receives: tenant, configuration, idempotency key, deadline, clock, store. */
package org.openwtp.sdk.context;
