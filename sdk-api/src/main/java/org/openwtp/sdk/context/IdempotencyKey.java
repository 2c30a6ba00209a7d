package org.openwtp.sdk.context;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A caller-chosen key that makes a mutating call safe to repeat: the same key must produce the same
 * outcome, and never a second charge, refund or shipment.
 *
 * @param value 1 to 255 printable ASCII characters without spaces
 */
public record IdempotencyKey(String value) {

    private static final Pattern VALUE = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /**
     * Validates the key.
     *
     * @param value 1 to 255 printable ASCII characters without spaces
     */
    public IdempotencyKey {
        Objects.requireNonNull(value, "idempotency key must not be null");
        if (!VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("idempotency key is not accepted: use 1 to 255 printable ASCII characters without spaces");
        }
    }

    /**
     * Parses a key.
     *
     * @param value the key
     * @return the idempotency key
     */
    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    /**
     * A key derived from this one for a sub-step, e.g. {@code key.derive("capture-1")}.
     *
     * @param suffix what distinguishes the sub-step
     * @return a new key
     */
    public IdempotencyKey derive(String suffix) {
        return new IdempotencyKey(value + ":" + suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
