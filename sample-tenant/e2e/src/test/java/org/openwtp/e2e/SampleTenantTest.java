package org.openwtp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwtp.testserver.OpenWtpServerTest;
import org.openwtp.testserver.SampleTenantClient;

/** The sample tenant on the real core with the real bundled plugin jars, seen through the HTTP API. */
@OpenWtpServerTest(pluginUnderTest = false)
class SampleTenantTest {

    private static final List<String> BUNDLED = List.of("pavilion-ru", "pavilion-cn", "payment-card-sandbox", "payment-escrow",
            "carrier-post", "carrier-express", "fx-fixed");

    @Test
    void everyBundledPluginIsStarted(SampleTenantClient client) {
        JsonNode plugins = client.hostAdmin().get("/admin/plugins").expectStatus(200).json().path("items");

        List<String> started = new ArrayList<>();
        plugins.forEach(p -> {
            if ("STARTED".equals(p.path("state").asText())) {
                started.add(p.path("id").asText());
            }
        });
        assertThat(started).containsAll(BUNDLED);
    }

    @Test
    void everyBundledPluginIsEnabledForTheSampleTenantWithSecretsMasked(SampleTenantClient client) {
        JsonNode plugins = client.admin().get("/v1/plugins").expectStatus(200).json();

        assertThat(plugins.toString()).contains(BUNDLED).doesNotContain("NOT-FOR-PRODUCTION");
    }

    @Test
    void eachRoleHasAWorkingKey(SampleTenantClient client) {
        client.admin().get("/v1/api-keys").expectStatus(200);
        client.storefront().get("/v1/api-keys").expectProblem(403, "forbidden");
        client.anonymous().get("/v1/api-keys").expectProblem(401, "unauthenticated");
    }

    @Test
    void bothPavilionsAreListed(SampleTenantClient client) {
        JsonNode pavilions = client.storefront().get("/v1/pavilions").expectStatus(200).json().path("items");

        List<String> countries = new ArrayList<>();
        pavilions.forEach(p -> countries.add(p.path("country").asText() + "/" + p.path("currency").asText()));
        assertThat(countries).contains("RU/RUB", "CN/CNY");
    }

    @Test
    void storefrontsBrowsePublishedProductsByPavilion(SampleTenantClient client) {
        JsonNode russian = client.storefront().get("/v1/products?pavilion=pavilion-ru&limit=50").expectStatus(200).json();

        List<String> titles = new ArrayList<>();
        russian.path("items").forEach(p -> {
            assertThat(p.path("status").asText()).isEqualTo("PUBLISHED");
            titles.add(p.path("title").asText());
        });
        assertThat(titles).anyMatch(t -> t.contains("buckwheat honey")).anyMatch(t -> t.contains("Linen tablecloth"))
                .anyMatch(t -> t.contains("Dark chocolate")).anyMatch(t -> t.contains("Birch-bark"));
        assertThat(client.storefront().get("/v1/products?hsChapter=09").expectStatus(200).body()).contains("pu'er");
    }

    @Test
    void honeyIsPublishedWithItsVeterinaryCertificate(SampleTenantClient client) {
        JsonNode honey = client.storefront().get("/v1/products/" + client.productId("buckwheat-honey")).expectStatus(200).json();

        assertThat(honey.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(honey.path("hsCode").asText()).isEqualTo("040900");
        assertThat(honey.path("certificates").toString()).contains("VETERINARY_CERTIFICATE");
    }

    @Test
    void aQuoteFromTheRussianPavilionToAChineseBuyerIsInYuan(SampleTenantClient client) {
        JsonNode quote = client.storefront().post("/v1/quotes", Map.of(
                "items", List.of(Map.of("productId", client.productId("buckwheat-honey"), "quantity", 2)),
                "shipTo", Map.of("name", "Li Wei", "lines", List.of("1 Renmin Road"), "city", "Beijing", "postalCode", "100000",
                        "country", "CN"),
                "currency", "CNY")).expectStatus(200, 201).json();

        assertThat(quote.path("sellerCurrency").asText()).isEqualTo("RUB");
        assertThat(quote.path("buyerCurrency").asText()).isEqualTo("CNY");
        assertThat(quote.path("destinationPavilion").asText()).isEqualTo("pavilion-cn");
        assertThat(quote.path("options").size()).as("carrier options of %s", quote).isGreaterThan(0);
        quote.path("options").forEach(o -> {
            assertThat(o.path("buyer").path("total").path("currency").asText()).isEqualTo("CNY");
            assertThat(new java.math.BigDecimal(o.path("buyer").path("total").path("amount").asText())).isPositive();
        });
    }

    @Test
    void aSellerKeyActsForItsSeller(SampleTenantClient client) {
        JsonNode seller = client.seller().get("/v1/sellers/" + client.sellerId("altai-honey")).expectStatus(200).json();

        assertThat(seller.path("status").asText()).isEqualTo("VERIFIED");
        assertThat(seller.path("registryNumber").asText()).isEqualTo("7707083893");
        client.seller().get("/v1/sellers/" + client.sellerId("shenzhen-audio")).expectProblem(404, "not_found");
    }

    @Test
    void theRussianPavilionBlocksRoundTimber(SampleTenantClient client) {
        client.seller().post("/v1/products", Map.of(
                "title", "Birch logs", "hsCode", "440320", "origin", "RU",
                "price", Map.of("amount", "1000.00", "currency", "RUB"), "unitWeightGrams", 20000,
                "dimensions", Map.of("lengthMm", 1000, "widthMm", 300, "heightMm", 300), "stock", 5))
                .expectProblem(422, "listing_blocked");
    }
}
