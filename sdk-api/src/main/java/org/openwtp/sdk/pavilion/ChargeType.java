package org.openwtp.sdk.pavilion;

/** The kinds of charge levied on imports. */
public enum ChargeType {
    /** Customs duty. */
    DUTY,
    /** Import VAT or GST. */
    IMPORT_VAT,
    /** Consumption tax or excise. */
    CONSUMPTION_TAX,
    /** A flat customs processing fee. */
    CUSTOMS_FEE,
    /** Anything else the country levies. */
    OTHER
}
