package org.openwtp.core.commerce.order;

import java.time.Instant;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.money.Money;

/** An order as stored (one row of {@code orders}). */
public record OrderRecord(TenantId tenant, String orderId, String quoteId, String optionId, String buyerId, String sellerId,
                       OrderStatus status, String currency, long goods, long shipping, long duties, long taxes, long total,
                       String paymentProvider, String paymentMethod, String carrierPlugin, String serviceCode, String incoterm,
                       String shippingDetails, boolean stockReleased, int version, Instant createdAt, Instant updatedAt) {

    /** @return the total as money */
    public Money totalMoney() {
        return Money.ofMinor(total, currency);
    }
}
