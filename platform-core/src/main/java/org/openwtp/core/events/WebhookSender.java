package org.openwtp.core.events;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Sends one signed webhook POST to a tenant's endpoint. The default sends it over HTTP; tests may bind
 * another. Implementations are thread-safe.
 */
public interface WebhookSender {

    /**
     * Posts a JSON body.
     *
     * @param url     the subscription's URL
     * @param body    the exact bytes to send
     * @param headers headers to add (signature, event and delivery ids)
     * @param timeout how long to wait for the answer
     * @return whether the receiver acknowledged (a 2xx answer), its status, or what went wrong
     */
    Response post(URI url, byte[] body, Map<String, String> headers, Duration timeout);

    /**
     * The receiver's answer.
     *
     * @param acknowledged true for a 2xx status
     * @param statusCode   the HTTP status, 0 if none was received
     * @param error        what went wrong, empty when acknowledged
     */
    record Response(boolean acknowledged, int statusCode, String error) {

        /** Normalises the error text. */
        public Response {
            error = error == null ? "" : error;
        }
    }
}
