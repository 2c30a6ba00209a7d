package org.openwtp.plugins.support.carrier;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.openwtp.sdk.carrier.Label;
import org.openwtp.sdk.carrier.ShipmentResult;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingInfo;
import org.openwtp.sdk.carrier.TrackingStatus;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsDeclaration;
import org.openwtp.sdk.trade.CustomsForm;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.ShipmentCategory;
import org.openwtp.sdk.trade.Weight;

/**
 * Everything the plugin keeps about one booked shipment: the booking as returned to the core (so a
 * repeated call with the same idempotency key returns it unchanged) and the tracking history.
 * Stored as {@link KeyValueText} under {@code shipment/<trackingNumber>}.
 *
 * @param trackingNumber  the tracking number
 * @param orderReference  the core's order id
 * @param serviceCode     the booked service
 * @param bookedAt        when it was booked
 * @param transitDaysMax  the slowest transit quoted, for the sandbox schedule
 * @param charge          what the carrier charged
 * @param fingerprint     a digest of the booking request, to refuse a reused idempotency key
 * @param labelText       the TEXT label
 * @param declaration     the customs declaration
 * @param status          the latest status
 * @param furthest        the furthest main-line status reached
 * @param events          the history, oldest first
 */
public record ShipmentRecord(String trackingNumber, String orderReference, String serviceCode, Instant bookedAt, int transitDaysMax,
                      Money charge, String fingerprint, String labelText, CustomsDeclaration declaration,
                      TrackingStatus status, TrackingStatus furthest, List<TrackingEvent> events) {

    public ShipmentRecord {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(bookedAt, "bookedAt");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(labelText, "labelText");
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(furthest, "furthest");
        events = List.copyOf(events);
    }

    /**
     * A freshly booked shipment with its LABEL_CREATED event.
     */
    public static ShipmentRecord booked(String trackingNumber, String orderReference, String serviceCode, Instant bookedAt,
                                 int transitDaysMax, Money charge, String fingerprint, String labelText,
                                 CustomsDeclaration declaration, String location) {
        TrackingEvent created = new TrackingEvent(trackingNumber, TrackingStatus.LABEL_CREATED, bookedAt, location,
                "Shipment information received, label created");
        return new ShipmentRecord(trackingNumber, orderReference, serviceCode, bookedAt, transitDaysMax, charge, fingerprint,
                labelText, declaration, TrackingStatus.LABEL_CREATED, TrackingStatus.LABEL_CREATED, List.of(created));
    }

    /**
     * This shipment after an event, if the forward-only rule accepts it.
     *
     * @param event the event
     * @return the new record, or this one unchanged if the event is ignored
     */
    public ShipmentRecord apply(TrackingEvent event) {
        if (!TrackingProgression.accepts(status, furthest, event.status())) {
            return this;
        }
        List<TrackingEvent> history = new ArrayList<>(events);
        history.add(event);
        return new ShipmentRecord(trackingNumber, orderReference, serviceCode, bookedAt, transitDaysMax, charge, fingerprint,
                labelText, declaration, event.status(), TrackingProgression.furthestAfter(furthest, event.status()), history);
    }

    /** The booking as the SDK returns it. */
    public ShipmentResult toResult() {
        return ShipmentResult.booked(trackingNumber, new Label("TEXT", labelText.getBytes(StandardCharsets.UTF_8)), declaration, charge);
    }

    /** The history as the SDK returns it. */
    TrackingInfo toTracking() {
        return new TrackingInfo(trackingNumber, status, events);
    }

    /** Serialises the record. */
    public String toText() {
        Map<String, String> m = new TreeMap<>();
        m.put("format", "1");
        m.put("trackingNumber", trackingNumber);
        m.put("orderReference", orderReference);
        m.put("service", serviceCode);
        m.put("bookedAt", bookedAt.toString());
        m.put("transitDaysMax", Integer.toString(transitDaysMax));
        m.put("charge", money(charge));
        m.put("fingerprint", fingerprint);
        m.put("label", labelText);
        m.put("declaration.form", declaration.form().name());
        m.put("declaration.category", declaration.category().name());
        m.put("declaration.items", Integer.toString(declaration.items().size()));
        for (int i = 0; i < declaration.items().size(); i++) {
            CustomsItem item = declaration.items().get(i);
            String p = "item." + i + ".";
            m.put(p + "description", item.description());
            m.put(p + "hs", item.hsCode().digits());
            m.put(p + "origin", item.origin().code());
            m.put(p + "quantity", Integer.toString(item.quantity()));
            m.put(p + "unitValue", money(item.unitValue()));
            m.put(p + "unitWeightGrams", Long.toString(item.unitWeight().grams()));
        }
        m.put("status", status.name());
        m.put("furthest", furthest.name());
        m.put("events", Integer.toString(events.size()));
        for (int i = 0; i < events.size(); i++) {
            TrackingEvent e = events.get(i);
            String p = "event." + i + ".";
            m.put(p + "status", e.status().name());
            m.put(p + "at", e.occurredAt().toString());
            m.put(p + "location", e.location());
            m.put(p + "description", e.description());
        }
        return KeyValueText.write(m);
    }

    /** Reads a record written by {@link #toText()}. */
    public static ShipmentRecord fromText(String text) {
        Map<String, String> m = KeyValueText.read(text);
        String tn = get(m, "trackingNumber");
        int itemCount = Integer.parseInt(get(m, "declaration.items"));
        List<CustomsItem> items = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            String p = "item." + i + ".";
            items.add(new CustomsItem(get(m, p + "description"), new HsCode(get(m, p + "hs")), CountryCode.of(get(m, p + "origin")),
                    Integer.parseInt(get(m, p + "quantity")), parseMoney(get(m, p + "unitValue")),
                    Weight.ofGrams(Long.parseLong(get(m, p + "unitWeightGrams")))));
        }
        CustomsDeclaration declaration = CustomsDeclaration.of(CustomsForm.valueOf(get(m, "declaration.form")),
                ShipmentCategory.valueOf(get(m, "declaration.category")), items);
        int eventCount = Integer.parseInt(get(m, "events"));
        List<TrackingEvent> events = new ArrayList<>();
        for (int i = 0; i < eventCount; i++) {
            String p = "event." + i + ".";
            events.add(new TrackingEvent(tn, TrackingStatus.valueOf(get(m, p + "status")), Instant.parse(get(m, p + "at")),
                    get(m, p + "location"), get(m, p + "description")));
        }
        return new ShipmentRecord(tn, get(m, "orderReference"), get(m, "service"), Instant.parse(get(m, "bookedAt")),
                Integer.parseInt(get(m, "transitDaysMax")), parseMoney(get(m, "charge")), get(m, "fingerprint"), get(m, "label"),
                declaration, TrackingStatus.valueOf(get(m, "status")), TrackingStatus.valueOf(get(m, "furthest")), events);
    }

    private static String money(Money money) {
        return money.minorUnits() + " " + money.currency().code();
    }

    private static Money parseMoney(String text) {
        String[] parts = text.split(" ");
        if (parts.length != 2) {
            throw new IllegalArgumentException("money '" + text + "' is not '<minor units> <currency>'");
        }
        return Money.ofMinor(Long.parseLong(parts[0]), parts[1]);
    }

    private static String get(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("shipment record has no '" + key + "'");
        }
        return v;
    }
}
