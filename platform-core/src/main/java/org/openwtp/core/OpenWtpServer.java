package org.openwtp.core;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.openwtp.core.admin.AdminModule;
import org.openwtp.core.config.ConfigModule;
import org.openwtp.core.config.ServerConfig;
import org.openwtp.core.http.HttpModule;
import org.openwtp.core.http.internal.HttpServer;
import org.openwtp.core.lifecycle.Lifecycle;
import org.openwtp.core.lifecycle.LifecycleManager;
import org.openwtp.core.commerce.order.OrderModule;
import org.openwtp.core.commerce.payment.PaymentModule;
import org.openwtp.core.commerce.shipment.ShipmentModule;
import org.openwtp.core.events.EventsModule;
import org.openwtp.core.events.WebhookTargetPolicy;
import org.openwtp.core.fixture.FixtureModule;
import org.openwtp.core.commerce.catalog.CatalogModule;
import org.openwtp.core.commerce.catalog.CatalogSettings;
import org.openwtp.core.commerce.quote.QuoteModule;
import org.openwtp.core.commerce.quote.QuoteSettings;
import org.openwtp.core.metrics.MetricsModule;
import org.openwtp.core.plugin.server.PluginServerModule;
import org.openwtp.core.store.StoreModule;
import org.openwtp.core.tenant.TenantModule;
import org.openwtp.core.tenant.api.TenantApiModule;

/**
 * The core server: one Guice injector built from one module per feature, started and stopped through
 * the ordered {@link Lifecycle} participants. Thread-safe; {@link #stop()} is idempotent.
 */
public final class OpenWtpServer implements AutoCloseable {

    private final Injector injector;
    private final LifecycleManager lifecycle;

    private OpenWtpServer(Injector injector) {
        this.injector = injector;
        this.lifecycle = injector.getInstance(LifecycleManager.class);
    }

    /**
     * The modules of every feature of the core, in no particular order. Features that land add their
     * module here.
     *
     * @param config the configuration the features read their settings from
     * @return the feature modules
     */
    public static List<Module> featureModules(ServerConfig config) {
        return List.of(new MetricsModule(), new HttpModule(), new AdminModule(), StoreModule.forServer(config),
                TenantModule.forServer(config), new TenantApiModule(), new PluginServerModule(config),
                new CatalogModule(CatalogSettings.defaults()),
                new QuoteModule(QuoteSettings.defaults().withDeadline(config.quote().timeout())
                        .withWriteBehind(config.quote().writeBehind()).withRateCacheWindow(config.quote().rateCacheWindow())
                        .withPurge(config.quote().purgeInterval(), config.quote().retention())),
                new OrderModule(), new PaymentModule(), new ShipmentModule(),
                new EventsModule(WebhookTargetPolicy.of(config.webhooks().allowPrivateTargets())), new FixtureModule());
    }

    /**
     * Builds (does not start) a server.
     *
     * @param config       the configuration
     * @param extraModules modules that override the features' bindings where they bind the same key and add
     *                     to the multibound sets (tests: fakes; the sample tenant's installer)
     * @return the server
     */
    public static OpenWtpServer create(ServerConfig config, Module... extraModules) {
        List<Module> modules = new ArrayList<>();
        modules.add(new ConfigModule(config));
        modules.add(new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), Lifecycle.class);
            }
        });
        modules.addAll(featureModules(config));
        return new OpenWtpServer(Guice.createInjector(Stage.PRODUCTION, Modules.override(modules).with(extraModules)));
    }

    /**
     * Starts every participant: storage, plugins, then HTTP.
     *
     * @return this
     */
    public OpenWtpServer start() {
        lifecycle.start();
        return this;
    }

    /**
     * Starts the participants up to a phase without serving HTTP (for CLI commands).
     *
     * @param lastPhase e.g. {@link Lifecycle#PLUGINS}
     * @return this
     */
    public OpenWtpServer startUpTo(int lastPhase) {
        lifecycle.start(lastPhase);
        return this;
    }

    /** Stops taking requests, finishes those in flight, stops plugins, closes storage. */
    public void stop() {
        lifecycle.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** @return the HTTP port (the real one when configured with 0) */
    public int port() {
        return injector.getInstance(HttpServer.class).port();
    }

    /** @return the base URI of the HTTP API */
    public URI baseUri() {
        return injector.getInstance(HttpServer.class).baseUri();
    }

    /**
     * The injector, for the CLI and tests only; features never see it.
     *
     * @return the injector
     */
    public Injector injector() {
        return injector;
    }
}
