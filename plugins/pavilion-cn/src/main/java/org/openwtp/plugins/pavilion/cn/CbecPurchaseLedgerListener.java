package org.openwtp.plugins.pavilion.cn;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.events.OrderEventListener;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.pf4j.Extension;

/**
 * Keeps each buyer's yearly cross-border e-commerce purchases up to date from order events, for the
 * RMB 26,000 annual limit {@link ChinesePavilion#assessImport} checks.
 *
 * <p>It reads the attributes the core puts on every order event (docs/orders-and-payments.md), amounts in
 * minor units: {@code buyerId}; {@code total} and {@code currency}; {@code duties} and {@code taxes}, the
 * import charges collected with the order, which are not part of the transaction value the limit counts;
 * for refunds {@code amount} (this refund) if present, else the whole order; and, if present,
 * {@code destinationCountry}: orders to anywhere but CN are skipped. A refund reduces the year by its share
 * of the transaction value (a refund of everything by all of it). Only orders valued in CNY count (the core
 * values imports into China in CNY); others are skipped. Paid orders count in the calendar year of payment,
 * China time.
 *
 * <p>Stateless apart from the context's store; thread-safe.
 */
@Extension
public final class CbecPurchaseLedgerListener implements OrderEventListener {

    private static final CurrencyCode CNY = CurrencyCode.of("CNY");

    /** Creates the extension; PF4J calls it. */
    public CbecPurchaseLedgerListener() {
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("order.paid", "order.refunded", "order.cancelled");
    }

    @Override
    public List<ConfigField> configFields() {
        return List.of();
    }

    @Override
    public void onOrderEvent(OrderEvent event, PluginContext context) {
        Map<String, String> attributes = event.attributes();
        String destination = attributes.getOrDefault("destinationCountry", "CN");
        if (!destination.equals("CN")) {
            return;
        }
        CbecAnnualLedger ledger = new CbecAnnualLedger(context.store());
        switch (event.type()) {
            case "order.paid" -> {
                String buyerId = attributes.getOrDefault("buyerId", "");
                String currency = attributes.getOrDefault("currency", "");
                if (buyerId.isEmpty() || !currency.equals("CNY") || !attributes.containsKey("total")) {
                    return;
                }
                int year = LocalDate.ofInstant(event.occurredAt(), ChinesePavilion.CHINA).getYear();
                ledger.recordPaid(event.orderId(), buyerId, year, cny(transactionValue(attributes)));
            }
            case "order.refunded" -> {
                if (!attributes.containsKey("total") || !attributes.getOrDefault("currency", "").equals("CNY")) {
                    return;
                }
                long total = minor(attributes, "total");
                long refund = attributes.containsKey("amount") ? minor(attributes, "amount") : total;
                // the refund returns withheld taxes too: only its share of the transaction value leaves the year
                long share = total == 0 ? 0 : BigInteger.valueOf(refund).multiply(BigInteger.valueOf(transactionValue(attributes)))
                        .add(BigInteger.valueOf(total / 2)).divide(BigInteger.valueOf(total)).longValueExact();
                ledger.recordRefund(event.orderId(), event.eventId(), cny(share));
            }
            case "order.cancelled" -> ledger.recordCancelled(event.orderId());
            default -> {
                // not subscribed
            }
        }
    }

    /** Goods and shipping: the order's total without the duties and taxes collected with it. */
    private static long transactionValue(Map<String, String> attributes) {
        return Math.max(0, minor(attributes, "total") - minor(attributes, "duties") - minor(attributes, "taxes"));
    }

    /** An amount attribute in minor units; absent counts as zero. */
    private static long minor(Map<String, String> attributes, String name) {
        String value = attributes.getOrDefault(name, "0");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("order event attribute '" + name + "' must be a whole number of minor units, was '"
                    + value + "'", e);
        }
    }

    private static Money cny(long minorUnits) {
        return new Money(minorUnits, CNY);
    }
}
