package org.openwtp.sdk.carrier;

import java.util.List;
import org.openwtp.sdk.config.ConfigurableExtension;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;

/**
 * A carrier: a national post, an express courier.
 *
 * <p>A parcel the carrier cannot take is a result with reasons, not an exception. Mutating calls
 * ({@link #createShipment}, {@link #cancelShipment}) carry an idempotency key in their context; a call
 * without one is a bug in the caller and is refused with {@link IllegalArgumentException}.
 * Implementations are thread-safe.
 */
public interface Carrier extends ConfigurableExtension {

    /**
     * The services the carrier offers under a configuration.
     *
     * @param context the call context
     * @return the services
     */
    List<CarrierService> services(PluginContext context);

    /**
     * Every eligible service's price in one call.
     *
     * @param request what ships, from where, to where
     * @param context the call context
     * @return the quotes, or none with reasons
     */
    RateResponse quote(RateRequest request, PluginContext context);

    /**
     * Books a shipment: tracking number, label and customs declaration.
     *
     * @param request the shipment
     * @param context the call context, with an idempotency key
     * @return the booking, or why it was refused
     */
    ShipmentResult createShipment(ShipmentRequest request, PluginContext context);

    /**
     * Cancels a shipment that has not been picked up.
     *
     * @param trackingNumber the shipment
     * @param context        the call context, with an idempotency key
     * @return the outcome
     */
    CancelResult cancelShipment(String trackingNumber, PluginContext context);

    /**
     * A shipment's tracking history.
     *
     * @param trackingNumber the shipment
     * @param context        the call context
     * @return the history
     * @throws IllegalArgumentException if the carrier has no shipment with that number for this tenant;
     *                                  the message names the number
     */
    TrackingInfo track(String trackingNumber, PluginContext context);

    /**
     * Verifies an inbound tracking webhook and turns it into events.
     *
     * @param webhook the raw request
     * @param context the call context
     * @return verified events, or a rejection
     */
    WebhookResult<TrackingEvent> handleWebhook(InboundWebhook webhook, PluginContext context);
}
