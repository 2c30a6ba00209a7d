/**
 * Orders placed from a stored quote: idempotent placement with stock reserved in the same transaction, the
 * {@link org.openwtp.core.commerce.order.OrderStateMachine}, cancellation, and the order API.
 */
package org.openwtp.core.commerce.order;
