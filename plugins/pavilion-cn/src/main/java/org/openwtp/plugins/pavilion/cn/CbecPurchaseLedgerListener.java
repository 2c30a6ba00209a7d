package org.openwtp.plugins.pavilion.cn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.events.OrderEventListener;
import org.openwtp.sdk.money.Money;
import org.pf4j.Extension;

/**
 * Keeps each buyer's yearly cross-border e-commerce purchases up to date from order events, for the
 * RMB 26,000 annual limit {@link ChinesePavilion#assessImport} checks.
 *
 * <p>It reads these event attributes: {@code buyerId}; {@code total} and {@code currency} (the order's
 * value); for refunds {@code refundAmount} if present, else the whole order; and, if present,
 * {@code destinationCountry}: orders to anywhere but CN are skipped. Only orders valued in CNY count
 * (the core values imports into China in CNY); others are skipped. Paid orders count in the calendar
 * year of payment, China time.
 *
 * <p>Stateless apart from the context's store; thread-safe.
 */
@Extension
public final class CbecPurchaseLedgerListener implements OrderEventListener {

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
                ledger.recordPaid(event.orderId(), buyerId, year, Money.of(attributes.get("total"), "CNY"));
            }
            case "order.refunded" -> {
                String amount = attributes.getOrDefault("refundAmount", attributes.get("total"));
                if (amount == null || !attributes.getOrDefault("currency", "").equals("CNY")) {
                    return;
                }
                ledger.recordRefund(event.orderId(), event.eventId(), Money.of(amount, "CNY"));
            }
            case "order.cancelled" -> ledger.recordCancelled(event.orderId());
            default -> {
                // not subscribed
            }
        }
    }
}
