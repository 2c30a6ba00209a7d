package org.openwtp.core.http.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.router.ParsedEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.openwtp.core.config.Secret;
import org.openwtp.core.config.ServerConfig;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiJson;
import org.openwtp.core.http.Authenticator;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.core.http.JsonBodies;
import org.openwtp.core.http.Principal;
import org.openwtp.core.http.Requests;
import org.openwtp.core.http.RouteSpec;
import org.openwtp.core.lifecycle.Lifecycle;
import org.openwtp.core.logging.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The Javalin server and its cross-cutting behaviour: request ids and log context, authentication and
 * roles, body limits, problem responses for every failure, request metrics, and a graceful stop that
 * lets requests in flight finish. Started last and stopped first ({@link Lifecycle#HTTP}). Thread-safe.
 */
@Singleton
public final class HttpServer implements Lifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("org.openwtp.access");
    private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String ROUTE = "openwtp.route";
    private static final String BEARER_REALM = "Bearer realm=\"openwtp\"";
    private static final int MAX_TOKEN_LENGTH = 512;

    private final ServerConfig config;
    private final RouteTable routeTable;
    private final Authenticator authenticator;
    private final MeterRegistry meterRegistry;
    private final long largestBodyLimit;
    private final Map<String, RouteMetrics> otherRoutes = new ConcurrentHashMap<>();
    private volatile Javalin app;

    /**
     * @param config        the server configuration
     * @param routeTable    every declared route
     * @param authenticator maps tenant API keys to principals
     * @param meterRegistry where request metrics go
     */
    @Inject
    public HttpServer(ServerConfig config, RouteTable routeTable, Authenticator authenticator, MeterRegistry meterRegistry) {
        this.config = config;
        this.routeTable = routeTable;
        this.authenticator = authenticator;
        this.meterRegistry = meterRegistry;
        this.largestBodyLimit = Math.max(config.http().maxRequestBytes(), routeTable.largestBodyLimit());
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public int phase() {
        return HTTP;
    }

    @Override
    public void start() {
        ServerConfig.Http http = config.http();
        Javalin javalin = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = http.maxRequestBytes();
            cfg.http.defaultContentType = "application/json";
            cfg.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            cfg.appData(JsonBodies.MAX_BYTES, http.maxRequestBytes());
            cfg.jetty.defaultHost = http.host();
            cfg.jetty.defaultPort = http.port();
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(http.shutdownTimeout().toMillis());
                server.setHandler(new StatisticsHandler()); // Javalin nests its handler inside; needed for graceful stop
                server.setErrorHandler(new JettyProblemErrorHandler());
            });
            cfg.requestLogger.http(this::afterRequest);
            cfg.router.mount(router -> {
                router.before(this::beforeRequest);
                for (RouteSpec spec : routeTable.routes()) {
                    router.addHttpHandler(HandlerType.valueOf(spec.method()), spec.path(), endpoint(spec));
                }
                router.exception(Exception.class, this::onException);
                router.exception(HttpResponseException.class, this::onException);
            });
        });
        javalin.start();
        this.app = javalin;
        LOG.info("HTTP server listening on {}", baseUri());
    }

    @Override
    public void stop() {
        Javalin javalin = app;
        if (javalin != null) {
            LOG.info("HTTP server stopping; waiting up to {} for requests in flight", config.http().shutdownTimeout());
            javalin.stop();
        }
    }

    /** @return the port the server listens on (the real one when configured with 0) */
    public int port() {
        Javalin javalin = app;
        if (javalin == null) {
            throw new IllegalStateException("the HTTP server is not started");
        }
        return javalin.port();
    }

    /** @return e.g. {@code http://127.0.0.1:8080} */
    public URI baseUri() {
        String host = config.http().host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        }
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    /** @return every route Javalin serves, as {@code METHOD path} (for the route/OpenAPI consistency test) */
    public List<String> servedRoutes() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(ParsedEndpoint::getEndpoint)
                .filter(e -> e.getMethod().isHttpMethod())
                .map(e -> e.getMethod().name() + " " + e.getPath())
                .sorted()
                .toList();
    }

    private void beforeRequest(Context ctx) {
        MDC.remove(LogContext.TENANT);
        MDC.remove(LogContext.PLUGIN);
        String incoming = ctx.header(Requests.REQUEST_ID_HEADER);
        String id = incoming != null && SANE_REQUEST_ID.matcher(incoming).matches() ? incoming : newRequestId();
        ctx.attribute(Requests.REQUEST_ID, id);
        ctx.header(Requests.REQUEST_ID_HEADER, id);
        MDC.put(LogContext.REQUEST_ID, id);
        if (ctx.req().getContentLengthLong() > largestBodyLimit) {
            throw tooLarge(config.http().maxRequestBytes());
        }
    }

    /**
     * A random (version 4) UUID from the thread's fast generator: request ids must be unique, not
     * unguessable, and {@link UUID#randomUUID()}'s SecureRandom showed in the per-request profile.
     */
    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static ApiException tooLarge(long limit) {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "request bodies are limited to " + limit + " bytes");
    }

    private Handler endpoint(RouteSpec spec) {
        RouteMetrics metrics = new RouteMetrics(meterRegistry, spec.method(), spec.path());
        return ctx -> {
            ctx.attribute(ROUTE, metrics);
            long limit = spec.maxBodyBytes().orElse(config.http().maxRequestBytes());
            if (ctx.req().getContentLengthLong() > limit) {
                throw tooLarge(limit);
            }
            if (!spec.isPublic()) {
                authorize(ctx, spec);
            }
            if (spec.request().isPresent() && !accepts(spec, ctx.contentType())) {
                JsonBodies.requireJson(ctx.contentType());
            }
            try {
                spec.handler().handle(ctx);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Error e) {
                throw new IllegalStateException("error in handler of " + spec.key(), e);
            }
        };
    }

    private static boolean accepts(RouteSpec spec, String contentType) {
        if (contentType == null || spec.otherBodies().isEmpty()) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return spec.otherBodies().contains(mediaType);
    }

    private void authorize(Context ctx, RouteSpec spec) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "send an API key as 'Authorization: Bearer <key>'")
                    .withHeader("WWW-Authenticate", BEARER_REALM);
        }
        String token = header.length() > 7 && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH || !isPrintableAscii(token)) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "the Authorization header must be 'Bearer <key>'")
                    .withHeader("WWW-Authenticate", BEARER_REALM + ", error=\"invalid_request\"");
        }
        // tenant keys first: they carry the traffic, and hashing the token for the admin comparison on every
        // request showed in the profile; a random tenant key never equals the host admin token
        Principal principal = authenticator.authenticate(token).orElse(null);
        if (principal == null) {
            Optional<Secret> adminToken = config.security().hostAdminToken();
            if (adminToken.isEmpty() || !adminToken.get().matches(token)) {
                throw new ApiException(ErrorCode.UNAUTHENTICATED, "the credential is unknown, revoked or expired")
                        .withHeader("WWW-Authenticate", BEARER_REALM + ", error=\"invalid_token\"");
            }
            principal = Principal.hostAdmin();
        }
        ctx.attribute(Requests.PRINCIPAL, principal);
        if (principal.tenant() != null) {
            MDC.put(LogContext.TENANT, principal.tenant().value());
        }
        if (!spec.roles().contains(principal.role())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "this endpoint is for " + spec.roles().stream().map(Enum::name).sorted().toList()
                    + "; the credential presented has role " + principal.role());
        }
    }

    private static boolean isPrintableAscii(String token) {
        for (int i = 0; i < token.length(); i++) { // a plain loop: this runs on every authenticated request
            char ch = token.charAt(i);
            if (ch <= ' ' || ch > '~') {
                return false;
            }
        }
        return true;
    }

    private void onException(Exception e, Context ctx) {
        ApiException api = toApiException(e, ctx);
        int status = api.code().status();
        if (StorageOutages.isOutage(api)) { // one line each, not a stack trace per request while it lasts
            LOG.warn("{} {} answered 503: {} ({})", ctx.method(), ctx.path(), api.detail(), rootMessage(e));
        } else if (status >= 500) {
            Throwable logged = e instanceof ApiException ? e.getCause() : e;
            if (logged != null) {
                LOG.error("{} {} failed: {}", ctx.method(), ctx.path(), api.detail(), logged);
            } else {
                LOG.warn("{} {} answered {}: {}", ctx.method(), ctx.path(), status, api.detail());
            }
        } else {
            LOG.debug("{} {} answered {}: {}", ctx.method(), ctx.path(), status, api.detail());
        }
        api.headers().forEach(ctx::header);
        Problem problem = Problem.of(api.code(), api.detail(), ctx.path(), Requests.requestId(ctx), api.fieldErrors());
        byte[] body;
        try {
            body = ApiJson.mapper().writeValueAsBytes(problem);
        } catch (IOException ioe) {
            body = ("{\"status\":" + status + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        ctx.status(status).contentType(Problem.MEDIA_TYPE).result(body);
    }

    private ApiException toApiException(Exception e, Context ctx) {
        if (e instanceof ApiException api) {
            return api;
        }
        if (e instanceof HttpResponseException h) {
            if (h.getStatus() == 404 && ctx.attribute(ROUTE) == null) {
                var allowed = routeTable.methodsAt(ctx.path());
                if (!allowed.isEmpty()) {
                    return new ApiException(ErrorCode.METHOD_NOT_ALLOWED, ctx.method() + " is not served at this path; use "
                            + String.join(", ", allowed)).withHeader("Allow", String.join(", ", allowed));
                }
                return new ApiException(ErrorCode.ROUTE_NOT_FOUND, "no endpoint at " + ctx.method() + " " + clip(ctx.path())
                        + "; see /openapi.json");
            }
            ErrorCode code = ErrorCode.forStatus(h.getStatus());
            String detail = h.getStatus() == 413
                    ? "request bodies are limited to " + config.http().maxRequestBytes() + " bytes"
                    : code.title();
            return new ApiException(code, detail);
        }
        Optional<ApiException> outage = StorageOutages.toApi(e);
        if (outage.isPresent()) {
            return outage.get();
        }
        return new ApiException(ErrorCode.INTERNAL, "an unexpected error occurred; quote request id "
                + Requests.requestId(ctx) + " when reporting it").withCause(e);
    }

    private void afterRequest(Context ctx, Float millis) {
        try {
            String method = ctx.method().name();
            RouteMetrics route = ctx.attribute(ROUTE);
            if (route == null || !route.method().equals(method)) { // unmatched, or e.g. HEAD served by a GET route
                String template = route == null ? "unmatched" : route.route();
                route = otherRoutes.computeIfAbsent(method + ' ' + template, k -> new RouteMetrics(meterRegistry, method, template));
            }
            int status = ctx.statusCode();
            route.timer(status).record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
            if (ACCESS.isInfoEnabled()) {
                ACCESS.info("{} {} {} {}ms", method, clip(ctx.path()), status, String.format("%.1f", millis));
            }
        } finally {
            MDC.remove(LogContext.REQUEST_ID);
            MDC.remove(LogContext.TENANT);
            MDC.remove(LogContext.PLUGIN);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
