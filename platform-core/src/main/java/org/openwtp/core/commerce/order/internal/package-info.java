/** Storage of orders, order lines, stock reservations and idempotency records; not for other features. */
package org.openwtp.core.commerce.order.internal;
