package org.openwtp.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openwtp.testserver.ApiClient;
import org.openwtp.testserver.ApiResponse;

/**
 * What the end-to-end tests send, written the way docs/quickstart.md sends it: a buyer in Beijing, sandbox
 * cards, carrier tracking webhooks signed as docs/plugins/carrier-post.md describes, and payment webhooks
 * signed as docs/plugins/payment-card-sandbox.md and payment-escrow.md describe (the signer classes live
 * inside the plugin jars, so the test computes the same HMAC itself).
 */
final class Trade {

    static final String APPROVING_CARD = "4242 4242 4242 4242";
    static final String INSUFFICIENT_FUNDS_CARD = "4000 0000 0000 9995";
    static final String TENANT = "silk-road-hub";
    /** The sample tenant's carrier webhook secrets (sample-tenant/fixture/sample-tenant.yaml). */
    static final Map<String, String> CARRIER_WEBHOOK_SECRETS = Map.of(
            "carrier-post", "sample-post-webhook-secret-NOT-FOR-PRODUCTION",
            "carrier-express", "sample-express-webhook-secret-NOT-FOR-PRODUCTION");
    /** The sample tenant's payment webhook secrets (sample-tenant/fixture/sample-tenant.yaml). */
    static final Map<String, String> PAYMENT_WEBHOOK_SECRETS = Map.of(
            "payment-card-sandbox", "sample-card-webhook-secret-NOT-FOR-PRODUCTION",
            "payment-escrow", "sample-escrow-webhook-secret-NOT-FOR-PRODUCTION");
    /** The header each payment plugin reads its signature from. */
    static final Map<String, String> PAYMENT_SIGNATURE_HEADERS = Map.of(
            "payment-card-sandbox", "X-Sandbox-Signature",
            "payment-escrow", "X-Escrow-Signature");

    private Trade() {
    }

    static Map<String, Object> beijingBuyer() {
        return Map.of("name", "Li Wei", "lines", List.of("1 Renmin Road"), "city", "Beijing", "postalCode", "100000",
                "country", "CN");
    }

    static Map<String, Object> quoteRequest(String productId, int quantity) {
        return Map.of("items", List.of(Map.of("productId", productId, "quantity", quantity)), "shipTo", beijingBuyer(),
                "currency", "CNY", "buyerReference", "buyer-li-wei");
    }

    static Map<String, Object> orderRequest(String quoteId, String optionId, String cardNumber) {
        return Map.of("quoteId", quoteId, "optionId", optionId, "buyerId", "buyer-li-wei",
                "paymentMethod", Map.of("provider", "payment-card-sandbox", "type", "CARD",
                        "details", Map.of("number", cardNumber, "expiry", "12/30", "holder", "Li Wei", "cvc", "123")));
    }

    /** An order paid into the trade-assurance escrow (docs/plugins/payment-escrow.md). */
    static Map<String, Object> escrowOrderRequest(String quoteId, String optionId) {
        return Map.of("quoteId", quoteId, "optionId", optionId, "buyerId", "buyer-li-wei",
                "paymentMethod", Map.of("provider", "payment-escrow", "type", "ESCROW", "details", Map.of()));
    }

    /**
     * A tracking webhook as the carriers document it: one {@code key=value} per line, and
     * {@code X-Tracking-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}.
     */
    static ApiResponse sendTracking(ApiClient anonymous, String carrier, String trackingNumber, String status,
                                    String location, Instant occurredAt) {
        String body = "description=" + status + " (end-to-end test)\nlocation=" + location + "\noccurredAt="
                + occurredAt.truncatedTo(ChronoUnit.SECONDS) + "\nstatus=" + status + "\ntrackingNumber=" + trackingNumber;
        String signature = signature(CARRIER_WEBHOOK_SECRETS.get(carrier), body, Instant.now());
        return anonymous.sendRaw("POST", "/webhooks/" + TENANT + "/carriers/" + carrier, "text/plain", body.getBytes(UTF_8),
                "X-Tracking-Signature", signature);
    }

    /**
     * The card sandbox's webhook body for one event: {@code application/x-www-form-urlencoded} with {@code id},
     * {@code type} (a PaymentEventType), {@code reference}, {@code amount} (minor units), {@code currency},
     * {@code occurredAt}.
     */
    static String cardEvent(String eventId, String type, String reference, long amount, String currency, Instant occurredAt) {
        return "id=" + eventId + "&type=" + type + "&reference=" + reference + "&amount=" + amount + "&currency=" + currency
                + "&occurredAt=" + occurredAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The escrow's notification: it names only the payment; the plugin answers with that payment's events. */
    static String escrowNotification(String reference) {
        return "reference=" + reference;
    }

    /**
     * Posts a payment webhook to {@code /webhooks/{tenant}/payments/{provider}}, signed now with the sample
     * tenant's secret for that provider.
     */
    static ApiResponse sendPaymentWebhook(ApiClient anonymous, String provider, String body) {
        return sendPaymentWebhook(anonymous, provider, body, signature(PAYMENT_WEBHOOK_SECRETS.get(provider), body, Instant.now()));
    }

    /** Posts a payment webhook with the given signature header value (e.g. a wrong one). */
    static ApiResponse sendPaymentWebhook(ApiClient anonymous, String provider, String body, String signature) {
        return anonymous.sendRaw("POST", "/webhooks/" + TENANT + "/payments/" + provider, "application/x-www-form-urlencoded",
                body.getBytes(UTF_8), PAYMENT_SIGNATURE_HEADERS.get(provider), signature);
    }

    /** The {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>} header every bundled plugin verifies. */
    static String signature(String secret, String body, Instant signedAt) {
        long t = signedAt.getEpochSecond();
        return "t=" + t + ",v1=" + hmacSha256Hex(secret, t + "." + body);
    }

    static String hmacSha256Hex(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
