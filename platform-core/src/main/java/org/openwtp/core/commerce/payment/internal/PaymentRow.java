package org.openwtp.core.commerce.payment.internal;

import org.openwtp.core.commerce.payment.PaymentStatus;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.money.Money;

/** One row of {@code payments}. */
public record PaymentRow(TenantId tenant, String paymentId, String orderId, String provider, String providerReference,
                         String methodType, PaymentStatus status, String currency, long amount, long authorized, long captured,
                         long refunded) {

    /** @param minor minor units; @return them as money in the payment's currency */
    public Money money(long minor) {
        return Money.ofMinor(minor, currency);
    }
}
