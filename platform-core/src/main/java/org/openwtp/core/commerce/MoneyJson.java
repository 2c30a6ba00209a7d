package org.openwtp.core.commerce;

import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;

/**
 * Money in the API: a decimal string in major units (never a JSON number, so no binary rounding) and an
 * ISO 4217 code, e.g. {@code {"amount": "12.50", "currency": "EUR"}}.
 *
 * @param amount   decimal major units with at most the currency's decimals
 * @param currency ISO 4217 code
 */
public record MoneyJson(String amount, String currency) {

    /**
     * The API form of money.
     *
     * @param money the money
     * @return its JSON form
     */
    public static MoneyJson of(Money money) {
        return money == null ? null : new MoneyJson(money.amount().toPlainString(), money.currency().code());
    }

    /**
     * The money this stands for.
     *
     * @return the money
     * @throws IllegalArgumentException naming what is wrong
     * @throws NullPointerException     when a part is missing
     */
    public Money toMoney() {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("money needs both 'amount' (a decimal string such as \"12.50\") and 'currency' (ISO 4217)");
        }
        return Money.of(new java.math.BigDecimal(checkDecimal(amount)), CurrencyCode.of(currency));
    }

    private static String checkDecimal(String text) {
        if (!text.matches("-?[0-9]{1,15}(\\.[0-9]{1,3})?")) {
            throw new IllegalArgumentException("amount '" + (text.length() > 20 ? text.substring(0, 20) + "..." : text)
                    + "' is not accepted: use a decimal string such as \"12.50\"");
        }
        return text;
    }
}
