package org.openwtp.plugins.support.carrier;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.webhook.InboundWebhook;

/**
 * Signs tracking webhooks the way the bundled carriers' sandboxes send them, so tests and the core's end-to-end
 * run can push tracking events ({@code PICKED_UP}, {@code IN_TRANSIT}, {@code CUSTOMS}, {@code DELIVERED}...)
 * into the plugin.
 *
 * <p>The wire format (see {@code docs/plugins/carrier-post.md} and {@code carrier-express.md}):
 * <ul>
 *   <li>body: UTF-8 text, one {@code key=value} per line with keys {@code trackingNumber}, {@code status}
 *       (a {@link org.openwtp.sdk.carrier.TrackingStatus} name), {@code occurredAt} (ISO-8601 instant),
 *       {@code location}, {@code description}; {@code \n}, {@code \r} and {@code \\} escaped in values;</li>
 *   <li>header {@value #SIGNATURE_HEADER}: {@code t=<unix seconds>,v1=<hex>} where {@code <hex>} is the
 *       lower-case hex HMAC-SHA256, keyed with the tenant's {@code webhookSecret} (UTF-8), of the ASCII
 *       timestamp, a {@code .} and the raw body bytes.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TrackingWebhookSigner {

    /** The signature header. */
    public static final String SIGNATURE_HEADER = "X-Tracking-Signature";

    private final byte[] secret;

    /**
     * A signer for a secret.
     *
     * @param secret the tenant's {@code webhookSecret}
     */
    public TrackingWebhookSigner(String secret) {
        Objects.requireNonNull(secret, "secret must not be null");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("secret must not be empty");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The body reporting one event.
     *
     * @param event the event
     * @return the UTF-8 body
     */
    public static byte[] body(TrackingEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        Map<String, String> m = new TreeMap<>();
        m.put("trackingNumber", event.trackingNumber());
        m.put("status", event.status().name());
        m.put("occurredAt", event.occurredAt().toString());
        m.put("location", event.location());
        m.put("description", event.description());
        return KeyValueText.write(m).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The value of the {@value #SIGNATURE_HEADER} header for a body sent at a time.
     *
     * @param body   the exact body bytes
     * @param sentAt the time to sign, truncated to seconds
     * @return {@code t=<unix seconds>,v1=<hex>}
     */
    public String signature(byte[] body, Instant sentAt) {
        long t = sentAt.getEpochSecond();
        return "t=" + t + ",v1=" + hmacHex(secret, t, body);
    }

    /**
     * A signed webhook as the core would hand it to the plugin.
     *
     * @param event  the event to report
     * @param sentAt when the carrier sends it (and when the core receives it)
     * @return the inbound webhook
     */
    public InboundWebhook webhook(TrackingEvent event, Instant sentAt) {
        byte[] body = body(event);
        return new InboundWebhook(Map.of(SIGNATURE_HEADER, List.of(signature(body, sentAt)),
                "Content-Type", List.of("text/plain; charset=utf-8")), body, sentAt);
    }

    static String hmacHex(byte[] secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
