package org.openwtp.plugins.support.carrier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingStatus;
import org.openwtp.sdk.webhook.InboundWebhook;

/**
 * Checks a tracking webhook's signature and freshness and reads its event. Stateless and thread-safe.
 */
final class TrackingWebhookVerifier {

    /** A verified event, or why the webhook is refused. */
    record Outcome(TrackingEvent event, Reason rejection) {
        private static Outcome ok(TrackingEvent event) {
            return new Outcome(event, null);
        }

        private static Outcome rejected(String code, String message) {
            return new Outcome(null, Reason.of(code, message));
        }
    }

    private TrackingWebhookVerifier() {
    }

    /**
     * Verifies a webhook.
     *
     * @param webhook   the raw request
     * @param secret    the tenant's webhook secret
     * @param tolerance how far the signed time may be from now, either way
     * @param now       the time from the call context's clock
     * @return the event or a rejection
     */
    static Outcome verify(InboundWebhook webhook, String secret, Duration tolerance, Instant now) {
        String header = webhook.header(TrackingWebhookSigner.SIGNATURE_HEADER).orElse(null);
        if (header == null) {
            return Outcome.rejected("MISSING_SIGNATURE", "the " + TrackingWebhookSigner.SIGNATURE_HEADER + " header is missing");
        }
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String p = part.trim();
            if (p.startsWith("t=")) {
                try {
                    timestamp = Long.parseLong(p.substring(2));
                } catch (NumberFormatException e) {
                    return Outcome.rejected("INVALID_SIGNATURE", "the signature timestamp is not a number of seconds");
                }
            } else if (p.startsWith("v1=")) {
                signatures.add(p.substring(3));
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            return Outcome.rejected("INVALID_SIGNATURE", "the signature header must be 't=<unix seconds>,v1=<hex HMAC-SHA256>'");
        }
        byte[] body = webhook.body();
        byte[] expected = TrackingWebhookSigner.hmacHex(secret.getBytes(StandardCharsets.UTF_8), timestamp, body)
                .getBytes(StandardCharsets.US_ASCII);
        boolean match = false;
        for (String candidate : signatures) {
            match |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
        }
        if (!match) {
            return Outcome.rejected("INVALID_SIGNATURE", "the signature does not match the body; check the webhook secret");
        }
        long skew = Math.abs(now.getEpochSecond() - timestamp);
        if (skew > tolerance.toSeconds()) {
            return Outcome.rejected("STALE_WEBHOOK", "the webhook was signed " + skew + " s away from now, outside the "
                    + tolerance.toSeconds() + " s replay window");
        }
        try {
            Map<String, String> m = KeyValueText.read(new String(body, StandardCharsets.UTF_8));
            String trackingNumber = required(m, "trackingNumber");
            TrackingStatus status = TrackingStatus.valueOf(required(m, "status"));
            Instant occurredAt = Instant.parse(required(m, "occurredAt"));
            return Outcome.ok(new TrackingEvent(trackingNumber, status, occurredAt, m.getOrDefault("location", ""),
                    m.getOrDefault("description", "")));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Outcome.rejected("MALFORMED_WEBHOOK", "the webhook body is not a tracking event: " + e.getMessage());
        }
    }

    private static String required(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return v;
    }
}
