package org.openwtp.core.events.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import jakarta.inject.Inject;
import org.openwtp.core.events.WebhookSender;
import org.openwtp.core.events.WebhookTargetPolicy;

/**
 * Sends webhooks with the JDK HTTP client; never follows redirects (a redirect could lead to a private
 * address) and checks the target's addresses against the {@link WebhookTargetPolicy} before each POST.
 * Thread-safe.
 */
public final class HttpWebhookSender implements WebhookSender {

    private final WebhookTargetPolicy targets;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** @param targets which addresses may be posted to */
    @Inject
    public HttpWebhookSender(WebhookTargetPolicy targets) {
        this.targets = targets;
    }

    @Override
    public Response post(URI url, byte[] body, Map<String, String> headers, Duration timeout) {
        var refused = targets.refuseBeforeDelivery(url);
        if (refused.isPresent()) {
            return new Response(false, 0, "not sent: " + refused.get());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "OpenWTP-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Response(ok, status, ok ? "" : "the receiver answered HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Response(false, 0, "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Response(false, 0, "cannot reach the receiver: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(false, 0, "interrupted");
        }
    }
}
