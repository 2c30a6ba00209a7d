package org.openwtp.core.commerce.quote;

/** When the buyer pays the import charges of a quote option. */
public enum ImportChargesPaid {
    /** With the order: DDP whose price does not include them, or a pavilion that has the platform withhold them. */
    AT_CHECKOUT,
    /** To customs or the carrier when the goods arrive (DAP). */
    ON_DELIVERY,
    /** Already in the carrier's DDP price; nothing is added. */
    IN_SHIPPING_PRICE
}
