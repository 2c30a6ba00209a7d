package org.openwtp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwtp.testserver.ApiClient;
import org.openwtp.testserver.OpenWtpServerTest;
import org.openwtp.testserver.SampleTenantClient;

/**
 * The whole cross-border story of issue 4 over HTTP, on the real core with the real bundled plugin jars and
 * the sample tenant, step by step as docs/quickstart.md walks it: a new Russian seller is verified, lists
 * honey, a storefront quotes it to Beijing in yuan, the buyer orders and pays by card, the seller ships,
 * signed tracking webhooks deliver it, and the tenant refunds part of it.
 */
@OpenWtpServerTest(pluginUnderTest = false)
class CrossBorderOrderTest {

    @Test
    void aNewRussianSellerSellsHoneyToABuyerInChinaFromApplicationToPartialRefund(SampleTenantClient client) {
        // 1. a new seller key applies to the Russian pavilion with Gazprom's real INN and OGRN
        String sellerKey = client.admin().post("/v1/api-keys", Map.of("role", "SELLER", "name", "seller-e2e-gazprom"))
                .expectStatus(201).text("/key");
        ApiClient seller = client.withBearer(sellerKey);
        JsonNode applied = seller.post("/v1/sellers", Map.of(
                "pavilion", "pavilion-ru", "legalName", "PAO Gazprom", "registryScheme", "INN",
                "registryNumber", "7736050003",
                "address", Map.of("name", "PAO Gazprom", "lines", List.of("Nametkina ul. 16"), "city", "Moscow",
                        "postalCode", "117420", "country", "RU"),
                "contactEmail", "export@gazprom.example",
                "documents", List.of("OGRN:1027700070518", "REGISTRY_EXTRACT", "EXPORT_CONTRACT")))
                .expectStatus(201).json();
        assertThat(applied.path("status").asText()).as("%s", applied).isEqualTo("VERIFIED");
        String sellerId = applied.path("id").asText();

        // 2. honey without its veterinary certificate stays unpublished; attaching it publishes it
        JsonNode honey = seller.post("/v1/products", Map.of(
                "title", "Bashkir wildflower honey, 1 kg jar", "description", "Raw wildflower honey.",
                "hsCode", "040900", "origin", "RU", "price", Map.of("amount", "950.00", "currency", "RUB"),
                "unitWeightGrams", 1350, "dimensions", Map.of("lengthMm", 150, "widthMm", 120, "heightMm", 120),
                "stock", 20)).expectStatus(201).json();
        assertThat(honey.path("status").asText()).as("%s", honey).isEqualTo("NEEDS_CERTIFICATE");
        assertThat(honey.path("requiredCertificates").toString()).contains("VETERINARY_CERTIFICATE");
        String productId = honey.path("id").asText();
        client.storefront().get("/v1/products/" + productId).expectStatus(404);
        JsonNode published = seller.post("/v1/products/" + productId + "/certificates",
                Map.of("name", "VETERINARY_CERTIFICATE")).expectStatus(200, 201).json();
        assertThat(published.path("status").asText()).as("%s", published).isEqualTo("PUBLISHED");
        client.storefront().get("/v1/products/" + productId).expectStatus(200);

        // 3. a storefront quotes two jars to Beijing in yuan
        JsonNode quote = client.storefront().post("/v1/quotes", Trade.quoteRequest(productId, 2)).expectStatus(200, 201).json();
        assertThat(quote.path("sellerId").asText()).isEqualTo(sellerId);
        assertThat(quote.path("sellerCurrency").asText()).isEqualTo("RUB");
        assertThat(quote.path("buyerCurrency").asText()).isEqualTo("CNY");
        assertThat(quote.path("destinationPavilion").asText()).isEqualTo("pavilion-cn");
        assertThat(quote.path("dutiesEstimated").asBoolean()).as("%s", quote).isTrue();
        assertThat(money(quote.path("goods"), "RUB")).isEqualByComparingTo("1900.00");
        assertThat(quote.path("fxRates").size()).isPositive();
        assertThat(quote.path("expiresAt").asText()).isNotBlank();
        List<String> carriers = new ArrayList<>();
        BigDecimal goodsInYuan = null;
        for (JsonNode option : quote.path("options")) {
            carriers.add(option.path("carrier").asText());
            for (String side : List.of("seller", "buyer")) {
                JsonNode sum = option.path(side);
                String currency = side.equals("seller") ? "RUB" : "CNY";
                BigDecimal goods = money(sum.path("goods"), currency);
                BigDecimal shipping = money(sum.path("shipping"), currency);
                BigDecimal duties = money(sum.path("duties"), currency);
                BigDecimal taxes = money(sum.path("taxes"), currency);
                assertThat(shipping).as("shipping of %s", option).isPositive();
                assertThat(money(sum.path("total"), currency)).as("total of %s", option)
                        .isEqualByComparingTo(goods.add(shipping).add(duties).add(taxes));
            }
            BigDecimal goods = money(option.path("buyer").path("goods"), "CNY");
            if (goodsInYuan != null) {
                assertThat(goods).as("the goods cost the same with every carrier").isEqualByComparingTo(goodsInYuan);
            }
            goodsInYuan = goods;
        }
        assertThat(carriers).as("%s", quote).contains("carrier-post", "carrier-express");
        assertThat(quote.path("options").toString()).as("duties and taxes are itemised").contains("importCharges");
        JsonNode postOption = option(quote, "carrier-post");

        // 4. the buyer orders with an Idempotency-Key and a card that approves
        String idempotencyKey = "order-e2e-li-wei-1";
        Map<String, Object> order = Trade.orderRequest(quote.path("id").asText(), postOption.path("id").asText(),
                Trade.APPROVING_CARD);
        JsonNode placed = client.storefront().post("/v1/orders", order, "Idempotency-Key", idempotencyKey)
                .expectStatus(201).json();
        String orderId = placed.path("id").asText();
        assertThat(placed.path("status").asText()).as("%s", placed).isEqualTo("AUTHORIZED");
        assertThat(stock(client, productId)).isEqualTo(18);
        JsonNode payment = payment(client, orderId);
        assertThat(payment.path("status").asText()).as("%s", payment).isEqualTo("AUTHORIZED");
        // the post is DAP, but honey within China's CBEC limits has its import taxes withheld by the platform:
        // the buyer pays the whole landed cost now, nothing on delivery (docs/commerce.md, docs/plugins/pavilion-cn.md)
        assertThat(postOption.path("incoterm").asText()).isEqualTo("DAP");
        assertThat(postOption.path("importChargesPaid").asText()).isEqualTo("AT_CHECKOUT");
        JsonNode landed = postOption.path("buyer");
        assertThat(money(landed.path("taxes"), "CNY")).as("CBEC import VAT on honey").isPositive();
        assertThat(money(payment.path("authorized"), "CNY")).as("the buyer pays goods + shipping + duties + taxes in yuan")
                .isEqualByComparingTo(money(landed.path("goods"), "CNY").add(money(landed.path("shipping"), "CNY"))
                        .add(money(landed.path("duties"), "CNY")).add(money(landed.path("taxes"), "CNY")))
                .isEqualByComparingTo(money(postOption.path("payableAtCheckout").path("buyer").path("total"), "CNY"))
                .isEqualByComparingTo(money(placed.path("total"), "CNY"));

        // 5. the seller ships with the quoted post: the payment is captured, customs declaration and tracking number
        client.seller().post("/v1/orders/" + orderId + "/shipments", null).expectProblem(404, "not_found");
        JsonNode shipment = seller.post("/v1/orders/" + orderId + "/shipments", null).expectStatus(200, 201).json();
        String trackingNumber = shipment.path("trackingNumber").asText();
        assertThat(trackingNumber).as("%s", shipment).isNotBlank();
        assertThat(shipment.path("carrier").asText()).isEqualTo("carrier-post");
        assertThat(shipment.toString()).as("customs declaration in %s", shipment).containsIgnoringCase("customs");
        assertThat(status(client, orderId)).isEqualTo("SHIPPED");
        payment = payment(client, orderId);
        long captured = payment.path("captured").path("minorUnits").asLong();
        assertThat(captured).as("captured at shipment: %s", payment).isPositive()
                .isEqualTo(payment.path("authorized").path("minorUnits").asLong());

        // 6. signed tracking webhooks move the order to DELIVERED
        Instant pickedUp = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        List<String[]> steps = List.of(new String[] {"PICKED_UP", "Moscow"}, new String[] {"IN_TRANSIT", "Moscow"},
                new String[] {"DELIVERED", "Beijing"});
        for (int i = 0; i < steps.size(); i++) {
            String[] step = steps.get(i);
            JsonNode answer = Trade.sendTracking(client.anonymous(), "carrier-post", trackingNumber, step[0], step[1],
                    pickedUp.plusSeconds(10L * i)).expectStatus(200).json();
            assertThat(answer.path("applied").asInt()).as("%s %s", step[0], answer).isEqualTo(1);
        }
        assertThat(status(client, orderId)).isEqualTo("DELIVERED");
        JsonNode replay = Trade.sendTracking(client.anonymous(), "carrier-post", trackingNumber, "DELIVERED", "Beijing",
                pickedUp.plusSeconds(20)).expectStatus(200).json();
        assertThat(replay.path("applied").asInt()).as("a replayed webhook changes nothing: %s", replay).isZero();
        assertThat(client.storefront().get("/v1/orders/" + orderId + "/tracking").expectStatus(200).body())
                .contains("PICKED_UP", "IN_TRANSIT", "DELIVERED");

        // 7. the tenant admin refunds part of it; more than what remains is refused
        long partial = captured / 4;
        client.admin().post("/v1/orders/" + orderId + "/refunds", Map.of("amount", partial, "reason", "one jar arrived cracked"),
                "Idempotency-Key", "refund-1-" + orderId).expectStatus(200, 201);
        assertThat(status(client, orderId)).isEqualTo("PARTIALLY_REFUNDED");
        client.admin().post("/v1/orders/" + orderId + "/refunds", Map.of("amount", captured - partial + 1, "reason", "too much"))
                .expectProblem(422, "refund_exceeds_captured");
        payment = payment(client, orderId);
        assertThat(payment.path("refunded").path("minorUnits").asLong()).as("%s", payment).isEqualTo(partial);

        // every state change left an event in the outbox
        String events = client.storefront().get("/v1/orders/" + orderId + "/events").expectStatus(200).body();
        assertThat(events).contains("order.created", "order.authorized", "order.paid", "order.shipped",
                "order.tracking_updated", "order.delivered", "order.refunded");
    }

    static JsonNode option(JsonNode quote, String carrier) {
        for (JsonNode option : quote.path("options")) {
            if (option.path("carrier").asText().equals(carrier)) {
                return option;
            }
        }
        throw new AssertionError("no option of " + carrier + " in " + quote);
    }

    static BigDecimal money(JsonNode money, String currency) {
        assertThat(money.path("currency").asText()).as("currency of %s", money).isEqualTo(currency);
        return new BigDecimal(money.path("amount").asText());
    }

    static JsonNode payment(SampleTenantClient client, String orderId) {
        return client.storefront().get("/v1/orders/" + orderId + "/payment").expectStatus(200).json().path("payment");
    }

    static String status(SampleTenantClient client, String orderId) {
        return client.storefront().get("/v1/orders/" + orderId).expectStatus(200).text("/status");
    }

    static int stock(SampleTenantClient client, String productId) {
        return client.admin().get("/v1/products/" + productId).expectStatus(200).json().path("stock").asInt();
    }
}
