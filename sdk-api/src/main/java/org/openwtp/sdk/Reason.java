package org.openwtp.sdk;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A machine-readable reason for a business outcome (a rejected seller, a blocked listing, a declined
 * card, a parcel a carrier cannot take), with a human-readable message.
 *
 * @param code    stable upper-case code such as {@code INVALID_CHECK_DIGIT}: letters, digits and underscores
 * @param message what happened and, where possible, what would be accepted
 */
public record Reason(String code, String message) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    /**
     * Validates the code and message.
     *
     * @param code    stable upper-case code such as {@code INVALID_CHECK_DIGIT}: letters, digits and underscores
     * @param message what happened and, where possible, what would be accepted
     */
    public Reason {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("reason code '" + code
                    + "' is not accepted: use 2 to 64 upper-case letters, digits or underscores, starting with a letter");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("reason message must not be blank");
        }
    }

    /**
     * Creates a reason.
     *
     * @param code    the machine-readable code
     * @param message the human-readable message
     * @return the reason
     */
    public static Reason of(String code, String message) {
        return new Reason(code, message);
    }
}
