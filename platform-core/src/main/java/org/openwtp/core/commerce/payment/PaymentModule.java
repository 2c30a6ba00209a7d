package org.openwtp.core.commerce.payment;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.lifecycle.Lifecycle;

/**
 * The payment feature: {@link PaymentService}, the background {@link PaymentReconciler}, and
 * {@link PaymentResource}. {@link PaymentSettings} has a default tests may override.
 */
public final class PaymentModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), PaymentSettings.class).setDefault().toInstance(PaymentSettings.defaults());
        bind(PaymentService.class).in(Scopes.SINGLETON);
        bind(PaymentReconciler.class).in(Scopes.SINGLETON);
        Multibinder.newSetBinder(binder(), Lifecycle.class).addBinding().to(PaymentReconciler.class);
        Multibinder.newSetBinder(binder(), ApiResource.class).addBinding().to(PaymentResource.class);
    }
}
