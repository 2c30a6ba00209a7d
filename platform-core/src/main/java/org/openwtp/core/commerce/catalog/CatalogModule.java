package org.openwtp.core.commerce.catalog;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import java.util.Objects;
import org.openwtp.core.commerce.catalog.internal.CatalogSellerKeys;
import org.openwtp.core.commerce.catalog.internal.CatalogStockChanges;
import org.openwtp.core.commerce.catalog.internal.PavilionResource;
import org.openwtp.core.commerce.catalog.internal.ProductResource;
import org.openwtp.core.commerce.catalog.internal.SellerResource;
import org.openwtp.core.commerce.order.SellerKeys;
import org.openwtp.core.commerce.order.StockChanges;
import org.openwtp.core.http.ApiResource;

/**
 * Sellers, pavilions and the catalog: {@link PavilionDirectory}, {@link SellerService}, {@link ProductService}
 * and their resources under {@code /v1/pavilions}, {@code /v1/sellers} and {@code /v1/products}. Needs the
 * plugin runtime's {@code PluginExtensions}, storage and a clock. Tells the order feature's {@code StockChanges}
 * to drop cached products when orders change their stock.
 */
public final class CatalogModule extends AbstractModule {

    private final CatalogSettings settings;

    /** @param settings plugin call deadline */
    public CatalogModule(CatalogSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    @Override
    protected void configure() {
        bind(CatalogSettings.class).toInstance(settings);
        bind(PavilionDirectory.class).in(Singleton.class);
        bind(SellerService.class).in(Singleton.class);
        bind(ProductService.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), SellerKeys.class).setBinding().to(CatalogSellerKeys.class);
        OptionalBinder.newOptionalBinder(binder(), StockChanges.class).setBinding().to(CatalogStockChanges.class);
        Multibinder<ApiResource> resources = Multibinder.newSetBinder(binder(), ApiResource.class);
        resources.addBinding().to(PavilionResource.class);
        resources.addBinding().to(SellerResource.class);
        resources.addBinding().to(ProductResource.class);
    }
}
