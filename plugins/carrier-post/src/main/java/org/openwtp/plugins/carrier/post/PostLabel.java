package org.openwtp.plugins.carrier.post;

import java.time.Instant;
import java.util.List;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsDeclaration;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;

/** Renders the TEXT label: service, S10 number, addresses, weight and the customs declaration summary. */
final class PostLabel {

    private PostLabel() {
    }

    static String render(String trackingNumber, PostService service, Address from, Address to, List<Parcel> parcels,
                         Weight charged, Money charge, CustomsDeclaration declaration, String orderReference, Instant bookedAt) {
        StringBuilder s = new StringBuilder();
        String rule = "=".repeat(60) + "\n";
        s.append(rule);
        s.append("POST ").append(from.country()).append(" - ").append(service.displayName().toUpperCase(java.util.Locale.ROOT))
                .append(" (").append(service.name()).append(")\n");
        s.append("Tracking number: ").append(trackingNumber).append('\n');
        s.append("*").append(trackingNumber).append("*\n");
        s.append(rule);
        address(s, "FROM", from);
        address(s, "TO", to);
        s.append(rule);
        Weight actual = Weight.ofGrams(parcels.stream().mapToLong(p -> p.actualWeight().grams()).sum());
        s.append("Items: ").append(parcels.size()).append("   Actual weight: ").append(actual)
                .append("   Charged weight: ").append(charged).append("   Postage: ").append(charge).append('\n');
        s.append("CUSTOMS DECLARATION ").append(declaration.form()).append("   Category: ").append(declaration.category()).append('\n');
        for (CustomsItem item : declaration.items()) {
            s.append("  ").append(item.quantity()).append(" x ").append(item.description())
                    .append(" | HS ").append(item.hsCode()).append(" | origin ").append(item.origin())
                    .append(" | ").append(item.totalWeight()).append(" | ").append(item.totalValue()).append('\n');
        }
        s.append("Total value: ").append(declaration.totalValue()).append("   Total net weight: ").append(declaration.totalWeight()).append('\n');
        s.append(rule);
        s.append("Order: ").append(orderReference).append("   Booked: ").append(bookedAt).append('\n');
        return s.toString();
    }

    private static void address(StringBuilder s, String title, Address a) {
        s.append(title).append(": ").append(a.name()).append('\n');
        for (String line : a.lines()) {
            s.append("      ").append(line).append('\n');
        }
        s.append("      ").append(a.postalCode().isEmpty() ? "" : a.postalCode() + " ").append(a.city())
                .append(a.region().isEmpty() ? "" : ", " + a.region()).append('\n');
        s.append("      ").append(a.country()).append('\n');
        if (!a.phone().isEmpty()) {
            s.append("      Tel. ").append(a.phone()).append('\n');
        }
    }
}
