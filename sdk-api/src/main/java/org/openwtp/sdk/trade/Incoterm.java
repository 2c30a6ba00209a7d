package org.openwtp.sdk.trade;

/** Who pays import duties and taxes at destination (Incoterms 2020). */
public enum Incoterm {
    /** Delivered At Place: the buyer pays duties and taxes on arrival. */
    DAP,
    /** Delivered Duty Paid: the seller (through the carrier) pays them; the buyer pays nothing more. */
    DDP
}
