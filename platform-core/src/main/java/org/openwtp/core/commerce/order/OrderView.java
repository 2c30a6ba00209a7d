package org.openwtp.core.commerce.order;

import java.time.Instant;
import java.util.List;
import org.openwtp.core.commerce.MoneyView;

/**
 * An order as the API shows it.
 *
 * @param id                 the order id
 * @param status             where it stands
 * @param allowedTransitions what it may become next
 * @param quoteId            the quote it was placed from
 * @param optionId           the carrier option chosen
 * @param buyerId            the buyer
 * @param sellerId           the seller
 * @param goods              goods total
 * @param shipping           shipping
 * @param duties             duties collected at checkout
 * @param taxes              import taxes collected at checkout
 * @param total              what the buyer pays
 * @param lines              the goods
 * @param carrier            the carrier plugin chosen
 * @param serviceCode        its service
 * @param incoterm           DAP or DDP
 * @param payment            the payment
 * @param version            increases with every change
 * @param createdAt          when placed
 * @param updatedAt          last change
 */
public record OrderView(String id, OrderStatus status, List<OrderStatus> allowedTransitions, String quoteId, String optionId,
                        String buyerId, String sellerId, MoneyView goods, MoneyView shipping, MoneyView duties, MoneyView taxes,
                        MoneyView total, List<LineView> lines, String carrier, String serviceCode, String incoterm,
                        PaymentView payment, int version, Instant createdAt, Instant updatedAt) {

    /**
     * One line.
     *
     * @param productId the product
     * @param title     its title
     * @param quantity  how many
     * @param unitPrice price of one
     */
    public record LineView(String productId, String title, int quantity, MoneyView unitPrice) {
    }

    /**
     * The payment of an order.
     *
     * @param paymentId         the core's payment id
     * @param provider          the payment plugin
     * @param method            the instrument type
     * @param status            the payment's status
     * @param providerReference the provider's reference, empty until known
     * @param authorized        authorised amount
     * @param captured          captured amount
     * @param refunded          refunded amount
     * @param reasonCode        why it was declined or is pending, empty otherwise
     * @param reasonMessage     the provider's explanation, empty otherwise
     */
    public record PaymentView(String paymentId, String provider, String method, String status, String providerReference,
                              MoneyView authorized, MoneyView captured, MoneyView refunded, String reasonCode,
                              String reasonMessage) {
    }
}
