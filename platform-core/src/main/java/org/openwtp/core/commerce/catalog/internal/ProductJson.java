package org.openwtp.core.commerce.catalog.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.concurrent.ConcurrentHashMap;
import org.openwtp.core.commerce.catalog.Product;
import org.openwtp.core.commerce.catalog.internal.CatalogViews.ProductView;
import org.openwtp.core.http.ApiJson;

/**
 * The JSON of a product's view, kept with the product instance it was written from: the catalog's cache
 * hands out the same instance until the product changes or the entry expires, so a hot product is
 * serialised once per cache entry instead of once per request. A different instance (a newer read) is
 * written again, which is what keeps this from ever serving stale or another tenant's bytes. Bounded;
 * thread-safe.
 */
final class ProductJson {

    private record Written(Product source, byte[] json) {
    }

    private final ObjectWriter writer = ApiJson.mapper().writerFor(ProductView.class);
    private final ConcurrentHashMap<String, Written> byId = new ConcurrentHashMap<>();
    private final int maxEntries;

    /** @param maxEntries the most products whose JSON is kept (zero keeps none) */
    ProductJson(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /**
     * @param product a product as the catalog returned it
     * @return its view as JSON (UTF-8)
     */
    byte[] of(Product product) {
        Written w = byId.get(product.id());
        if (w != null && w.source() == product) {
            return w.json();
        }
        byte[] json;
        try {
            json = writer.writeValueAsBytes(ProductView.of(product));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("product " + product.id() + " cannot be written as JSON", e);
        }
        if (maxEntries > 0) {
            if (byId.size() >= maxEntries) {
                byId.clear();
            }
            byId.put(product.id(), new Written(product, json));
        }
        return json;
    }
}
