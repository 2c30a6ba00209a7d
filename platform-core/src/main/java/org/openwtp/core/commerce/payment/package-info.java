/**
 * Payments through the tenant's {@link org.openwtp.sdk.payment.PaymentProvider} plugins: authorize, capture,
 * void and refund with idempotency keys derived from the core's ids, idempotent application of provider
 * webhooks, and the {@link org.openwtp.core.commerce.payment.PaymentReconciler} that settles PENDING and
 * UNKNOWN outcomes with {@code retrieve}.
 */
package org.openwtp.core.commerce.payment;
