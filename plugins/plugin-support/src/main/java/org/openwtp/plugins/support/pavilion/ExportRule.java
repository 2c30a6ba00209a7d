package org.openwtp.plugins.support.pavilion;

import java.util.List;
import java.util.Objects;

/**
 * One export-compliance rule: goods whose HS code starts with {@code prefix} are allowed, blocked, or
 * need the listed certificates.
 *
 * @param prefix       2 to 10 digits of an HS code
 * @param action       what the rule decides
 * @param certificates the certificates needed, for {@link Action#NEEDS_CERTIFICATE}; otherwise empty
 * @param note         why, shown to the seller; may be empty
 */
public record ExportRule(String prefix, Action action, List<String> certificates, String note) {

    /** What a rule decides. */
    public enum Action {
        /** Allowed (used to carve an exception out of a shorter blocked prefix). */
        ALLOWED,
        /** May not be exported through the pavilion. */
        BLOCKED,
        /** Needs the rule's certificates. */
        NEEDS_CERTIFICATE
    }

    /** Validates the rule. */
    public ExportRule {
        Objects.requireNonNull(prefix, "prefix must not be null");
        if (!prefix.matches("[0-9]{2,10}")) {
            throw new IllegalArgumentException("HS prefix '" + prefix + "' must be 2 to 10 digits");
        }
        Objects.requireNonNull(action, "action must not be null");
        certificates = List.copyOf(certificates);
        Objects.requireNonNull(note, "note must not be null");
        if (action == Action.NEEDS_CERTIFICATE && certificates.isEmpty()) {
            throw new IllegalArgumentException("rule " + prefix + " needs certificates but names none");
        }
        if (action != Action.NEEDS_CERTIFICATE && !certificates.isEmpty()) {
            throw new IllegalArgumentException("rule " + prefix + " is " + action + " and cannot name certificates");
        }
    }
}
