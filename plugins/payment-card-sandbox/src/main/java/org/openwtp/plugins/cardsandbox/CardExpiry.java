package org.openwtp.plugins.cardsandbox;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A card's expiry date as printed, {@code MM/YY}. A card is valid through the last day of its expiry
 * month (as card schemes define it) and expired from the first day of the next month, judged in UTC.
 *
 * @param month the expiry month, year 2000 to 2099
 */
public record CardExpiry(YearMonth month) {

    /** Validates that a month is given. */
    public CardExpiry {
        if (month == null) {
            throw new IllegalArgumentException("expiry month must not be null");
        }
    }

    /**
     * Parses {@code MM/YY} (two-digit month 01 to 12, two-digit year meaning 20YY).
     *
     * @param text e.g. {@code 12/29}
     * @return the expiry, or empty if malformed
     */
    public static Optional<CardExpiry> parse(String text) {
        if (text == null || !text.strip().matches("(0[1-9]|1[0-2])/[0-9]{2}")) {
            return Optional.empty();
        }
        String s = text.strip();
        int month = Integer.parseInt(s.substring(0, 2));
        int year = 2000 + Integer.parseInt(s.substring(3, 5));
        return Optional.of(new CardExpiry(YearMonth.of(year, month)));
    }

    /**
     * Whether the card has expired at an instant.
     *
     * @param now the instant, read from the call's clock
     * @return true from the first moment (UTC) of the month after the expiry month
     */
    public boolean isExpiredAt(Instant now) {
        Instant firstInvalid = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return !now.isBefore(firstInvalid);
    }
}
