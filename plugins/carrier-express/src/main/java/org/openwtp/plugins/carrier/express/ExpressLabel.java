package org.openwtp.plugins.carrier.express;

import java.time.Instant;
import java.util.List;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsDeclaration;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;

/** Renders the TEXT waybill label with the commercial invoice summary. */
final class ExpressLabel {

    private ExpressLabel() {
    }

    static String render(String waybill, String serviceName, Incoterm incoterm, Address from, Address to, List<Parcel> parcels,
                         Weight chargeable, Money charge, CustomsDeclaration invoice, String orderReference, Instant bookedAt) {
        StringBuilder s = new StringBuilder();
        String rule = "=".repeat(60) + "\n";
        s.append(rule);
        s.append("EXPRESS WAYBILL ").append(waybill).append("   ").append(serviceName).append('\n');
        s.append("*").append(waybill).append("*\n");
        s.append("Terms of trade: ").append(incoterm).append(incoterm == Incoterm.DDP ? " - duties and taxes billed to the sender"
                : " - duties and taxes payable by the recipient").append('\n');
        s.append(rule);
        address(s, "SHIPPER", from);
        address(s, "RECEIVER", to);
        s.append(rule);
        Weight actual = Weight.ofGrams(parcels.stream().mapToLong(p -> p.actualWeight().grams()).sum());
        s.append("Pieces: ").append(parcels.size()).append("   Actual weight: ").append(actual).append("   Chargeable weight: ").append(chargeable)
                .append("   Charge: ").append(charge).append('\n');
        s.append("COMMERCIAL INVOICE   Reason for export: ").append(invoice.category()).append('\n');
        for (CustomsItem item : invoice.items()) {
            s.append("  ").append(item.quantity()).append(" x ").append(item.description()).append(" | HS ").append(item.hsCode())
                    .append(" | origin ").append(item.origin()).append(" | unit ").append(item.unitValue()).append(" | total ")
                    .append(item.totalValue()).append('\n');
        }
        s.append("Invoice total: ").append(invoice.totalValue()).append("   Net weight: ").append(invoice.totalWeight()).append('\n');
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
