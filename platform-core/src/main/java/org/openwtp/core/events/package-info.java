/**
 * The transactional outbox: domain events written with {@link org.openwtp.core.events.Outbox#append} in the
 * same transaction as the change they describe, and the {@link org.openwtp.core.events.OutboxDispatcher}
 * that delivers them, at least once, to listening plugins and to tenant webhook subscriptions.
 */
package org.openwtp.core.events;
