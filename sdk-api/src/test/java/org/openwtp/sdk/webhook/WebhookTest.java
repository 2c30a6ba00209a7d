package org.openwtp.sdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.Reason;

class WebhookTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void headersAreFoundWhateverTheirCase() {
        InboundWebhook webhook = new InboundWebhook(Map.of("X-Signature", List.of("sha256=abc", "sha256=def"), "Content-Type",
                List.of("application/json")), utf8("{}"), NOW);

        assertThat(webhook.header("x-signature")).contains("sha256=abc");
        assertThat(webhook.header("X-SIGNATURE")).contains("sha256=abc");
        assertThat(webhook.header("content-type")).contains("application/json");
        assertThat(webhook.headers()).containsOnlyKeys("x-signature", "content-type");
    }

    @Test
    void aMissingOrEmptyHeaderIsEmpty() {
        InboundWebhook webhook = new InboundWebhook(Map.of("X-Empty", List.of()), utf8(""), NOW);

        assertThat(webhook.header("x-missing")).isEmpty();
        assertThat(webhook.header("x-empty")).isEmpty();
    }

    @Test
    void headerNamesDifferingOnlyInCaseAreMergedNotLost() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Event", List.of("a"));
        headers.put("x-event", List.of("b"));

        InboundWebhook webhook = new InboundWebhook(headers, utf8(""), NOW);

        assertThat(webhook.headers().get("x-event")).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void theBodyIsCopiedInAndOutSoItsBytesStayAsReceived() {
        byte[] body = utf8("{\"amount\":100}");
        InboundWebhook webhook = new InboundWebhook(Map.of(), body, NOW);

        body[0] = 'X';
        webhook.body()[1] = 'X';

        assertThat(new String(webhook.body(), StandardCharsets.UTF_8)).isEqualTo("{\"amount\":100}");
    }

    @Test
    void theHeadersAreCopiedAndImmutable() {
        List<String> values = new ArrayList<>(List.of("v1"));
        Map<String, List<String>> headers = new LinkedHashMap<>(Map.of("X-A", values));
        InboundWebhook webhook = new InboundWebhook(headers, utf8(""), NOW);

        values.add("v2");
        headers.put("X-B", List.of("b"));

        assertThat(webhook.headers()).containsOnlyKeys("x-a");
        assertThat(webhook.headers().get("x-a")).containsExactly("v1");
        assertThatThrownBy(() -> webhook.headers().put("x-c", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void webhooksCompareByContentAndPrintNoValues() {
        InboundWebhook a = new InboundWebhook(Map.of("X-Signature", List.of("secret-sig")), utf8("{}"), NOW);
        InboundWebhook b = new InboundWebhook(Map.of("x-signature", List.of("secret-sig")), utf8("{}"), NOW);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new InboundWebhook(Map.of("x-signature", List.of("secret-sig")), utf8("{ }"), NOW));
        assertThat(a.toString()).isEqualTo("InboundWebhook[headers=[x-signature], body=2 bytes, receivedAt=2026-11-27T10:15:30Z]");
    }

    @Test
    void aVerifiedResultCarriesItsEventsAndARejectionNone() {
        WebhookResult<String> verified = WebhookResult.verified(List.of("captured"));
        WebhookResult<String> rejected = WebhookResult.rejected(Reason.of("INVALID_SIGNATURE", "signature does not match the body"));

        assertThat(verified.isVerified()).isTrue();
        assertThat(verified.events()).containsExactly("captured");
        assertThat(rejected.isVerified()).isFalse();
        assertThat(rejected.events()).isEmpty();
        assertThatThrownBy(() -> new WebhookResult<>(List.of("captured"), Optional.of(Reason.of("INVALID_SIGNATURE", "bad"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rejected webhook carries no events");
    }

    @Test
    void aVerifiedWebhookMayCarryNoRelevantEvents() {
        assertThat(WebhookResult.verified(List.of()).isVerified()).isTrue();
    }
}
