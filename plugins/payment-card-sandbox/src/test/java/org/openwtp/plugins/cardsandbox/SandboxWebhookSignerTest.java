package org.openwtp.plugins.cardsandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.Reason;

class SandboxWebhookSignerTest {

    private static final String SECRET = "whsec_test_0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private final byte[] body = "id=evt_1&type=CAPTURED".getBytes(StandardCharsets.UTF_8);

    @Test
    void signatureIsHmacSha256OfTimestampDotBody() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(("1772359200.id=evt_1&type=CAPTURED").getBytes(StandardCharsets.UTF_8)));
        assertThat(SandboxWebhookSigner.signatureHeader(SECRET, body, NOW)).isEqualTo("t=1772359200,v1=" + expected);
    }

    @Test
    void aFreshSignatureVerifies() {
        String header = SandboxWebhookSigner.signatureHeader(SECRET, body, NOW.minusSeconds(10));
        assertThat(SandboxWebhookSigner.verify(SECRET, header, body, NOW, TOLERANCE)).isEmpty();
    }

    @Test
    void aTamperedBodyIsRefused() {
        String header = SandboxWebhookSigner.signatureHeader(SECRET, body, NOW);
        byte[] tampered = "id=evt_1&type=REFUNDED".getBytes(StandardCharsets.UTF_8);
        assertThat(SandboxWebhookSigner.verify(SECRET, header, tampered, NOW, TOLERANCE)).map(Reason::code).contains("INVALID_SIGNATURE");
    }

    @Test
    void anotherSecretIsRefused() {
        String header = SandboxWebhookSigner.signatureHeader("another-secret-0123456789", body, NOW);
        assertThat(SandboxWebhookSigner.verify(SECRET, header, body, NOW, TOLERANCE)).map(Reason::code).contains("INVALID_SIGNATURE");
    }

    @Test
    void aReplayOlderThanTheToleranceIsRefused() {
        String header = SandboxWebhookSigner.signatureHeader(SECRET, body, NOW.minus(TOLERANCE).minusSeconds(1));
        assertThat(SandboxWebhookSigner.verify(SECRET, header, body, NOW, TOLERANCE)).map(Reason::code).contains("TIMESTAMP_OUTSIDE_TOLERANCE");
        String edge = SandboxWebhookSigner.signatureHeader(SECRET, body, NOW.minus(TOLERANCE));
        assertThat(SandboxWebhookSigner.verify(SECRET, edge, body, NOW, TOLERANCE)).isEmpty();
    }

    @Test
    void aTimestampFarInTheFutureIsRefused() {
        String header = SandboxWebhookSigner.signatureHeader(SECRET, body, NOW.plus(TOLERANCE).plusSeconds(1));
        assertThat(SandboxWebhookSigner.verify(SECRET, header, body, NOW, TOLERANCE)).map(Reason::code).contains("TIMESTAMP_OUTSIDE_TOLERANCE");
    }

    @Test
    void movingTheSignatureToAnotherTimestampBreaksIt() {
        String header = SandboxWebhookSigner.signatureHeader(SECRET, body, NOW.minusSeconds(3600));
        String forged = header.replace("t=" + NOW.minusSeconds(3600).getEpochSecond(), "t=" + NOW.getEpochSecond());
        assertThat(SandboxWebhookSigner.verify(SECRET, forged, body, NOW, TOLERANCE)).map(Reason::code).contains("INVALID_SIGNATURE");
    }

    @Test
    void anyOfSeveralSignaturesMayMatch() {
        String good = SandboxWebhookSigner.signatureHeader(SECRET, body, NOW);
        String header = "t=" + NOW.getEpochSecond() + ",v1=" + "0".repeat(64) + "," + good.substring(good.indexOf("v1="));
        assertThat(SandboxWebhookSigner.verify(SECRET, header, body, NOW, TOLERANCE)).isEmpty();
    }

    @Test
    void missingOrMalformedHeadersAreRefused() {
        assertThat(SandboxWebhookSigner.verify(SECRET, null, body, NOW, TOLERANCE)).map(Reason::code).contains("MISSING_SIGNATURE");
        assertThat(SandboxWebhookSigner.verify(SECRET, "v1=abc", body, NOW, TOLERANCE)).map(Reason::code).contains("MALFORMED_SIGNATURE");
        assertThat(SandboxWebhookSigner.verify(SECRET, "t=123", body, NOW, TOLERANCE)).map(Reason::code).contains("MALFORMED_SIGNATURE");
        assertThat(SandboxWebhookSigner.verify(SECRET, "t=abc,v1=" + "0".repeat(64), body, NOW, TOLERANCE)).map(Reason::code)
                .contains("MALFORMED_SIGNATURE");
    }
}
