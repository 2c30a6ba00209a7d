package org.openwtp.sdk.trade;

/** Why goods cross the border, as the CN22/CN23 boxes ask. */
public enum ShipmentCategory {
    /** Goods sold to the buyer. */
    SALE_OF_GOODS,
    /** A gift. */
    GIFT,
    /** Commercial sample. */
    COMMERCIAL_SAMPLE,
    /** Documents only. */
    DOCUMENTS,
    /** Goods returned. */
    RETURNED_GOODS,
    /** Anything else. */
    OTHER
}
