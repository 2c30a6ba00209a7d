package org.openwtp.sdk.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request a payment provider or carrier sent to the plugin's webhook endpoint, as received:
 * the body is untouched so the plugin can verify a signature over its exact bytes.
 *
 * @param headers    header names (lower case) to values
 * @param body       the raw body
 * @param receivedAt when the core received it
 */
public record InboundWebhook(Map<String, List<String>> headers, byte[] body, Instant receivedAt) {

    /** Copies the headers with lower-case names and the body. */
    public InboundWebhook {
        Objects.requireNonNull(headers, "headers must not be null");
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(receivedAt, "receivedAt must not be null");
        Map<String, List<String>> copy = new TreeMap<>();
        headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = Map.copyOf(copy);
        body = body.clone();
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return the value, or empty
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * A copy of the body.
     *
     * @return the raw bytes
     */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
