package org.openwtp.sdk.payment;

import org.openwtp.sdk.config.ConfigurableExtension;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.webhook.InboundWebhook;
import org.openwtp.sdk.webhook.WebhookResult;

/**
 * A payment provider: a card acquirer, a bank, an escrow service.
 *
 * <p>Every mutating call carries an idempotency key in its context; repeating a call with the same key
 * returns the first outcome and never moves money twice; a mutating call without a key is a bug in the
 * caller and is refused with {@link IllegalArgumentException}. Declines are results; an exception means a
 * bug or an outage, and the core records the outcome as UNKNOWN and reconciles with {@link #retrieve}.
 * Implementations are thread-safe.
 */
public interface PaymentProvider extends ConfigurableExtension {

    /**
     * Currencies and instruments supported.
     *
     * @return the profile
     */
    PaymentProviderProfile profile();

    /**
     * Reserves funds.
     *
     * @param request what to authorise
     * @param context the call context, with an idempotency key
     * @return the outcome, with the provider's reference
     */
    PaymentResult authorize(AuthorizeRequest request, PluginContext context);

    /**
     * Captures all or part of an authorization; never more than what remains authorised.
     *
     * @param operation the reference and amount (empty for all that remains)
     * @param context   the call context, with an idempotency key
     * @return the outcome
     */
    PaymentResult capture(PaymentOperation operation, PluginContext context);

    /**
     * Releases an authorization that was not captured.
     *
     * @param operation the reference (no amount)
     * @param context   the call context, with an idempotency key
     * @return the outcome
     */
    PaymentResult voidAuthorization(PaymentOperation operation, PluginContext context);

    /**
     * Returns all or part of the captured funds; never more than captured minus refunded.
     *
     * @param operation the reference and amount (empty for all that remains)
     * @param context   the call context, with an idempotency key
     * @return the outcome
     */
    PaymentResult refund(PaymentOperation operation, PluginContext context);

    /**
     * Looks a payment up at the provider, for reconciliation.
     *
     * @param providerReference the provider's reference
     * @param context           the call context
     * @return the payment as the provider sees it
     */
    PaymentSnapshot retrieve(String providerReference, PluginContext context);

    /**
     * Verifies an inbound webhook (its signature) and turns it into events.
     *
     * @param webhook the raw request
     * @param context the call context
     * @return verified events, or a rejection
     */
    WebhookResult<PaymentEvent> handleWebhook(InboundWebhook webhook, PluginContext context);
}
