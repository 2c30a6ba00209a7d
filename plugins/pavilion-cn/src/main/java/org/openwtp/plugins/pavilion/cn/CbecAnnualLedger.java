package org.openwtp.plugins.pavilion.cn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;

/**
 * Each buyer's cross-border e-commerce purchases per calendar year, kept in the tenant's key-value store
 * so the RMB 26,000 annual limit can be checked at the next quote.
 *
 * <p>Every write is idempotent, because order events arrive at least once: a paid order is stored under
 * its own key, each refund under the refunding event's key, and a cancellation as a marker. The year's
 * total is the sum over the buyer's orders of what was paid minus what was refunded (never below zero,
 * zero if cancelled). Buyer, order and event ids are hashed (SHA-256) into keys, which keeps keys short
 * and the raw buyer id out of the store.
 *
 * <p>Holds no state of its own; thread-safe as the store is.
 */
public final class CbecAnnualLedger {

    private static final CurrencyCode CNY = CurrencyCode.of("CNY");

    private final KeyValueStore store;

    /**
     * A ledger over a store.
     *
     * @param store the (tenant, plugin) store
     */
    public CbecAnnualLedger(KeyValueStore store) {
        this.store = Objects.requireNonNull(store, "store must not be null");
    }

    /**
     * Records a paid order.
     *
     * @param orderId the order
     * @param buyerId the buyer
     * @param year    the calendar year of the payment, China time
     * @param amount  the order's value in CNY
     */
    public void recordPaid(String orderId, String buyerId, int year, Money amount) {
        requireCny(amount);
        String order = hash(orderId);
        String buyer = hash(buyerId);
        store.putIfAbsent("order/" + order, year + "|" + buyer + "|" + amount.minorUnits());
        String recorded = store.get("order/" + order).orElseThrow();
        String[] parts = recorded.split("\\|");
        store.put(prefix(Integer.parseInt(parts[0]), parts[1]) + order + "/paid", parts[2]);
    }

    /**
     * Records a refund of part or all of an order; a refund of an order never paid is ignored.
     *
     * @param orderId the order
     * @param eventId the refund event, so a redelivered event counts once
     * @param amount  the refunded amount in CNY
     */
    public void recordRefund(String orderId, String eventId, Money amount) {
        requireCny(amount);
        String order = hash(orderId);
        store.get("order/" + order).ifPresent(recorded -> {
            String[] parts = recorded.split("\\|");
            store.put(prefix(Integer.parseInt(parts[0]), parts[1]) + order + "/refund/" + hash(eventId), Long.toString(amount.minorUnits()));
        });
    }

    /**
     * Records that an order was cancelled: it no longer counts.
     *
     * @param orderId the order
     */
    public void recordCancelled(String orderId) {
        String order = hash(orderId);
        store.get("order/" + order).ifPresent(recorded -> {
            String[] parts = recorded.split("\\|");
            store.put(prefix(Integer.parseInt(parts[0]), parts[1]) + order + "/cancelled", "1");
        });
    }

    /**
     * What a buyer has bought through CBEC in a year.
     *
     * @param buyerId the buyer
     * @param year    the calendar year
     * @return the net total in CNY
     */
    public Money total(String buyerId, int year) {
        Map<String, long[]> byOrder = new HashMap<>();
        String prefix = prefix(year, hash(buyerId));
        for (Map.Entry<String, String> entry : store.list(prefix).entrySet()) {
            String rest = entry.getKey().substring(prefix.length());
            int slash = rest.indexOf('/');
            String order = rest.substring(0, slash);
            String kind = rest.substring(slash + 1);
            long[] sums = byOrder.computeIfAbsent(order, k -> new long[3]);
            if (kind.equals("paid")) {
                sums[0] = Long.parseLong(entry.getValue());
            } else if (kind.startsWith("refund/")) {
                sums[1] += Long.parseLong(entry.getValue());
            } else if (kind.equals("cancelled")) {
                sums[2] = 1;
            }
        }
        long total = 0;
        for (long[] sums : byOrder.values()) {
            if (sums[2] == 0) {
                total += Math.max(0, sums[0] - sums[1]);
            }
        }
        return new Money(total, CNY);
    }

    private static String prefix(int year, String buyerHash) {
        return "cbec/" + year + "/" + buyerHash + "/";
    }

    private static void requireCny(Money amount) {
        if (!amount.currency().equals(CNY)) {
            throw new IllegalArgumentException("the CBEC ledger counts CNY, not " + amount.currency());
        }
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
