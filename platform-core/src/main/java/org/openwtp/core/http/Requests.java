package org.openwtp.core.http;

import io.javalin.http.Context;
import org.openwtp.sdk.context.TenantId;

/**
 * What the HTTP layer knows about the current request, for handlers.
 */
public final class Requests {

    /** Context attribute holding the {@link Principal}. */
    public static final String PRINCIPAL = "openwtp.principal";
    /** Context attribute holding the request id. */
    public static final String REQUEST_ID = "openwtp.requestId";
    /** Response (and accepted request) header carrying the request id. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private Requests() {
    }

    /**
     * @param ctx the request
     * @return the authenticated caller
     * @throws IllegalStateException on a public route, where nobody is authenticated
     */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw new IllegalStateException("no principal: the route " + ctx.endpointHandlerPath() + " is public");
        }
        return p;
    }

    /**
     * The caller's tenant: every tenant route works on this tenant only, never one named in the path,
     * so another tenant's resource is simply not found (404).
     *
     * @param ctx the request
     * @return the tenant of the caller's key
     * @throws ApiException 403 when the caller is the host admin, who has no tenant
     */
    public static TenantId tenant(Context ctx) {
        Principal p = principal(ctx);
        if (p.tenant() == null) {
            throw new ApiException(ErrorCode.FORBIDDEN, "this endpoint needs a tenant API key, not the host admin token");
        }
        return p.tenant();
    }

    /**
     * @param ctx the request
     * @return the id of this request, as sent back in {@value #REQUEST_ID_HEADER}
     */
    public static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? "" : id;
    }
}
