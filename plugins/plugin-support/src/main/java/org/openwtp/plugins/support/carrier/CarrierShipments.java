package org.openwtp.plugins.support.carrier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.CancelResult;
import org.openwtp.sdk.carrier.ShipmentResult;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingInfo;
import org.openwtp.sdk.carrier.TrackingStatus;
import org.openwtp.sdk.context.IdempotencyKey;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;

/**
 * What the bundled carriers do alike once a shipment is booked in their {@link ShipmentLedger}: cancel it before
 * pick-up, track it (advancing the sandbox schedule when configured), apply signed tracking webhooks, and answer a
 * repeated booking. Each carrier keeps its own rating, booking and labels. Stateless.
 */
public final class CarrierShipments {

    private CarrierShipments() {
    }

    /**
     * Cancels a shipment not yet picked up, once per idempotency key.
     *
     * @param trackingNumber the shipment
     * @param context        the call's context, with an idempotency key
     * @return done, or refused with the reason (unknown shipment, already picked up)
     */
    public static CancelResult cancel(String trackingNumber, PluginContext context) {
        Objects.requireNonNull(trackingNumber, "tracking number must not be null");
        IdempotencyKey key = requireKey(context, "cancelShipment");
        ShipmentLedger ledger = new ShipmentLedger(context.store());
        return ledger.cancelOnce(key, trackingNumber, () -> {
            TrackingEvent cancelled = new TrackingEvent(trackingNumber, TrackingStatus.CANCELLED, context.clock().instant(), "",
                    "Cancelled by the sender before pick-up");
            Optional<ShipmentRecord> after = ledger.update(trackingNumber, r -> r.apply(cancelled));
            if (after.isEmpty()) {
                return CancelResult.refused(Reason.of("UNKNOWN_SHIPMENT", "no shipment " + trackingNumber + " was booked with this carrier"));
            }
            if (after.get().status() == TrackingStatus.CANCELLED) {
                return CancelResult.done();
            }
            return CancelResult.refused(Reason.of("ALREADY_PICKED_UP", "shipment " + trackingNumber + " is " + after.get().status()
                    + "; only a shipment not yet picked up can be cancelled"));
        });
    }

    /**
     * The tracking of a shipment.
     *
     * @param trackingNumber     the shipment
     * @param context            the call's context
     * @param sandboxAutoAdvance whether to apply the sandbox schedule's events that are due first
     * @return its tracking
     * @throws IllegalArgumentException if this tenant booked no such shipment
     */
    public static TrackingInfo track(String trackingNumber, PluginContext context, boolean sandboxAutoAdvance) {
        Objects.requireNonNull(trackingNumber, "tracking number must not be null");
        ShipmentLedger ledger = new ShipmentLedger(context.store());
        Optional<ShipmentRecord> record = ledger.find(trackingNumber);
        if (record.isEmpty()) {
            throw new IllegalArgumentException("no shipment " + trackingNumber + " was booked with this carrier for this tenant");
        }
        if (sandboxAutoAdvance) {
            Instant now = context.clock().instant();
            record = ledger.update(trackingNumber, r -> {
                ShipmentRecord advanced = r;
                for (TrackingEvent e : SandboxSchedule.due(r, now)) {
                    advanced = advanced.apply(e);
                }
                return advanced;
            });
        }
        return record.orElseThrow().toTracking();
    }

    /**
     * Verifies a tracking webhook ({@link TrackingWebhookSigner}'s format) and applies its event.
     *
     * @param webhook   the request as received
     * @param context   the call's context
     * @param secret    the tenant's {@code webhookSecret}; without one every webhook is refused
     * @param tolerance how far the signed time may be from now
     * @return the event if it moved the shipment on, none if it was a replay or stale, or the rejection
     */
    public static WebhookResult<TrackingEvent> applyWebhook(InboundWebhook webhook, PluginContext context, Optional<String> secret,
                                                            Duration tolerance) {
        Objects.requireNonNull(webhook, "webhook must not be null");
        if (secret.isEmpty()) {
            return WebhookResult.rejected(Reason.of("WEBHOOK_SECRET_NOT_CONFIGURED", "set 'webhookSecret' to accept tracking webhooks"));
        }
        TrackingWebhookVerifier.Outcome outcome = TrackingWebhookVerifier.verify(webhook, secret.get(), tolerance, context.clock().instant());
        if (outcome.rejection() != null) {
            return WebhookResult.rejected(outcome.rejection());
        }
        TrackingEvent event = outcome.event();
        AtomicBoolean applied = new AtomicBoolean();
        Optional<ShipmentRecord> after = new ShipmentLedger(context.store()).update(event.trackingNumber(), r -> {
            ShipmentRecord next = r.apply(event);
            applied.set(next != r);
            return next;
        });
        if (after.isEmpty()) {
            return WebhookResult.rejected(Reason.of("UNKNOWN_SHIPMENT", "no shipment " + event.trackingNumber() + " was booked with this carrier"));
        }
        return WebhookResult.verified(applied.get() ? List.of(event) : List.of());
    }

    /**
     * The answer to a booking repeated with an idempotency key that already booked a shipment.
     *
     * @param record      the shipment the key booked
     * @param fingerprint the repeated request's fingerprint
     * @return the same result, or refused if the request differs
     */
    public static ShipmentResult replay(ShipmentRecord record, String fingerprint) {
        if (!record.fingerprint().equals(fingerprint)) {
            return ShipmentResult.refused(List.of(Reason.of("IDEMPOTENCY_KEY_REUSED", "this idempotency key already booked shipment "
                    + record.trackingNumber() + " for a different request; use a new key")));
        }
        return record.toResult();
    }

    /**
     * The idempotency key of a mutating call.
     *
     * @param context   the call's context
     * @param operation the call's name, for the message
     * @return the key
     * @throws IllegalArgumentException if the context has none
     */
    public static IdempotencyKey requireKey(PluginContext context, String operation) {
        return context.idempotencyKey().orElseThrow(() -> new IllegalArgumentException(operation + " needs an idempotency key in the context"));
    }
}
