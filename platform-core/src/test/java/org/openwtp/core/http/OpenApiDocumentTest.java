package org.openwtp.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.testing.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openwtp.core.http.internal.HttpServer;
import org.openwtp.core.testing.InMemoryTenants;
import org.openwtp.core.testing.TestModules;
import org.openwtp.core.testing.TestResource;
import org.openwtp.core.testing.TestServer;

class OpenApiDocumentTest {

    @Test
    void everyServedRouteIsDescribedAndEveryDescribedRouteIsServed() {
        try (TestServer server = TestServer.start(TestModules.fakes(new TestResource(), new InMemoryTenants()))) {
            JsonNode doc = json(server.get("/openapi.json"));
            List<String> described = new ArrayList<>();
            doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
            List<String> served = server.server().injector().getInstance(HttpServer.class).servedRoutes();

            assertThat(served).isNotEmpty().contains("GET /health/ready", "POST /admin/tenants", "GET /openapi.json");
            assertThat(described).containsExactlyInAnyOrderElementsOf(served);
        }
    }

    @Test
    void documentDescribesRolesSchemasAndProblems() {
        try (TestServer server = TestServer.start(TestModules.fakes(new TestResource(), new InMemoryTenants()))) {
            JsonNode doc = json(server.get("/openapi.json"));
            assertThat(doc.get("openapi").asText()).startsWith("3.");
            JsonNode create = doc.at("/paths/~1v1~1test~1widgets/post");
            assertThat(create.get("x-roles").toString()).contains("TENANT_ADMIN", "SELLER");
            assertThat(create.at("/requestBody/content/application~1json/schema/$ref").asText()).isEqualTo("#/components/schemas/Widget");
            assertThat(create.at("/responses/400/content/application~1problem+json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/Problem");
            assertThat(create.at("/responses/401").isMissingNode()).isFalse();
            JsonNode widget = doc.at("/components/schemas/Widget");
            assertThat(widget.at("/properties/quantity/type").asText()).isEqualTo("integer");
            assertThat(widget.get("required").toString()).contains("name").doesNotContain("note");
            assertThat(doc.at("/paths/~1health~1live/get/security").size()).isZero();
            assertThat(doc.at("/paths/~1v1~1test~1widgets~1{widget}/get/parameters/0/name").asText()).isEqualTo("widget");
        }
    }
}
