package org.openwtp.core.commerce.catalog.internal;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.openwtp.core.commerce.Fields;
import org.openwtp.core.commerce.MoneyJson;
import org.openwtp.core.commerce.catalog.CatalogSettings;
import org.openwtp.core.commerce.catalog.Product;
import org.openwtp.core.commerce.catalog.ProductDraft;
import org.openwtp.core.commerce.catalog.ProductPatch;
import org.openwtp.core.commerce.catalog.ProductQuery;
import org.openwtp.core.commerce.catalog.ProductService;
import org.openwtp.core.commerce.catalog.SellerService;
import org.openwtp.core.commerce.catalog.internal.CatalogViews.DimensionsJson;
import org.openwtp.core.commerce.catalog.internal.CatalogViews.ProductPage;
import org.openwtp.core.commerce.catalog.internal.CatalogViews.ProductView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.JsonBodies;
import org.openwtp.core.http.Page;
import org.openwtp.core.http.PageRequest;
import org.openwtp.core.http.Principal;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Weight;

/** {@code /v1/products}: listings, their compliance, stock, search and browse. Thread-safe. */
public final class ProductResource implements ApiResource {

    private final ProductService products;
    private final SellerService sellers;
    private final ProductJson json;

    /**
     * @param products the catalog
     * @param sellers  the sellers (for a SELLER key's own seller)
     * @param settings how many products' JSON to keep
     */
    @Inject
    public ProductResource(ProductService products, SellerService sellers, CatalogSettings settings) {
        this.products = products;
        this.sellers = sellers;
        this.json = new ProductJson(settings.cacheMaxEntries());
    }

    /**
     * A new listing.
     *
     * @param sellerId        the seller; only a TENANT_ADMIN names it (a SELLER key lists for its own seller)
     * @param title           1 to 200 characters
     * @param description     up to 5000 characters
     * @param hsCode          6 to 10 digits
     * @param origin          country of origin
     * @param price           unit price in the pavilion's currency
     * @param unitWeightGrams unit weight
     * @param dimensions      unit size
     * @param stock           units in stock, 0 to 1,000,000
     * @param certificates    certificates attached, may be omitted
     */
    public record CreateProduct(String sellerId, String title, String description, String hsCode, String origin, MoneyJson price,
                                Long unitWeightGrams, DimensionsJson dimensions, Integer stock, List<String> certificates) {
    }

    /**
     * A change: fields left out stay as they are.
     *
     * @param title           new title
     * @param description     new description
     * @param hsCode          new HS code
     * @param origin          new origin
     * @param price           new price
     * @param unitWeightGrams new unit weight
     * @param dimensions      new unit size
     * @param certificates    the whole new certificate list
     */
    public record PatchProduct(String title, String description, String hsCode, String origin, MoneyJson price,
                               Long unitWeightGrams, DimensionsJson dimensions, List<String> certificates) {
    }

    /** A certificate to attach. @param name e.g. VETERINARY_CERTIFICATE */
    public record Certificate(String name) {
    }

    /** A stock adjustment. @param delta units to add, negative to take */
    public record StockAdjustment(Integer delta) {
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/v1/products", this::create).roles(Role.SELLER, Role.TENANT_ADMIN)
                .summary("List a product; the seller's pavilion checks it for export")
                .description("Blocked listings get 422 listing_blocked with the pavilion's reasons as field errors; listings "
                        + "that need certificates are stored with status NEEDS_CERTIFICATE and published once attached.")
                .request(CreateProduct.class).response(201, ProductView.class).response(422, Void.class);
        routes.get("/v1/products", this::search).roles(Role.STOREFRONT, Role.SELLER, Role.TENANT_ADMIN)
                .summary("Browse and search products in creation order")
                .query("pavilion", "only products of this pavilion")
                .query("q", "case-insensitive text in the title or description")
                .query("hsChapter", "two-digit HS chapter, e.g. 04")
                .query("seller", "only this seller's products (TENANT_ADMIN)")
                .query("limit", "page size, 1 to 200 (default 50)")
                .query("cursor", "nextCursor of the previous page")
                .response(200, ProductPage.class);
        routes.get("/v1/products/{product}", this::show).roles(Role.STOREFRONT, Role.SELLER, Role.TENANT_ADMIN)
                .summary("Show a product").response(200, ProductView.class);
        routes.patch("/v1/products/{product}", this::update).roles(Role.SELLER, Role.TENANT_ADMIN)
                .summary("Change a listing; the pavilion checks it again").request(PatchProduct.class)
                .response(200, ProductView.class).response(422, Void.class);
        routes.post("/v1/products/{product}/certificates", this::certificate).roles(Role.SELLER, Role.TENANT_ADMIN)
                .summary("Attach a certificate; the listing is checked again and published when allowed")
                .request(Certificate.class).response(200, ProductView.class);
        routes.post("/v1/products/{product}/stock", this::stock).roles(Role.SELLER, Role.TENANT_ADMIN)
                .summary("Add to or take from the stock, atomically").request(StockAdjustment.class)
                .response(200, ProductView.class).response(409, Void.class);
    }

    private void create(Context ctx) {
        CreateProduct body = JsonBodies.read(ctx, CreateProduct.class);
        TenantId tenant = Requests.tenant(ctx);
        Optional<String> own = CallerSeller.of(ctx, sellers);
        String sellerId;
        if (own.isPresent()) {
            if (body.sellerId() != null && !body.sellerId().equals(own.get())) {
                throw ApiException.invalidField("sellerId", "invalid", "a SELLER key lists for its own seller " + own.get()
                        + "; leave sellerId out");
            }
            sellerId = own.get();
        } else {
            if (body.sellerId() == null) {
                throw ApiException.invalidField("sellerId", "required", "sellerId is required when a TENANT_ADMIN lists a product");
            }
            sellerId = body.sellerId();
        }
        Fields f = new Fields();
        f.require("title", body.title());
        f.require("hsCode", body.hsCode());
        f.require("origin", body.origin());
        f.require("price", body.price());
        f.require("unitWeightGrams", body.unitWeightGrams());
        f.require("dimensions", body.dimensions());
        f.require("stock", body.stock());
        HsCode hs = body.hsCode() == null ? null : f.get("hsCode", () -> HsCode.of(body.hsCode()));
        CountryCode origin = body.origin() == null ? null : f.get("origin", () -> CountryCode.of(body.origin()));
        Money price = body.price() == null ? null : f.get("price", () -> body.price().toMoney());
        Weight weight = body.unitWeightGrams() == null ? null : f.get("unitWeightGrams", () -> Weight.ofGrams(body.unitWeightGrams()));
        Dimensions dims = body.dimensions() == null ? null : f.get("dimensions", () -> dimensions(body.dimensions()));
        f.throwIfAny();
        ProductDraft draft;
        try {
            draft = new ProductDraft(body.title(), body.description(), hs, origin, price, weight, dims, body.stock(), body.certificates());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(draftField(e.getMessage()), "invalid", e.getMessage());
        }
        if (sellers.find(tenant, sellerId).isEmpty()) {
            throw ApiException.invalidField("sellerId", "not_found", "no seller '" + clip(sellerId) + "' here");
        }
        Product product = products.create(tenant, sellerId, draft);
        ctx.status(201).header("Location", "/v1/products/" + product.id()).json(ProductView.of(product));
    }

    private void search(Context ctx) {
        PageRequest page = PageRequest.from(ctx);
        Principal principal = Requests.principal(ctx);
        Optional<String> own = CallerSeller.of(ctx, sellers);
        Optional<String> seller = own.isPresent() ? own
                : principal.role() == Role.TENANT_ADMIN ? Optional.ofNullable(ctx.queryParam("seller")) : Optional.empty();
        ProductQuery query;
        try {
            query = new ProductQuery(Optional.ofNullable(ctx.queryParam("pavilion")), Optional.ofNullable(ctx.queryParam("q")),
                    Optional.ofNullable(ctx.queryParam("hsChapter")), seller, principal.role() == Role.STOREFRONT);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("q ") ? "q" : "hsChapter";
            throw ApiException.invalidField(field, "invalid", e.getMessage());
        }
        List<Product> fetched = products.search(Requests.tenant(ctx), query, page.cursor(), page.limit() + 1);
        Page<Product> p = Page.of(fetched, page, Product::id);
        ctx.json(new ProductPage(p.items().stream().map(ProductView::of).toList(), p.nextCursor()));
    }

    private void show(Context ctx) {
        ctx.contentType(ContentType.APPLICATION_JSON).result(json.of(visible(ctx)));
    }

    private void update(Context ctx) {
        Product current = owned(ctx);
        PatchProduct body = JsonBodies.read(ctx, PatchProduct.class);
        Fields f = new Fields();
        Optional<HsCode> hs = Optional.ofNullable(body.hsCode() == null ? null : f.get("hsCode", () -> HsCode.of(body.hsCode())));
        Optional<CountryCode> origin = Optional.ofNullable(body.origin() == null ? null : f.get("origin", () -> CountryCode.of(body.origin())));
        Optional<Money> price = Optional.ofNullable(body.price() == null ? null : f.get("price", () -> body.price().toMoney()));
        Optional<Weight> weight = Optional.ofNullable(body.unitWeightGrams() == null ? null
                : f.get("unitWeightGrams", () -> Weight.ofGrams(body.unitWeightGrams())));
        Optional<Dimensions> dims = Optional.ofNullable(body.dimensions() == null ? null
                : f.get("dimensions", () -> dimensions(body.dimensions())));
        f.throwIfAny();
        ProductPatch patch = new ProductPatch(Optional.ofNullable(body.title()), Optional.ofNullable(body.description()), hs,
                origin, price, weight, dims, Optional.ofNullable(body.certificates()));
        ctx.json(ProductView.of(products.update(Requests.tenant(ctx), current.id(), patch)));
    }

    private void certificate(Context ctx) {
        Product current = owned(ctx);
        Certificate body = JsonBodies.read(ctx, Certificate.class);
        if (body.name() == null || body.name().isBlank() || body.name().length() > 100) {
            throw ApiException.invalidField("name", "required", "name must be 1 to 100 characters, e.g. VETERINARY_CERTIFICATE");
        }
        ctx.json(ProductView.of(products.attachCertificate(Requests.tenant(ctx), current.id(), body.name())));
    }

    private void stock(Context ctx) {
        Product current = owned(ctx);
        StockAdjustment body = JsonBodies.read(ctx, StockAdjustment.class);
        if (body.delta() == null) {
            throw ApiException.invalidField("delta", "required", "delta is required: units to add, negative to take");
        }
        ctx.json(ProductView.of(products.adjustStock(Requests.tenant(ctx), current.id(), body.delta())));
    }

    /** A product the caller may see: storefronts see published ones, sellers their own. */
    private Product visible(Context ctx) {
        String id = ctx.pathParam("product");
        Product product = products.find(Requests.tenant(ctx), id).orElseThrow(() -> ApiException.notFound("product", clip(id)));
        if (Requests.principal(ctx).role() == Role.STOREFRONT && !product.isPublished()) {
            throw ApiException.notFound("product", product.id());
        }
        CallerSeller.requireOwn(ctx, sellers, product.sellerId(), "product", product.id());
        return product;
    }

    private Product owned(Context ctx) {
        return visible(ctx);
    }

    /** The field a {@link ProductDraft} message is about (each starts by naming it). */
    static String draftField(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("unit weight")) {
            return "unitWeightGrams";
        }
        if (m.contains("certificate")) {
            return "certificates";
        }
        for (String field : List.of("title", "description", "price", "stock")) {
            if (m.startsWith(field)) {
                return field;
            }
        }
        return "";
    }

    private static Dimensions dimensions(DimensionsJson d) {
        if (d.lengthMm() == null || d.widthMm() == null || d.heightMm() == null) {
            throw new IllegalArgumentException("dimensions need lengthMm, widthMm and heightMm");
        }
        return new Dimensions(d.lengthMm(), d.widthMm(), d.heightMm());
    }

    private static String clip(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }
}
