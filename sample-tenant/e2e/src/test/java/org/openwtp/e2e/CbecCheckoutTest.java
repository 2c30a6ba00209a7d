package org.openwtp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openwtp.e2e.CrossBorderOrderTest.money;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwtp.core.events.OutboxDispatcher;
import org.openwtp.testserver.OpenWtpServerTest;
import org.openwtp.testserver.OpenWtpTestServer;
import org.openwtp.testserver.SampleTenantClient;

/**
 * China's cross-border e-commerce retail imports on the real core with the real pavilion-cn jar: within the
 * limits the platform withholds the import taxes at checkout, so a DAP order from Russia charges the whole
 * landed cost (docs/plugins/pavilion-cn.md), and the buyer's annual CBEC limit counts what was bought (goods
 * and shipping), not the taxes withheld with it.
 */
@OpenWtpServerTest(pluginUnderTest = false)
class CbecCheckoutTest {

    @Test
    void aBuyerInChinaPaysTheWithheldCbecTaxesWithTheOrderAndHerYearCountsGoodsAndShipping(SampleTenantClient client,
                                                                                          OpenWtpTestServer server) {
        String productId = CheckoutFailuresTest.listHoney(client, "cbec", 10);
        JsonNode quote = CheckoutFailuresTest.quote(client, productId, 2);
        assertThat(quote.path("warnings").toString()).as("the pavilion tells the buyer").contains("COLLECTED_AT_CHECKOUT");
        JsonNode post = CrossBorderOrderTest.option(quote, "carrier-post");
        assertThat(post.path("incoterm").asText()).isEqualTo("DAP");
        assertThat(post.path("importChargesPaid").asText()).isEqualTo("AT_CHECKOUT");
        assertThat(post.path("importCharges").toString()).contains("IMPORT_VAT");
        for (String side : List.of("seller", "buyer")) {
            String currency = side.equals("seller") ? "RUB" : "CNY";
            JsonNode landed = post.path(side);
            JsonNode checkout = post.path("payableAtCheckout").path(side);
            for (String part : List.of("goods", "shipping", "duties", "taxes", "total")) {
                assertThat(money(checkout.path(part), currency)).as("%s %s at checkout", side, part)
                        .isEqualByComparingTo(money(landed.path(part), currency));
            }
        }
        // honey: no duty; VAT 9% of goods + shipping, 70% of it within the CBEC limits
        JsonNode buyer = post.path("buyer");
        BigDecimal goodsAndShipping = money(buyer.path("goods"), "CNY").add(money(buyer.path("shipping"), "CNY"));
        assertThat(money(buyer.path("duties"), "CNY")).isZero();
        assertThat(money(buyer.path("taxes"), "CNY")).isCloseTo(goodsAndShipping.multiply(new BigDecimal("0.063")), within(new BigDecimal("0.02")));

        JsonNode order = client.storefront().post("/v1/orders", Trade.orderRequest(quote.path("id").asText(), post.path("id").asText(),
                Trade.APPROVING_CARD), "Idempotency-Key", "order-cbec-1").expectStatus(201).json();
        String orderId = order.path("id").asText();
        assertThat(money(order.path("taxes"), "CNY")).isEqualByComparingTo(money(buyer.path("taxes"), "CNY"));
        assertThat(money(order.path("total"), "CNY")).isEqualByComparingTo(money(buyer.path("total"), "CNY"));
        assertThat(CrossBorderOrderTest.payment(client, orderId).path("authorized").path("minorUnits").asLong())
                .isEqualTo(order.path("total").path("minorUnits").asLong());

        // shipping captures the payment; order.paid reaches the pavilion's CBEC ledger through the outbox
        client.seller().post("/v1/orders/" + orderId + "/shipments", null).expectStatus(200, 201);
        server.server().injector().getInstance(OutboxDispatcher.class).dispatchOnce();

        // the next quote to the same buyer: the year holds the first order's goods and shipping, not its taxes
        JsonNode next = CheckoutFailuresTest.quote(client, productId, 1);
        BigDecimal nextGoods = money(CrossBorderOrderTest.option(next, "carrier-post").path("buyer").path("goods"), "CNY");
        BigDecimal expectedLeft = new BigDecimal("26000").subtract(goodsAndShipping).subtract(nextGoods);
        assertThat(remainingOfTheYear(next)).isEqualByComparingTo(expectedLeft);
    }

    /** The RMB amount the pavilion's ANNUAL_LIMIT_REMAINING note says is left after the quoted order. */
    private static BigDecimal remainingOfTheYear(JsonNode quote) {
        for (JsonNode warning : quote.path("warnings")) {
            String message = warning.path("message").asText();
            if (message.startsWith("ANNUAL_LIMIT_REMAINING")) {
                return new BigDecimal(message.replaceAll(".*buyer has RMB (-?[0-9.]+) of.*", "$1"));
            }
        }
        throw new AssertionError("no ANNUAL_LIMIT_REMAINING note in " + quote.path("warnings"));
    }
}
