package org.openwtp.core.commerce;

import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;

/**
 * An amount as the API shows it: the decimal text, the currency and the integer minor units.
 *
 * @param amount     e.g. {@code "12.50"}
 * @param currency   ISO 4217 code
 * @param minorUnits e.g. {@code 1250}
 */
public record MoneyView(String amount, String currency, long minorUnits) {

    /**
     * @param money an amount
     * @return its view
     */
    public static MoneyView of(Money money) {
        return new MoneyView(money.amount().toPlainString(), money.currency().code(), money.minorUnits());
    }

    /**
     * @param minor    minor units
     * @param currency ISO 4217 code
     * @return the view
     */
    public static MoneyView of(long minor, String currency) {
        return of(new Money(minor, CurrencyCode.of(currency)));
    }
}
