package org.openwtp.plugins.escrow;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openwtp.plugins.support.payment.FormBody;
import org.openwtp.sdk.Reason;

/**
 * Signs and verifies the escrow's webhooks, for the plugin itself, for tests and for the core's sandbox
 * tools that play the escrow agent.
 *
 * <p>A webhook is an HTTP POST whose body is one event in {@code application/x-www-form-urlencoded} form
 * (see {@link #notificationBody}) and whose header {@value #SIGNATURE_HEADER} reads {@code t=<unix seconds>,v1=<hex>}.
 * {@code v1} is the lower-case hex HMAC-SHA256, keyed with the tenant's {@code webhookSecret} (UTF-8),
 * of the ASCII timestamp, a {@code .} and the raw body bytes (the scheme Stripe documents). Several
 * {@code v1} entries may be given, e.g. while a secret is being rotated; one matching suffices. The
 * receiver refuses a timestamp further than its tolerance from its clock, so a captured webhook cannot
 * be replayed later, and compares signatures in constant time. Stateless and thread-safe.
 */
public final class EscrowWebhookSigner {

    /** The signature header. */
    public static final String SIGNATURE_HEADER = "X-Escrow-Signature";

    private static final int MAX_SIGNATURES = 8;

    private EscrowWebhookSigner() {
    }

    /**
     * The signature header value for a body.
     *
     * @param secret    the tenant's {@code webhookSecret}
     * @param body      the exact body bytes that will be sent
     * @param timestamp the signing time
     * @return e.g. {@code t=1767225600,v1=5257a8...}
     */
    public static String signatureHeader(String secret, byte[] body, Instant timestamp) {
        Objects.requireNonNull(secret, "secret must not be null");
        Objects.requireNonNull(body, "body must not be null");
        long t = timestamp.getEpochSecond();
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(hmac(secret, t, body));
    }

    /**
     * The body of a notification that a payment changed: {@code reference=<provider reference>}, in
     * {@code application/x-www-form-urlencoded} form. The escrow answers it with the payment's events
     * as its own ledger records them, so a notification can never assert an outcome by itself.
     *
     * @param reference the provider reference
     * @return the body bytes (UTF-8)
     */
    public static byte[] notificationBody(String reference) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reference", Objects.requireNonNull(reference, "reference must not be null"));
        return FormBody.write(fields).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Verifies a signature header against a body.
     *
     * @param secret    the tenant's {@code webhookSecret}
     * @param header    the header value, or null if the header was missing
     * @param body      the raw body
     * @param now       the receiver's time
     * @param tolerance how far the signed timestamp may be from {@code now}, either way
     * @return empty if authentic and fresh; otherwise why not ({@code MISSING_SIGNATURE},
     *         {@code MALFORMED_SIGNATURE}, {@code TIMESTAMP_OUTSIDE_TOLERANCE}, {@code INVALID_SIGNATURE})
     */
    public static Optional<Reason> verify(String secret, String header, byte[] body, Instant now, Duration tolerance) {
        if (header == null || header.isBlank()) {
            return Optional.of(Reason.of("MISSING_SIGNATURE", "the webhook has no " + SIGNATURE_HEADER + " header"));
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String p = part.strip();
            if (p.startsWith("t=") && timestamp == null && p.substring(2).matches("[0-9]{1,12}")) {
                timestamp = Long.parseLong(p.substring(2));
            } else if (p.startsWith("v1=") && p.substring(3).matches("[0-9a-fA-F]{64}") && signatures.size() < MAX_SIGNATURES) {
                signatures.add(HexFormat.of().parseHex(p.substring(3).toLowerCase()));
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            return Optional.of(Reason.of("MALFORMED_SIGNATURE", SIGNATURE_HEADER + " must read t=<unix seconds>,v1=<64 hex digits>"));
        }
        long age = Math.abs(now.getEpochSecond() - timestamp);
        if (age > tolerance.toSeconds()) {
            return Optional.of(Reason.of("TIMESTAMP_OUTSIDE_TOLERANCE", "the webhook was signed " + age
                    + " s away from now, more than the tolerance of " + tolerance.toSeconds() + " s; a replay is refused"));
        }
        byte[] expected = hmac(secret, timestamp, body);
        boolean match = false;
        for (byte[] candidate : signatures) {
            match |= MessageDigest.isEqual(expected, candidate);
        }
        return match ? Optional.empty()
                : Optional.of(Reason.of("INVALID_SIGNATURE", "the webhook signature does not match its body and the configured webhookSecret"));
    }

    private static byte[] hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }
}
