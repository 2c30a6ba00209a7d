package org.openwtp.core.config;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A configuration value that must never be printed: {@link #toString()} masks it, so a secret that
 * slips into a log line or an exception message shows up as {@value #MASK}. Immutable and thread-safe.
 */
public final class Secret {

    /** What a secret looks like wherever it is printed. */
    public static final String MASK = "******";

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "secret value must not be null");
    }

    /**
     * Wraps a secret value.
     *
     * @param value the clear value
     * @return the secret
     */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /**
     * The clear value. Call it only where the value is used, never to print it.
     *
     * @return the clear value
     */
    public String reveal() {
        return value;
    }

    /**
     * Compares with a candidate in time that does not depend on where they differ.
     *
     * @param candidate what a client presented, may be null
     * @return whether it equals this secret
     */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        // compare digests, so the time taken depends neither on where nor on whether the lengths differ
        return MessageDigest.isEqual(sha256(value), sha256(candidate));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0; // deliberately constant: a hash would leak information about the value
    }

    @Override
    public String toString() {
        return MASK;
    }
}
