package org.openwtp.core.commerce.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.carrier.CancelResult;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.carrier.CarrierService;
import org.openwtp.sdk.carrier.RateQuote;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.RateResponse;
import org.openwtp.sdk.carrier.ShipmentRequest;
import org.openwtp.sdk.carrier.ShipmentResult;
import org.openwtp.sdk.carrier.TrackingEvent;
import org.openwtp.sdk.carrier.TrackingInfo;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.Weight;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;

/**
 * A carrier priced as a fixed amount per started kilogram; with {@code ddp} it also offers a DDP service whose
 * price is transport plus the estimate it was given (in the estimate's currency it must share). It can be
 * made to block until released (a hung carrier) or to throw. Counts its quote calls. Thread-safe.
 */
public final class FakeCarrier implements Carrier {

    private final Money perKg;
    private final boolean ddp;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<CountDownLatch> gate = new AtomicReference<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final AtomicReference<Optional<Money>> lastEstimate = new AtomicReference<>(Optional.empty());
    private volatile long latencyNanos;

    /**
     * @param perKg price per started kilogram
     * @param ddp   whether it offers a DDP service too
     */
    public FakeCarrier(Money perKg, boolean ddp) {
        this.perKg = perKg;
        this.ddp = ddp;
    }

    /** @return a latch the next quote waits on until counted down */
    public CountDownLatch blockUntilReleased() {
        CountDownLatch latch = new CountDownLatch(1);
        gate.set(latch);
        return latch;
    }

    /** @return counted down when a quote call has started */
    public CountDownLatch entered() {
        return entered;
    }

    /** @param e what quote throws from now on */
    public void failWith(RuntimeException e) {
        failure.set(e);
    }

    /** @param nanos how long every quote takes from now on, like a remote call (for benchmarks, never tests) */
    public void simulateLatency(long nanos) {
        this.latencyNanos = nanos;
    }

    /** @return quote calls so far */
    public int calls() {
        return calls.get();
    }

    /** @return the import-charge estimate of the last request */
    public Optional<Money> lastEstimate() {
        return lastEstimate.get();
    }

    @Override
    public List<ConfigField> configFields() {
        return List.of();
    }

    @Override
    public List<CarrierService> services(PluginContext context) {
        return List.of(new CarrierService("STANDARD", "Standard", java.util.Set.of(Incoterm.DAP)));
    }

    @Override
    public RateResponse quote(RateRequest request, PluginContext context) {
        calls.incrementAndGet();
        lastEstimate.set(request.estimatedImportCharges());
        entered.countDown();
        CountDownLatch latch = gate.get();
        if (latch != null) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while blocked");
            }
        }
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
        if (latencyNanos > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(latencyNanos);
        }
        long grams = request.parcels().stream().map(Parcel::actualWeight).mapToLong(Weight::grams).sum();
        long kg = (grams + 999) / 1000;
        Money transport = perKg.times(kg);
        List<RateQuote> quotes = new ArrayList<>();
        quotes.add(new RateQuote("STANDARD", "Standard", transport, Weight.ofGrams(kg * 1000), 5, 9, Incoterm.DAP, false));
        if (ddp && request.estimatedImportCharges().isPresent()
                && request.estimatedImportCharges().get().currency().equals(perKg.currency())) {
            quotes.add(new RateQuote("STANDARD_DDP", "Standard DDP", transport.plus(request.estimatedImportCharges().get()),
                    Weight.ofGrams(kg * 1000), 5, 9, Incoterm.DDP, true));
        }
        return quotes.isEmpty() ? RateResponse.cannotShip(List.of(Reason.of("NONE", "none"))) : RateResponse.of(quotes);
    }

    @Override
    public ShipmentResult createShipment(ShipmentRequest request, PluginContext context) {
        throw new UnsupportedOperationException("not used by quotes");
    }

    @Override
    public CancelResult cancelShipment(String trackingNumber, PluginContext context) {
        throw new UnsupportedOperationException("not used by quotes");
    }

    @Override
    public TrackingInfo track(String trackingNumber, PluginContext context) {
        throw new UnsupportedOperationException("not used by quotes");
    }

    @Override
    public WebhookResult<TrackingEvent> handleWebhook(InboundWebhook webhook, PluginContext context) {
        throw new UnsupportedOperationException("not used by quotes");
    }
}
