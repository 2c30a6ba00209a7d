package org.openwtp.core.http;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import java.util.Optional;
import org.openwtp.core.http.internal.HealthResource;
import org.openwtp.core.http.internal.HttpServer;
import org.openwtp.core.http.internal.MetricsResource;
import org.openwtp.core.http.internal.OpenApiResource;
import org.openwtp.core.lifecycle.Lifecycle;

/**
 * The HTTP server and its own resources (health, metrics, OpenAPI). Declares the extension points other
 * features contribute to: {@link ApiResource}s and {@link ReadinessCheck}s (multibound sets) and the
 * {@link Authenticator} (an optional binding; without one every tenant key is refused).
 */
public final class HttpModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<ApiResource> resources = Multibinder.newSetBinder(binder(), ApiResource.class);
        resources.addBinding().to(HealthResource.class);
        resources.addBinding().to(MetricsResource.class);
        resources.addBinding().to(OpenApiResource.class);
        Multibinder.newSetBinder(binder(), ReadinessCheck.class);
        OptionalBinder.newOptionalBinder(binder(), Authenticator.class).setDefault().toInstance(token -> Optional.empty());
        Multibinder.newSetBinder(binder(), Lifecycle.class).addBinding().to(HttpServer.class);
    }
}
