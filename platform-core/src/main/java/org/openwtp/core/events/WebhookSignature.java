package org.openwtp.core.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of the webhooks the core sends to tenants, in header {@value #HEADER}:
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + raw body)>}. Receivers recompute the HMAC over
 * the exact bytes received, compare in constant time and refuse timestamps too far from their clock.
 * Stateless and thread-safe.
 */
public final class WebhookSignature {

    /** The header carrying the signature. */
    public static final String HEADER = "X-OpenWTP-Signature";

    private WebhookSignature() {
    }

    /**
     * Signs a body.
     *
     * @param secret the subscription's secret
     * @param body   the exact bytes sent
     * @param at     the signing time
     * @return the header value
     */
    public static String header(String secret, byte[] body, Instant at) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + hmac(secret, t, body);
    }

    /**
     * Verifies a header, as a receiver would.
     *
     * @param secret    the subscription's secret
     * @param body      the exact bytes received
     * @param header    the header value
     * @param now       the receiver's time
     * @param tolerance how far the timestamp may be from {@code now}
     * @return true if a {@code v1} entry matches and the timestamp is within tolerance
     */
    public static boolean verify(String secret, byte[] body, String header, Instant now, Duration tolerance) {
        if (header == null) {
            return false;
        }
        Long t = null;
        java.util.List<String> signatures = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                return false;
            }
            if (kv[0].equals("t")) {
                try {
                    t = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (kv[0].equals("v1")) {
                signatures.add(kv[1]);
            }
        }
        if (t == null || signatures.isEmpty()
                || Math.abs(now.getEpochSecond() - t) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, t, body).getBytes(StandardCharsets.US_ASCII);
        boolean match = false;
        for (String s : signatures) {
            match |= MessageDigest.isEqual(expected, s.getBytes(StandardCharsets.US_ASCII));
        }
        return match;
    }

    private static String hmac(String secret, long t, byte[] body) {
        Objects.requireNonNull(secret, "secret must not be null");
        Objects.requireNonNull(body, "body must not be null");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
