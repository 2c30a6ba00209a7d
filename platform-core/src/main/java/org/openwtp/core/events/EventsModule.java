package org.openwtp.core.events;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import org.openwtp.core.events.internal.HttpWebhookSender;
import org.openwtp.core.events.internal.OutboxBacklogGauge;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.lifecycle.Lifecycle;

/**
 * The events feature: the {@link OutboxDispatcher} (a background lifecycle participant), webhook
 * subscriptions and their API. {@link OutboxSettings} and {@link WebhookSender} have defaults that tests
 * override with {@link OptionalBinder#setBinding()}. Needs storage, a clock, the plugin runtime's
 * {@link org.openwtp.core.plugin.PluginExtensions} and the tenant feature's master keys.
 */
public final class EventsModule extends AbstractModule {

    private final WebhookTargetPolicy targets;

    /** The feature with webhooks to public addresses only. */
    public EventsModule() {
        this(WebhookTargetPolicy.publicOnly());
    }

    /** @param targets which addresses tenant webhooks may be sent to */
    public EventsModule(WebhookTargetPolicy targets) {
        this.targets = targets;
    }

    @Override
    protected void configure() {
        bind(WebhookTargetPolicy.class).toInstance(targets);
        OptionalBinder.newOptionalBinder(binder(), OutboxSettings.class).setDefault().toInstance(OutboxSettings.defaults());
        OptionalBinder.newOptionalBinder(binder(), WebhookSender.class).setDefault().to(HttpWebhookSender.class);
        bind(HttpWebhookSender.class).in(Scopes.SINGLETON);
        bind(OutboxDispatcher.class).in(Scopes.SINGLETON);
        bind(WebhookSubscriptionService.class).in(Scopes.SINGLETON);
        bind(OutboxBacklogGauge.class).asEagerSingleton();
        Multibinder.newSetBinder(binder(), Lifecycle.class).addBinding().to(OutboxDispatcher.class);
        Multibinder.newSetBinder(binder(), ApiResource.class).addBinding().to(WebhookSubscriptionResource.class);
    }
}
