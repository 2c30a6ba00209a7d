package org.openwtp.plugins.pavilion.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.DocumentRequest;
import org.openwtp.sdk.pavilion.DocumentType;
import org.openwtp.sdk.pavilion.RequiredDocument;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Weight;

/** Default SDR rate: RUB 108.9401 (Bank of Russia, 2025-12-13), so 300 SDR = RUB 32,682.03. */
class RussianExportDocumentsTest {

    private final RussianExportDocuments documents = new RussianExportDocuments(
            RussianPavilionConfig.exportRules(PluginConfig.empty()), RussianPavilionConfig.sdrRates(PluginConfig.empty()),
            RussianPavilionConfig.originCertificates(PluginConfig.empty()));

    private static DocumentRequest order(String destination, String hs, String value, String currency, String kg) {
        CustomsItem item = new CustomsItem("goods", HsCode.of(hs), CountryCode.of("RU"), 1, Money.of(value, currency), Weight.ofKilograms(kg));
        return new DocumentRequest("order-1", CountryCode.of("RU"), CountryCode.of(destination), List.of(item), Incoterm.DAP);
    }

    private static List<DocumentType> types(List<RequiredDocument> documents) {
        return documents.stream().map(RequiredDocument::type).toList();
    }

    @Test
    void justUnder300SdrTravelsWithCn22() {
        assertThat(types(documents.documentsFor(order("CN", "6109100000", "32682.02", "RUB", "0.5"))))
                .containsExactly(DocumentType.COMMERCIAL_INVOICE, DocumentType.EXPORT_DECLARATION, DocumentType.CN22);
    }

    @Test
    void exactly300SdrNeedsCn23() {
        assertThat(types(documents.documentsFor(order("CN", "6109100000", "32682.03", "RUB", "0.5")))).contains(DocumentType.CN23);
    }

    @Test
    void itemsOver2KgTravelAsParcelsWithCn23() {
        assertThat(types(documents.documentsFor(order("CN", "6109100000", "100.00", "RUB", "2.001")))).contains(DocumentType.CN23);
        assertThat(types(documents.documentsFor(order("CN", "6109100000", "100.00", "RUB", "2.000")))).contains(DocumentType.CN22);
    }

    @Test
    void aCurrencyWithoutSdrRateFallsBackToCn23() {
        assertThat(types(documents.documentsFor(order("CN", "6109100000", "10.00", "GBP", "0.1")))).contains(DocumentType.CN23);
    }

    @Test
    void cisDestinationsGetACt1RequestAndEaeuOnesNoExportDeclaration() {
        List<RequiredDocument> kz = documents.documentsFor(order("KZ", "6109100000", "1000.00", "RUB", "0.5"));
        assertThat(types(kz)).containsExactly(DocumentType.COMMERCIAL_INVOICE, DocumentType.CN22, DocumentType.CERTIFICATE_OF_ORIGIN);
        assertThat(kz.get(2).description()).contains("CT-1");
        assertThat(types(documents.documentsFor(order("UZ", "6109100000", "1000.00", "RUB", "0.5")))).contains(DocumentType.EXPORT_DECLARATION,
                DocumentType.CERTIFICATE_OF_ORIGIN);
    }

    @Test
    void honeyShipsWithAVeterinaryCertificate() {
        List<RequiredDocument> honey = documents.documentsFor(order("CN", "0409000000", "3000.00", "RUB", "1.2"));
        assertThat(types(honey)).contains(DocumentType.VETERINARY_CERTIFICATE);
        assertThat(honey.get(honey.size() - 1).reason()).contains("HS 0409000000");
    }
}
