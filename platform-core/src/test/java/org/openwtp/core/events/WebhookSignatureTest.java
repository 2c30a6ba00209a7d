package org.openwtp.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void headerIsTimestampAndHexHmacOfTimestampDotBody() {
        // HMAC-SHA256("secret", "1893456000.{\"id\":\"evt_1\"}"), computed independently with openssl
        assertThat(WebhookSignature.header("secret", BODY, NOW))
                .isEqualTo("t=1893456000,v1=6476ebb48afc03a122ea01f06ab5a6a121f514e7175fe4d6796202cdd2af88ab");
        assertThat(WebhookSignature.verify("secret", BODY, WebhookSignature.header("secret", BODY, NOW), NOW, Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void tamperedBodyOldTimestampOrWrongSecretIsRefused() {
        String header = WebhookSignature.header("secret", BODY, NOW);
        assertThat(WebhookSignature.verify("secret", "{}".getBytes(StandardCharsets.UTF_8), header, NOW, Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify("secret", BODY, header, NOW.plusSeconds(301), Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify("other", BODY, header, NOW, Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify("secret", BODY, "garbage", NOW, Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify("secret", BODY, null, NOW, Duration.ofMinutes(5))).isFalse();
    }

    @Test
    void backoffDoublesUpToTheCap() {
        OutboxSettings s = OutboxSettings.defaults();
        assertThat(s.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.backoffAfter(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(s.backoffAfter(40)).isEqualTo(Duration.ofHours(1));
    }
}
