package org.openwtp.core.commerce.catalog.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.openwtp.core.commerce.catalog.Product;
import org.openwtp.core.commerce.catalog.ProductQuery;
import org.openwtp.core.commerce.catalog.ProductStatus;
import org.openwtp.core.commerce.internal.CommerceJson;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Weight;

/** The {@code products} table. Every statement filters on the tenant. Stateless and thread-safe. */
public final class ProductDao {

    private static final RowMapper<Product> MAPPER = (rs, ctx) -> new Product(rs.getString("product_id"),
            TenantId.of(rs.getString("tenant_id")), rs.getString("seller_id"), rs.getString("pavilion_id"),
            rs.getString("title"), rs.getString("description"), new HsCode(rs.getString("hs_code")),
            CountryCode.of(rs.getString("origin")), new Money(rs.getLong("price_minor"), CurrencyCode.of(rs.getString("currency"))),
            Weight.ofGrams(rs.getLong("unit_weight_g")),
            new Dimensions(rs.getInt("length_mm"), rs.getInt("width_mm"), rs.getInt("height_mm")), rs.getInt("stock"),
            CommerceJson.strings(rs.getString("certificates")), ProductStatus.valueOf(rs.getString("status")),
            CommerceJson.strings(rs.getString("required_certificates")), CommerceJson.reasons(rs.getString("reasons")),
            Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getInt("version"));

    /**
     * Inserts a product.
     *
     * @param h       the handle
     * @param product the product
     */
    public void insert(Handle h, Product product) {
        h.createUpdate("INSERT INTO products (tenant_id, product_id, seller_id, pavilion_id, title, description, search_text,"
                        + " hs_code, hs_chapter, origin, price_minor, currency, unit_weight_g, length_mm, width_mm, height_mm, stock,"
                        + " certificates, status, required_certificates, reasons, created_at, updated_at, version) VALUES"
                        + " (:tenant, :id, :seller, :pavilion, :title, :description, :search, :hs, :chapter, :origin, :price,"
                        + " :currency, :weight, :length, :width, :height, :stock, :certificates, :status, :required, :reasons,"
                        + " :created, :updated, :version)")
                .bind("tenant", product.tenant().value()).bind("id", product.id()).bind("seller", product.sellerId())
                .bind("pavilion", product.pavilionId()).bind("title", product.title()).bind("description", product.description())
                .bind("search", searchText(product)).bind("hs", product.hsCode().digits()).bind("chapter", product.hsCode().chapter())
                .bind("origin", product.origin().code()).bind("price", product.price().minorUnits())
                .bind("currency", product.price().currency().code()).bind("weight", product.unitWeight().grams())
                .bind("length", product.dimensions().lengthMm()).bind("width", product.dimensions().widthMm())
                .bind("height", product.dimensions().heightMm()).bind("stock", product.stock())
                .bind("certificates", CommerceJson.write(product.certificates())).bind("status", product.status().name())
                .bind("required", CommerceJson.write(product.requiredCertificates()))
                .bind("reasons", CommerceJson.write(product.reasons()))
                .bind("created", product.createdAt().toEpochMilli()).bind("updated", product.updatedAt().toEpochMilli())
                .bind("version", product.version())
                .execute();
    }

    /**
     * Replaces a product's listing (not its stock) if nobody changed it since it was read.
     *
     * @param h       the handle
     * @param product the product with version + 1
     * @return true if stored, false if the version moved on
     */
    public boolean updateListing(Handle h, Product product) {
        return h.createUpdate("UPDATE products SET title = :title, description = :description, search_text = :search,"
                        + " hs_code = :hs, hs_chapter = :chapter, origin = :origin, price_minor = :price, currency = :currency,"
                        + " unit_weight_g = :weight, length_mm = :length, width_mm = :width, height_mm = :height,"
                        + " certificates = :certificates, status = :status, required_certificates = :required, reasons = :reasons,"
                        + " updated_at = :updated, version = :version"
                        + " WHERE tenant_id = :tenant AND product_id = :id AND version = :previous")
                .bind("title", product.title()).bind("description", product.description()).bind("search", searchText(product))
                .bind("hs", product.hsCode().digits()).bind("chapter", product.hsCode().chapter())
                .bind("origin", product.origin().code()).bind("price", product.price().minorUnits())
                .bind("currency", product.price().currency().code()).bind("weight", product.unitWeight().grams())
                .bind("length", product.dimensions().lengthMm()).bind("width", product.dimensions().widthMm())
                .bind("height", product.dimensions().heightMm())
                .bind("certificates", CommerceJson.write(product.certificates())).bind("status", product.status().name())
                .bind("required", CommerceJson.write(product.requiredCertificates()))
                .bind("reasons", CommerceJson.write(product.reasons())).bind("updated", product.updatedAt().toEpochMilli())
                .bind("version", product.version()).bind("tenant", product.tenant().value()).bind("id", product.id())
                .bind("previous", product.version() - 1)
                .execute() == 1;
    }

    /**
     * Adds to (or, negative, takes from) the stock unless it would go below zero or above a limit.
     *
     * @param h         the handle
     * @param tenant    the tenant
     * @param productId the product
     * @param delta     units to add, negative to take
     * @param max       the most stock allowed
     * @param now       when
     * @return true if changed
     */
    public boolean adjustStock(Handle h, TenantId tenant, String productId, int delta, int max, Instant now) {
        return h.createUpdate("UPDATE products SET stock = stock + :delta, updated_at = :now"
                        + " WHERE tenant_id = :tenant AND product_id = :id AND stock + :delta >= 0 AND stock + :delta <= :max")
                .bind("delta", delta).bind("now", now.toEpochMilli()).bind("tenant", tenant.value()).bind("id", productId)
                .bind("max", max)
                .execute() == 1;
    }

    /**
     * One product of a tenant.
     *
     * @param h      the handle
     * @param tenant the tenant
     * @param id     the product id
     * @return the product, or empty
     */
    public Optional<Product> find(Handle h, TenantId tenant, String id) {
        return h.createQuery("SELECT * FROM products WHERE tenant_id = :tenant AND product_id = :id")
                .bind("tenant", tenant.value()).bind("id", id).map(MAPPER).findOne();
    }

    /**
     * Several products of a tenant.
     *
     * @param h      the handle
     * @param tenant the tenant
     * @param ids    the product ids
     * @return the ones that exist, in id order
     */
    public List<Product> findAll(Handle h, TenantId tenant, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT * FROM products WHERE tenant_id = :tenant AND product_id IN (<ids>) ORDER BY product_id")
                .bind("tenant", tenant.value()).bindList("ids", List.copyOf(ids)).map(MAPPER).list();
    }

    /**
     * A page of products in id order.
     *
     * @param h       the handle
     * @param tenant  the tenant
     * @param query   the filters
     * @param afterId the id of the last product already returned, or empty
     * @param limit   how many at most
     * @return the products
     */
    public List<Product> search(Handle h, TenantId tenant, ProductQuery query, Optional<String> afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM products WHERE tenant_id = :tenant");
        if (query.publishedOnly()) {
            sql.append(" AND status = 'PUBLISHED'");
        }
        query.pavilionId().ifPresent(p -> sql.append(" AND pavilion_id = :pavilion"));
        query.hsChapter().ifPresent(c -> sql.append(" AND hs_chapter = :chapter"));
        query.sellerId().ifPresent(s -> sql.append(" AND seller_id = :seller"));
        query.text().ifPresent(t -> sql.append(" AND search_text LIKE :pattern ESCAPE '\\'"));
        afterId.ifPresent(a -> sql.append(" AND product_id > :after"));
        sql.append(" ORDER BY product_id LIMIT :limit");
        Query q = h.createQuery(sql.toString()).bind("tenant", tenant.value()).bind("limit", limit);
        query.pavilionId().ifPresent(p -> q.bind("pavilion", p));
        query.hsChapter().ifPresent(c -> q.bind("chapter", c));
        query.sellerId().ifPresent(s -> q.bind("seller", s));
        query.text().ifPresent(t -> q.bind("pattern", "%" + escapeLike(fold(t)) + "%"));
        afterId.ifPresent(a -> q.bind("after", a));
        return q.map(MAPPER).list();
    }

    private static String searchText(Product product) {
        return fold(product.title() + "\n" + product.description());
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
