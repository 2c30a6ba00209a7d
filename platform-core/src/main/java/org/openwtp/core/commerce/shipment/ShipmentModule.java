package org.openwtp.core.commerce.shipment;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import org.openwtp.core.http.ApiResource;

/** The shipment feature: {@link ShipmentService} and {@link ShipmentResource}. */
public final class ShipmentModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ShipmentService.class).in(Scopes.SINGLETON);
        Multibinder.newSetBinder(binder(), ApiResource.class).addBinding().to(ShipmentResource.class);
    }
}
