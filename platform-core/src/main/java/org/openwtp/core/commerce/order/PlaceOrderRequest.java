package org.openwtp.core.commerce.order;

import java.util.Map;
import org.openwtp.sdk.payment.PaymentMethodType;

/**
 * The body of {@code POST /v1/orders}.
 *
 * @param quoteId       a stored, unexpired quote
 * @param optionId      the carrier option of that quote
 * @param paymentMethod how the buyer pays
 * @param buyerId       the storefront's reference for the buyer; defaults to the calling key's id
 */
public record PlaceOrderRequest(String quoteId, String optionId, PaymentMethodInput paymentMethod, String buyerId) {

    /**
     * The buyer's instrument and the payment plugin that charges it.
     *
     * @param provider the payment plugin id, e.g. {@code payment-card-sandbox}
     * @param type     CARD, BANK_TRANSFER, ESCROW or WALLET
     * @param details  provider-specific fields (a card's number, expiry and holder in a sandbox); never stored
     */
    public record PaymentMethodInput(String provider, PaymentMethodType type, Map<String, String> details) {

        /** Normalises missing details to none. */
        public PaymentMethodInput {
            details = details == null ? Map.of() : Map.copyOf(details);
        }
    }
}
