package org.openwtp.core.commerce.catalog.internal;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.openwtp.core.commerce.AddressJson;
import org.openwtp.core.commerce.Fields;
import org.openwtp.core.commerce.catalog.Seller;
import org.openwtp.core.commerce.catalog.SellerService;
import org.openwtp.core.commerce.catalog.internal.CatalogViews.SellerView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.JsonBodies;
import org.openwtp.core.http.Principal;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.pavilion.SellerApplication;

/** {@code /v1/sellers}: applications to pavilions and their decisions. Thread-safe. */
public final class SellerResource implements ApiResource {

    private final SellerService sellers;

    /** @param sellers the sellers */
    @Inject
    public SellerResource(SellerService sellers) {
        this.sellers = sellers;
    }

    /**
     * An application.
     *
     * @param pavilion       the pavilion's id (see GET /v1/pavilions)
     * @param legalName      registered company name
     * @param registryScheme e.g. INN, OGRN, USCC
     * @param registryNumber the number
     * @param address        registered address; goods ship from it
     * @param contactEmail   contact e-mail
     * @param documents      names of documents supplied, may be omitted
     */
    public record Apply(String pavilion, String legalName, String registryScheme, String registryNumber, AddressJson address,
                        String contactEmail, List<String> documents) {
    }

    /** Documents the pavilion asked for. @param documents their names, 1 to 20 */
    public record Documents(List<String> documents) {
    }

    @Override
    public void routes(Routes routes) {
        routes.post("/v1/sellers", this::apply).roles(Role.SELLER, Role.TENANT_ADMIN)
                .summary("Apply to a pavilion; the pavilion verifies the registry number at once")
                .description("A SELLER key that applies acts for the new seller from then on. The answer's status is VERIFIED, "
                        + "REJECTED (with reasons) or PENDING_DOCUMENTS (with the documents needed).")
                .request(Apply.class).response(201, SellerView.class).response(409, Void.class);
        routes.get("/v1/sellers/{seller}", this::show).roles(Role.SELLER, Role.TENANT_ADMIN)
                .summary("Show a seller and its pavilion's decision").response(200, SellerView.class);
        routes.post("/v1/sellers/{seller}/documents", this::documents).roles(Role.SELLER, Role.TENANT_ADMIN)
                .summary("Send documents a pending application needs; the pavilion verifies it again")
                .request(Documents.class).response(200, SellerView.class).response(409, Void.class);
    }

    private void apply(Context ctx) {
        Apply body = JsonBodies.read(ctx, Apply.class);
        Fields fields = new Fields();
        fields.require("pavilion", body.pavilion());
        Address address = body.address() == null ? null : fields.get("address", () -> body.address().toAddress());
        fields.require("address", body.address());
        SellerApplication application = null;
        if (fields.ok()) {
            application = fields.get(field(body), () -> new SellerApplication(body.legalName(), body.registryScheme(),
                    body.registryNumber(), address, body.contactEmail(), documents(body.documents())));
        }
        fields.throwIfAny();
        Principal principal = Requests.principal(ctx);
        TenantId tenant = Requests.tenant(ctx);
        Optional<String> key = principal.role() == Role.SELLER ? Optional.of(principal.subject()) : Optional.empty();
        Seller seller = sellers.apply(tenant, body.pavilion(), application, key);
        ctx.status(201).header("Location", "/v1/sellers/" + seller.id()).json(SellerView.of(seller));
    }

    private void show(Context ctx) {
        ctx.json(SellerView.of(own(ctx)));
    }

    private void documents(Context ctx) {
        Seller seller = own(ctx);
        Documents body = JsonBodies.read(ctx, Documents.class);
        List<String> docs = new Fields().get("documents", () -> {
            if (body.documents() == null || body.documents().isEmpty()) {
                throw new IllegalArgumentException("documents must list 1 to 20 document names");
            }
            return documents(body.documents());
        });
        if (docs == null) {
            throw ApiException.invalidField("documents", "required", "documents must list 1 to 20 document names");
        }
        ctx.json(SellerView.of(sellers.submitDocuments(Requests.tenant(ctx), seller.id(), docs)));
    }

    private Seller own(Context ctx) {
        String id = ctx.pathParam("seller");
        Seller seller = sellers.find(Requests.tenant(ctx), id).orElseThrow(() -> ApiException.notFound("seller", clip(id)));
        CallerSeller.requireOwn(ctx, sellers, seller.id(), "seller", seller.id());
        return seller;
    }

    private static List<String> documents(List<String> documents) {
        if (documents == null) {
            return List.of();
        }
        if (documents.size() > 20) {
            throw new IllegalArgumentException("at most 20 documents");
        }
        for (String d : documents) {
            if (d == null || d.isBlank() || d.length() > 100) {
                throw new IllegalArgumentException("a document name must be 1 to 100 characters");
            }
        }
        return documents.stream().map(String::strip).distinct().toList();
    }

    /** The field an SDK validation message is about, from its wording. */
    private static String field(Apply body) {
        if (body.legalName() == null || body.legalName().isBlank() || body.legalName().length() > 300) {
            return "legalName";
        }
        if (body.registryScheme() == null || !body.registryScheme().matches("[A-Z][A-Z0-9_]{1,31}")) {
            return "registryScheme";
        }
        if (body.registryNumber() == null || body.registryNumber().isBlank() || body.registryNumber().length() > 64) {
            return "registryNumber";
        }
        if (body.contactEmail() == null || !body.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return "contactEmail";
        }
        return "documents";
    }

    private static String clip(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }
}
