package org.openwtp.plugins.pavilion.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.ConfigSchema;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.DocumentRequest;
import org.openwtp.sdk.pavilion.DocumentType;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.ListingStatus;
import org.openwtp.sdk.pavilion.RequiredDocument;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Weight;
import org.openwtp.testkit.MutableClock;
import org.openwtp.testkit.TestingPluginContext;

class ChinesePavilionTest {

    private final ChinesePavilion pavilion = new ChinesePavilion();
    private final CbecPurchaseLedgerListener listener = new CbecPurchaseLedgerListener();

    private TestingPluginContext context(String instant) {
        return TestingPluginContext.builder().extension(pavilion).clock(MutableClock.at(instant)).build();
    }

    private static OrderEvent event(String id, String type, String order, String at, Map<String, String> attributes) {
        return new OrderEvent(id, type, order, Instant.parse(at), attributes);
    }

    private static ImportRequest quote(String buyer, String value) {
        return CbecImportRulesTest.order(buyer, "0", CbecImportRulesTest.item("3304990000", 1, value, "0.5"));
    }

    @Test
    void paidOrdersCountTowardsTheAnnualLimitOfLaterQuotes() {
        TestingPluginContext context = context("2026-11-29T02:00:00Z");
        listener.onOrderEvent(event("e1", "order.paid", "o1", "2026-03-01T10:00:00Z",
                Map.of("buyerId", "alice", "total", "2100000", "currency", "CNY")), context);
        assertThat(pavilion.assessImport(quote("alice", "5000.00"), context).regime()).isEqualTo("CBEC_RETAIL");
        listener.onOrderEvent(event("e2", "order.paid", "o2", "2026-04-01T10:00:00Z",
                Map.of("buyerId", "alice", "total", "1", "currency", "CNY")), context);
        assertThat(pavilion.assessImport(quote("alice", "5000.00"), context).regime()).isEqualTo("GENERAL_TRADE");
        listener.onOrderEvent(event("e3", "order.refunded", "o2", "2026-04-02T10:00:00Z",
                Map.of("buyerId", "alice", "total", "1", "currency", "CNY")), context);
        assertThat(pavilion.assessImport(quote("alice", "5000.00"), context).regime()).isEqualTo("CBEC_RETAIL");
        assertThat(pavilion.assessImport(quote("bob", "5000.00"), context).regime()).isEqualTo("CBEC_RETAIL");
    }

    @Test
    void taxesCollectedWithTheOrderDoNotCountAndARefundTakesBackItsShareOfTheValue() {
        TestingPluginContext context = context("2026-11-29T02:00:00Z");
        // RMB 21,000 paid, of which RMB 1,000 are the CBEC taxes the platform withheld: RMB 20,000 count
        listener.onOrderEvent(event("e1", "order.paid", "o1", "2026-03-01T10:00:00Z", Map.of("buyerId", "alice",
                "total", "2100000", "duties", "0", "taxes", "100000", "currency", "CNY")), context);
        assertThat(remainingAfter(context, "5000.00")).isEqualTo("1000.00");

        // half of the order refunded (RMB 10,500): RMB 10,000 of value leave the year, the rest was tax
        listener.onOrderEvent(event("e2", "order.refunded", "o1", "2026-03-05T10:00:00Z", Map.of("buyerId", "alice",
                "total", "2100000", "duties", "0", "taxes", "100000", "amount", "1050000", "currency", "CNY")), context);
        assertThat(remainingAfter(context, "5000.00")).isEqualTo("11000.00");
    }

    @Test
    void aChangedConfigurationTakesEffectAtOnceDespiteTheParsedTablesKeptBetweenCalls() {
        TestingPluginContext defaults = context("2026-11-29T02:00:00Z");
        assertThat(pavilion.assessImport(quote("carol", "4000.00"), defaults).regime()).isEqualTo("CBEC_RETAIL");
        TestingPluginContext lowerLimit = TestingPluginContext.builder().extension(pavilion)
                .clock(MutableClock.at("2026-11-29T02:00:00Z")).config(Map.of(ChinesePavilionConfig.ORDER_LIMIT_CNY, "3000")).build();
        assertThat(pavilion.assessImport(quote("carol", "4000.00"), lowerLimit).regime()).isEqualTo("CBEC_FULL_TAX");
        assertThat(pavilion.assessImport(quote("carol", "4000.00"), defaults).regime()).isEqualTo("CBEC_RETAIL");
    }

    private String remainingAfter(TestingPluginContext context, String value) {
        ImportAssessment assessment = pavilion.assessImport(quote("alice", value), context);
        assertThat(assessment.regime()).isEqualTo("CBEC_RETAIL");
        String note = assessment.notes().stream().filter(n -> n.code().equals("ANNUAL_LIMIT_REMAINING")).findFirst().orElseThrow().message();
        return note.replaceAll(".*buyer has RMB ([0-9.]+) of.*", "$1");
    }

    @Test
    void theYearFollowsChinaTime() {
        TestingPluginContext context = context("2027-01-05T02:00:00Z");
        // 16:30 UTC on 31 December is 00:30 on 1 January in Beijing
        listener.onOrderEvent(event("e1", "order.paid", "o1", "2026-12-31T16:30:00Z",
                Map.of("buyerId", "alice", "total", "2600000", "currency", "CNY")), context);
        assertThat(pavilion.assessImport(quote("alice", "1.00"), context).regime()).isEqualTo("GENERAL_TRADE");
    }

    @Test
    void ordersToOtherCountriesOrInOtherCurrenciesAreNotCounted() {
        TestingPluginContext context = context("2026-11-29T02:00:00Z");
        listener.onOrderEvent(event("e1", "order.paid", "o1", "2026-03-01T10:00:00Z",
                Map.of("buyerId", "alice", "total", "2600000", "currency", "CNY", "destinationCountry", "RU")), context);
        listener.onOrderEvent(event("e2", "order.paid", "o2", "2026-03-01T10:00:00Z",
                Map.of("buyerId", "alice", "total", "2600000", "currency", "EUR")), context);
        assertThat(pavilion.assessImport(quote("alice", "100.00"), context).regime()).isEqualTo("CBEC_RETAIL");
    }

    @Test
    void theDefaultConfigurationIsValid() {
        ConfigSchema schema = pavilion.configSchema();
        assertThat(schema.validate(Map.of())).isEmpty();
        assertThat(pavilion.validateConfig(schema.apply(Map.of()))).isEmpty();
        assertThat(listener.configFields()).isEmpty();
    }

    @Test
    void badTablesAreReportedPerFieldAndLine() {
        Map<String, String> raw = Map.of(
                "vatRates", "0409 9",
                "consumptionTaxRates", "3304 15 MIN_PER_GRAM=10\n9101 120",
                "cbecPositiveList", "0409 04O2",
                "allowedRegistrationTypes", "91,9",
                "annualLimitCny", "4000");
        List<ConfigProblem> problems = pavilion.validateConfig(pavilion.configSchema().apply(raw));
        assertThat(problems).extracting(ConfigProblem::field)
                .containsExactly("cbecPositiveList", "vatRates", "consumptionTaxRates", "consumptionTaxRates", "allowedRegistrationTypes", "annualLimitCny");
        assertThat(problems).extracting(ConfigProblem::message).contains(
                "line 1: '04O2' must be 2 to 10 HS digits",
                "line 1: add a 'DEFAULT <percent>' line for goods no prefix matches",
                "line 1: unknown option 'MIN_PER_GRAM=10'; use MIN_PER_KG=<amount> or MIN_PER_UNIT=<amount>",
                "line 2: rate 120% must be at least 0 and below 100");
    }

    @Test
    void exportControlledGraphiteNeedsALicence() {
        ListingRequest graphite = new ListingRequest("natural flake graphite", "", HsCode.of("2504100000"), CountryCode.of("CN"),
                Money.of("100.00", "CNY"), List.of());
        assertThat(pavilion.checkListing(graphite, context("2026-11-29T00:00:00Z")).status()).isEqualTo(ListingStatus.NEEDS_CERTIFICATE);
    }

    @Test
    void anOrderToVietnamNeedsFormE() {
        CustomsItem tea = new CustomsItem("green tea", HsCode.of("0902100000"), CountryCode.of("CN"), 2, Money.of("80.00", "CNY"), Weight.ofKilograms("0.25"));
        List<RequiredDocument> documents = pavilion.requiredDocuments(new DocumentRequest("o1", CountryCode.of("CN"), CountryCode.of("VN"),
                List.of(tea), Incoterm.DAP), context("2026-11-29T00:00:00Z"));
        assertThat(documents).extracting(RequiredDocument::type).containsExactly(DocumentType.COMMERCIAL_INVOICE, DocumentType.EXPORT_DECLARATION,
                DocumentType.CN22, DocumentType.CERTIFICATE_OF_ORIGIN);
        assertThat(documents.get(3).description()).contains("FORM_E");
    }
}
