package org.openwtp.testkit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openwtp.sdk.webhook.InboundWebhook;

/**
 * Builds inbound webhooks for tests: signed ones, and the tampered and badly signed variants a
 * plugin must reject.
 */
public final class TestWebhooks {
    private TestWebhooks() {
    }

    /**
     * A webhook as the core would receive it.
     *
     * @param headers    header names to single values
     * @param body       the body, encoded as UTF-8
     * @param receivedAt when it arrived
     * @return the webhook
     */
    public static InboundWebhook webhook(Map<String, String> headers, String body, Instant receivedAt) {
        Objects.requireNonNull(headers, "headers must not be null");
        Map<String, List<String>> multi = new LinkedHashMap<>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return new InboundWebhook(multi, body.getBytes(StandardCharsets.UTF_8), receivedAt);
    }

    /**
     * The lower-case hex HMAC-SHA256 of a body, the signature most providers send.
     *
     * @param secret the shared secret
     * @param body   the exact body bytes
     * @return 64 hex characters
     */
    public static String hmacSha256Hex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    /**
     * The same webhook with its body changed after signing: the last digit is changed (an amount or id
     * tampered with), or, in a body without digits, a space is appended.
     *
     * @param webhook a validly signed webhook
     * @return the tampered webhook, with the original headers and signature
     */
    public static InboundWebhook withTamperedBody(InboundWebhook webhook) {
        byte[] body = webhook.body();
        for (int i = body.length - 1; i >= 0; i--) {
            if (body[i] >= '0' && body[i] <= '9') {
                body[i] = (byte) (body[i] == '9' ? '1' : body[i] + 1);
                return new InboundWebhook(webhook.headers(), body, webhook.receivedAt());
            }
        }
        byte[] longer = new byte[body.length + 1];
        System.arraycopy(body, 0, longer, 0, body.length);
        longer[body.length] = ' ';
        return new InboundWebhook(webhook.headers(), longer, webhook.receivedAt());
    }

    /**
     * The same webhook with a corrupted signature: the last character of every header whose name
     * contains {@code signature} is changed.
     *
     * @param webhook a validly signed webhook
     * @return the webhook with a bad signature, or empty if it has no header named like a signature
     */
    public static Optional<InboundWebhook> withCorruptedSignature(InboundWebhook webhook) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        boolean corrupted = false;
        for (Map.Entry<String, List<String>> e : webhook.headers().entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).contains("signature")) {
                headers.put(e.getKey(), e.getValue().stream().map(TestWebhooks::corrupt).toList());
                corrupted = true;
            } else {
                headers.put(e.getKey(), e.getValue());
            }
        }
        return corrupted ? Optional.of(new InboundWebhook(headers, webhook.body(), webhook.receivedAt())) : Optional.empty();
    }

    private static String corrupt(String value) {
        if (value.isEmpty()) {
            return "0";
        }
        char last = value.charAt(value.length() - 1);
        char replacement = last == '0' ? '1' : '0';
        return value.substring(0, value.length() - 1) + replacement;
    }
}
