package org.openwtp.core.commerce.quote;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import java.util.Objects;
import org.openwtp.core.commerce.order.QuoteSource;
import org.openwtp.core.commerce.quote.internal.CatalogQuoteSource;
import org.openwtp.core.commerce.quote.internal.QuoteCalls;
import org.openwtp.core.commerce.quote.internal.QuotePurge;
import org.openwtp.core.commerce.quote.internal.QuoteResource;
import org.openwtp.core.commerce.quote.internal.QuoteStore;
import org.openwtp.core.commerce.quote.internal.RateCache;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.lifecycle.Lifecycle;

/**
 * The landed-cost quote feature: {@link QuoteService}, {@code /v1/quotes}, the orders feature's {@code QuoteSource}
 * (an adapter over {@link QuoteService#find}) and the background purge of quotes past their retention. Needs the
 * catalog ({@code CatalogModule}), the plugin runtime's {@code PluginExtensions}, storage and a clock.
 */
public final class QuoteModule extends AbstractModule {

    private final QuoteSettings settings;

    /** @param settings deadline, cache window, validity, packing, write-behind, purge */
    public QuoteModule(QuoteSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    @Override
    protected void configure() {
        bind(QuoteSettings.class).toInstance(settings);
        bind(QuoteService.class).in(Singleton.class);
        bind(QuoteStore.class).in(Singleton.class);
        // written behind from start-up; stopping writes what is queued
        Multibinder.newSetBinder(binder(), Lifecycle.class).addBinding().to(QuoteStore.class);
        // expired quotes are deleted after their retention, so the table does not grow without bound
        bind(QuotePurge.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), Lifecycle.class).addBinding().to(QuotePurge.class);
        Multibinder.newSetBinder(binder(), ApiResource.class).addBinding().to(QuoteResource.class);
        // orders are placed from stored quotes through the seam the orders feature declares
        OptionalBinder.newOptionalBinder(binder(), QuoteSource.class).setBinding().to(CatalogQuoteSource.class);
    }

    @Provides
    @Singleton
    QuoteCalls quoteCalls(QuoteSettings quoteSettings) {
        return new QuoteCalls(quoteSettings.maxCallThreads());
    }

    @Provides
    @Singleton
    RateCache rateCache(QuoteSettings quoteSettings) {
        return new RateCache(quoteSettings.rateCacheWindow(), quoteSettings.rateCacheMaxEntries());
    }
}
