/** Storage of the outbox, deliveries and webhook subscriptions; not for other features. */
package org.openwtp.core.events.internal;
