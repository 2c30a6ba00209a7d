package org.openwtp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openwtp.testserver.OpenWtpServerTest;
import org.openwtp.testserver.SampleTenantClient;

/** A carrier that is down drops out of the quote with a warning naming it; the other carrier still answers. Own server: it stops a plugin. */
@OpenWtpServerTest(pluginUnderTest = false)
class CarrierDownTest {

    @Test
    void aStoppedCarrierDropsOutOfTheQuoteWithAWarningAndThePostStillAnswers(SampleTenantClient client) {
        client.hostAdmin().post("/admin/plugins/carrier-express/stop", null).expectStatus(200, 204);

        JsonNode quote = client.storefront().post("/v1/quotes", Trade.quoteRequest(client.productId("buckwheat-honey"), 1))
                .expectStatus(200, 201).json();

        assertThat(quote.path("options")).as("%s", quote).isNotEmpty();
        quote.path("options").forEach(o -> assertThat(o.path("carrier").asText()).isEqualTo("carrier-post"));
        assertThat(quote.path("warnings")).as("%s", quote).anySatisfy(w -> {
            assertThat(w.path("code").asText()).isEqualTo("CARRIER_UNAVAILABLE");
            assertThat(w.path("plugin").asText()).isEqualTo("carrier-express");
        });
    }
}
