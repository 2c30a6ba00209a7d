package org.openwtp.plugins.support.pavilion;

import java.util.ArrayList;
import java.util.List;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.pavilion.ListingCheck;
import org.openwtp.sdk.pavilion.ListingRequest;

/**
 * Turns the export rule for a listing's HS code into a listing decision: allowed, blocked, or needing the
 * certificates the seller has not attached yet. Immutable and thread-safe.
 */
public final class ExportListingRules {

    private final ExportRuleTable table;

    /**
     * Rules from a table.
     *
     * @param table the export-compliance table
     */
    public ExportListingRules(ExportRuleTable table) {
        this.table = table;
    }

    /**
     * Checks a listing.
     *
     * @param listing the product
     * @return the decision
     */
    public ListingCheck check(ListingRequest listing) {
        return table.ruleFor(listing.hsCode()).map(rule -> switch (rule.action()) {
            case ALLOWED -> ListingCheck.allowed();
            case BLOCKED -> ListingCheck.blocked(List.of(Reason.of("EXPORT_BLOCKED", "HS " + listing.hsCode()
                    + " (rule " + rule.prefix() + ") may not be exported through the pavilion"
                    + (rule.note().isEmpty() ? "" : ": " + rule.note()))));
            case NEEDS_CERTIFICATE -> {
                List<String> missing = new ArrayList<>();
                for (String certificate : rule.certificates()) {
                    if (listing.certificates().stream().noneMatch(c -> c.equalsIgnoreCase(certificate))) {
                        missing.add(certificate);
                    }
                }
                yield missing.isEmpty() ? ListingCheck.allowed() : ListingCheck.needsCertificate(missing, List.of(Reason.of(
                        "CERTIFICATE_REQUIRED", "HS " + listing.hsCode() + " (rule " + rule.prefix() + ") needs " + String.join(", ", missing)
                                + (rule.note().isEmpty() ? "" : ": " + rule.note()))));
            }
        }).orElseGet(ListingCheck::allowed);
    }
}
