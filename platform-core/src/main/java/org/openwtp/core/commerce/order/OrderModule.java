package org.openwtp.core.commerce.order;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import org.openwtp.core.http.ApiResource;

/**
 * The order feature: {@link OrderService}, {@link OrderLedger} and {@link OrderResource}. The
 * {@link QuoteSource}, {@link SellerKeys} and {@link StockChanges} are optional bindings the catalog feature sets (tests set fakes);
 * {@link OrderAccess} limits SELLER keys to their own seller's orders.
 */
public final class OrderModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), QuoteSource.class).setDefault().to(UnavailableQuoteSource.class);
        OptionalBinder.newOptionalBinder(binder(), SellerKeys.class).setDefault().to(NoSellerKeys.class);
        OptionalBinder.newOptionalBinder(binder(), StockChanges.class).setDefault().toInstance(StockChanges.NONE);
        bind(OrderAccess.class).in(Scopes.SINGLETON);
        bind(OrderLedger.class).in(Scopes.SINGLETON);
        bind(OrderService.class).in(Scopes.SINGLETON);
        Multibinder.newSetBinder(binder(), ApiResource.class).addBinding().to(OrderResource.class);
    }
}
