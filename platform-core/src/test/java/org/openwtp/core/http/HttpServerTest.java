package org.openwtp.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.testing.TestServer.admin;
import static org.openwtp.core.testing.TestServer.bearer;
import static org.openwtp.core.testing.TestServer.json;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openwtp.core.testing.FakeAuthenticator;
import org.openwtp.core.testing.InMemoryTenants;
import org.openwtp.core.testing.TestModules;
import org.openwtp.core.testing.TestResource;
import org.openwtp.core.testing.TestServer;
import org.slf4j.LoggerFactory;

class HttpServerTest {

    private static final TestResource RESOURCE = new TestResource();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("http.maxRequestBytes", "4KB"), TestModules.fakes(RESOURCE, new InMemoryTenants()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertProblem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode p = json(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("code").asText()).isEqualTo(code);
        assertThat(p.get("type").asText()).isEqualTo("urn:openwtp:problem:" + code);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
        assertThat(p.get("requestId").asText()).isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(r.body()).doesNotContain("at org.", "Exception");
    }

    @Test
    void everyResponseCarriesAGeneratedRequestId() {
        HttpResponse<String> ok = server.get("/health/live");
        HttpResponse<String> missing = server.get("/nowhere");
        assertThat(ok.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSizeGreaterThan(8));
        assertThat(missing.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(ok.headers().firstValue("X-Request-Id")).isNotEqualTo(missing.headers().firstValue("X-Request-Id"));
    }

    @Test
    void aSaneIncomingRequestIdIsKeptAndAnInsaneOneReplaced() {
        assertThat(server.get("/health/live", "X-Request-Id", "abc-123.def").headers().firstValue("X-Request-Id"))
                .hasValue("abc-123.def");
        assertThat(server.get("/health/live", "X-Request-Id", "<script>alert(1)</script>").headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).doesNotContain("<"));
    }

    @Test
    void unknownRouteIsAProblem404() {
        assertProblem(server.get("/v1/does-not-exist"), 404, "route_not_found");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        HttpResponse<String> r = server.send(server.request("/health/live").DELETE().build());
        assertProblem(r, 405, "method_not_allowed");
        assertThat(r.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(server.postJson("/v1/test/widgets", "{\"name\": ", bearer(FakeAuthenticator.A_ADMIN)), 400, "malformed_json");
        assertProblem(server.postJson("/v1/test/widgets", "{} {}", bearer(FakeAuthenticator.A_ADMIN)), 400, "malformed_json");
    }

    @Test
    void unknownFieldIsAFieldError() {
        HttpResponse<String> r = server.postJson("/v1/test/widgets", "{\"name\":\"x\",\"quantity\":1,\"colour\":\"red\"}",
                bearer(FakeAuthenticator.A_ADMIN));
        assertProblem(r, 400, "validation_failed");
        JsonNode error = json(r).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("colour");
        assertThat(error.get("code").asText()).isEqualTo("unknown_field");
        assertThat(error.get("message").asText()).contains("name", "quantity");
    }

    @Test
    void wrongTypeIsAFieldErrorNamingTheExpectedType() {
        HttpResponse<String> r = server.postJson("/v1/test/widgets", "{\"name\":\"x\",\"quantity\":\"7\"}", bearer(FakeAuthenticator.A_ADMIN));
        assertProblem(r, 400, "validation_failed");
        JsonNode error = json(r).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("quantity");
        assertThat(error.get("code").asText()).isEqualTo("wrong_type");
        assertThat(error.get("message").asText()).contains("an integer");
        HttpResponse<String> tags = server.postJson("/v1/test/widgets", "{\"name\":\"x\",\"quantity\":1,\"tags\":[1]}",
                bearer(FakeAuthenticator.A_ADMIN));
        assertThat(json(tags).get("errors").get(0).get("field").asText()).isEqualTo("tags[0]");
    }

    @Test
    void valueRefusedByTheRecordIsAFieldError() {
        HttpResponse<String> r = server.postJson("/v1/test/widgets", "{\"name\":\"x\",\"quantity\":0}", bearer(FakeAuthenticator.A_ADMIN));
        assertProblem(r, 400, "validation_failed");
        assertThat(json(r).get("errors").get(0).get("message").asText()).contains("quantity must be from 1 to 1000");
    }

    @Test
    void validBodyIsStoredForTheCallersTenant() {
        HttpResponse<String> r = server.postJson("/v1/test/widgets", "{\"name\":\"valid\",\"quantity\":3,\"note\":\"n\"}",
                bearer(FakeAuthenticator.A_ADMIN));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).get("quantity").asInt()).isEqualTo(3);
        assertThat(server.get("/v1/test/widgets/valid", bearer(FakeAuthenticator.A_STOREFRONT)).statusCode()).isEqualTo(200);
        assertProblem(server.get("/v1/test/widgets/valid", bearer(FakeAuthenticator.B_ADMIN)), 404, "not_found");
    }

    @Test
    void otherMediaTypeIs415() {
        HttpResponse<String> r = server.send(server.request("/v1/test/widgets").header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + FakeAuthenticator.A_ADMIN)
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).build());
        assertProblem(r, 415, "unsupported_media_type");
    }

    @Test
    void oversizedBodyIs413WithOrWithoutContentLength() {
        String big = "{\"name\":\"" + "x".repeat(5000) + "\",\"quantity\":1}";
        assertProblem(server.postJson("/v1/test/widgets", big, bearer(FakeAuthenticator.A_ADMIN)), 413, "payload_too_large");
        HttpResponse<String> chunked = server.send(server.request("/v1/test/widgets")
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + FakeAuthenticator.A_ADMIN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build());
        assertProblem(chunked, 413, "payload_too_large");
    }

    @Test
    void deepNestingIs400() {
        String deep = "{\"name\":\"x\",\"quantity\":1,\"tags\":" + "[".repeat(100) + "]".repeat(100) + "}";
        HttpResponse<String> r = server.postJson("/v1/test/widgets", deep, bearer(FakeAuthenticator.A_ADMIN));
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void unexpectedExceptionIs500WithoutInternals() {
        HttpResponse<String> r = server.get("/v1/test/boom");
        assertProblem(r, 500, "internal_error");
        assertThat(r.body()).doesNotContain("secret internal detail", "IllegalStateException");
        assertThat(json(r).get("detail").asText()).contains(r.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void missingCredentialIs401WithChallenge() {
        HttpResponse<String> r = server.get("/v1/test/whoami");
        assertProblem(r, 401, "unauthenticated");
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void malformedOrUnknownCredentialIs401() {
        assertProblem(server.get("/v1/test/whoami", "Authorization", "Basic dXNlcjpwYXNz"), 401, "unauthenticated");
        assertProblem(server.get("/v1/test/whoami", "Authorization", "Bearer "), 401, "unauthenticated");
        HttpResponse<String> revoked = server.get("/v1/test/whoami", bearer(FakeAuthenticator.REVOKED));
        assertProblem(revoked, 401, "unauthenticated");
        assertThat(revoked.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
    }

    @Test
    void keyOfTheWrongRoleIs403() {
        assertProblem(server.postJson("/v1/test/widgets", "{\"name\":\"x\",\"quantity\":1}", bearer(FakeAuthenticator.A_STOREFRONT)),
                403, "forbidden");
        assertProblem(server.get("/admin/tenants", bearer(FakeAuthenticator.A_ADMIN)), 403, "forbidden");
    }

    @Test
    void keyDecidesTenantAndRole() {
        JsonNode me = json(server.get("/v1/test/whoami", bearer(FakeAuthenticator.A_SELLER)));
        assertThat(me.get("tenant").asText()).isEqualTo("tenant-a");
        assertThat(me.get("role").asText()).isEqualTo("SELLER");
        assertThat(json(server.get("/v1/test/whoami", admin())).get("role").asText()).isEqualTo("HOST_ADMIN");
    }

    @Test
    void hostAdminTokenOpensAdminEndpoints() {
        assertThat(server.get("/admin/tenants", admin()).statusCode()).isEqualTo(200);
        assertProblem(server.get("/admin/tenants", "Authorization", "Bearer " + TestServer.ADMIN_TOKEN + "x"), 401, "unauthenticated");
    }

    @Test
    void liveAndReadyAnswer() {
        assertThat(json(server.get("/health/live")).get("status").asText()).isEqualTo("up");
        HttpResponse<String> ready = server.get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready).get("status").asText()).isEqualTo("ready");
    }

    @Test
    void metricsShowLatencyByRouteTemplateAndStatus() {
        server.get("/v1/test/widgets/some-name", bearer(FakeAuthenticator.A_ADMIN));
        HttpResponse<String> r = server.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/plain"));
        assertThat(r.body()).contains("http_server_requests_seconds_bucket")
                .contains("route=\"/v1/test/widgets/{widget}\"")
                .contains("status=\"404\"")
                .doesNotContain("some-name");
    }

    @Test
    void logLinesOfARequestCarryRequestIdAndTenant() {
        Logger logger = (Logger) LoggerFactory.getLogger(TestResource.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            server.postJson("/v1/test/widgets", "{\"name\":\"logged\",\"quantity\":1}", "Authorization", "Bearer " + FakeAuthenticator.A_ADMIN,
                    "X-Request-Id", "req-log-1");
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).singleElement().satisfies(e -> {
            assertThat(e.getMDCPropertyMap()).containsEntry("requestId", "req-log-1").containsEntry("tenant", "tenant-a");
        });
    }
}
