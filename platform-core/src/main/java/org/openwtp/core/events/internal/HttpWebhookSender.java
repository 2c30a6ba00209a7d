package org.openwtp.core.events.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.openwtp.core.events.WebhookSender;

/** Sends webhooks with the JDK HTTP client; never follows redirects. Thread-safe. */
public final class HttpWebhookSender implements WebhookSender {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public Response post(URI url, byte[] body, Map<String, String> headers, Duration timeout) {
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
