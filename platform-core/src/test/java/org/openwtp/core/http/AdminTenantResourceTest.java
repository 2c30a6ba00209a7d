package org.openwtp.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwtp.core.testing.TestServer.admin;
import static org.openwtp.core.testing.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openwtp.core.testing.InMemoryTenants;
import org.openwtp.core.testing.TestModules;
import org.openwtp.core.testing.TestResource;
import org.openwtp.core.testing.TestServer;

class AdminTenantResourceTest {

    @Test
    void hostAdminCreatesListsSuspendsResumesAndDeletesTenants() {
        try (TestServer server = TestServer.start(TestModules.fakes(new TestResource(), new InMemoryTenants()))) {
            for (String slug : new String[] {"silk-road", "amber-way", "tea-route"}) {
                HttpResponse<String> created = server.postJson("/admin/tenants", "{\"slug\":\"" + slug + "\",\"name\":\"N " + slug + "\"}", admin());
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                assertThat(created.headers().firstValue("Location")).hasValue("/admin/tenants/" + slug);
            }
            assertThat(server.postJson("/admin/tenants", "{\"slug\":\"silk-road\",\"name\":\"again\"}", admin()).statusCode()).isEqualTo(409);

            JsonNode first = json(server.get("/admin/tenants?limit=2", admin()));
            assertThat(first.get("items")).hasSize(2);
            assertThat(first.get("items").get(0).get("slug").asText()).isEqualTo("amber-way");
            JsonNode second = json(server.get("/admin/tenants?limit=2&cursor=" + first.get("nextCursor").asText(), admin()));
            assertThat(second.get("items")).hasSize(1);
            assertThat(second.get("nextCursor").isNull()).isTrue();

            assertThat(json(server.send(server.request("/admin/tenants/tea-route/suspend").headers(admin())
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build())).get("status").asText()).isEqualTo("suspended");
            assertThat(json(server.send(server.request("/admin/tenants/tea-route/resume").headers(admin())
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build())).get("status").asText()).isEqualTo("active");
            assertThat(server.send(server.request("/admin/tenants/tea-route").headers(admin()).DELETE().build()).statusCode()).isEqualTo(204);
            assertThat(server.get("/admin/tenants/tea-route", admin()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void invalidTenantIsRefusedWithEveryFieldError() {
        try (TestServer server = TestServer.start(TestModules.fakes(new TestResource(), new InMemoryTenants()))) {
            HttpResponse<String> r = server.postJson("/admin/tenants", "{\"slug\":\"Not_A_Slug\",\"name\":\"\"}", admin());
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(json(r).get("errors")).hasSize(2);
            assertThat(json(server.get("/admin/tenants?limit=0", admin())).get("errors").get(0).get("field").asText()).isEqualTo("limit");
        }
    }

    @Test
    void withoutTheTenantFeatureAdminEndpointsAnswer501() {
        try (TestServer server = TestServer.start(new com.google.inject.AbstractModule() {
            @Override
            protected void configure() {
                com.google.inject.multibindings.OptionalBinder.newOptionalBinder(binder(), org.openwtp.core.admin.TenantAdministration.class)
                        .setBinding().to(org.openwtp.core.admin.internal.Unavailable.Tenants.class);
            }
        })) {
            HttpResponse<String> r = server.get("/admin/tenants", admin());
            assertThat(r.statusCode()).isEqualTo(501);
            assertThat(json(r).get("code").asText()).isEqualTo("not_implemented");
        }
    }
}
