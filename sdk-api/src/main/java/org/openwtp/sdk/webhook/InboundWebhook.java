package org.openwtp.sdk.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request a payment provider or carrier sent to the plugin's webhook endpoint, as received:
 * the body is untouched so the plugin can verify a signature over its exact bytes. Two webhooks are
 * equal when their headers, body bytes and receipt time are.
 *
 * @param headers    header names (lower case) to values; names differing only in case are merged
 * @param body       the raw body
 * @param receivedAt when the core received it
 */
public record InboundWebhook(Map<String, List<String>> headers, byte[] body, Instant receivedAt) {

    /**
     * Copies the headers with lower-case names (merging names that differ only in case) and the body.
     *
     * @param headers    header names (lower case) to values; names differing only in case are merged
     * @param body       the raw body
     * @param receivedAt when the core received it
     */
    public InboundWebhook {
        Objects.requireNonNull(headers, "headers must not be null");
        Objects.requireNonNull(body, "body must not be null");
        Objects.requireNonNull(receivedAt, "receivedAt must not be null");
        Map<String, List<String>> merged = new TreeMap<>();
        headers.forEach((name, values) -> {
            Objects.requireNonNull(name, "header name must not be null");
            Objects.requireNonNull(values, "values of header '" + name + "' must not be null");
            merged.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values);
        });
        Map<String, List<String>> copy = new TreeMap<>();
        merged.forEach((name, values) -> copy.put(name, List.copyOf(values)));
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
        Objects.requireNonNull(name, "header name must not be null");
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

    /** Compares headers, body bytes and receipt time. */
    @Override
    public boolean equals(Object o) {
        return o instanceof InboundWebhook other && headers.equals(other.headers) && Arrays.equals(body, other.body)
                && receivedAt.equals(other.receivedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, Arrays.hashCode(body), receivedAt);
    }

    /** Names the headers and the body's size; never prints values, which may carry signatures or secrets. */
    @Override
    public String toString() {
        return "InboundWebhook[headers=" + headers.keySet() + ", body=" + body.length + " bytes, receivedAt=" + receivedAt + "]";
    }
}
