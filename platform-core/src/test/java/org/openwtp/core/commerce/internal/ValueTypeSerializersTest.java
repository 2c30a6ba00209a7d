package org.openwtp.core.commerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openwtp.core.commerce.quote.Quote;
import org.openwtp.core.commerce.quote.QuoteAmounts;
import org.openwtp.core.commerce.quote.QuoteOption;
import org.openwtp.sdk.pavilion.ImportCharge;

/**
 * The hand-written writers of the SDK's value types must write what Jackson's record writers write, byte for byte,
 * so quotes stored before and after them read alike. The fixture is a quote the benchmark's real plugins produced
 * (two carriers, the Chinese pavilion's charges, four FX rates, pavilion notes).
 */
class ValueTypeSerializersTest {

    private final ObjectMapper recordWriters = CommerceJson.withRecordWriters().build();

    private static Quote storedQuote() throws IOException {
        try (InputStream in = ValueTypeSerializersTest.class.getResourceAsStream("stored-quote.json")) {
            return CommerceJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), Quote.class);
        }
    }

    @Test
    void aStoredQuoteIsWrittenExactlyAsJacksonsRecordWritersWriteIt() throws IOException {
        Quote quote = storedQuote();

        assertThat(CommerceJson.write(quote)).isEqualTo(recordWriters.writeValueAsString(quote));
    }

    @Test
    void missingOptionalValuesAreWrittenAsJacksonWritesThem() throws IOException {
        Quote quote = storedQuote();
        QuoteOption first = quote.options().get(0);
        QuoteAmounts unestimated = QuoteAmounts.of(first.seller().goods(), first.seller().shipping(), Optional.empty(), Optional.empty());
        ImportCharge withoutHsCode = new ImportCharge(first.importCharges().get(0).type(), "a fee", first.importCharges().get(0).amount(),
                Optional.empty());
        QuoteOption option = new QuoteOption(first.id(), first.carrierPluginId(), first.rate(), false, false, List.of(withoutHsCode),
                false, unestimated, first.buyer());
        Quote sparse = new Quote(quote.id(), quote.tenant(), quote.sellerId(), quote.sellerPavilionId(), quote.shipFrom(), quote.shipTo(),
                quote.buyerReference(), quote.sellerCurrency(), quote.buyerCurrency(), quote.items(), quote.parcels(),
                quote.customsItems(), quote.goods(), Optional.empty(), false, List.of(option), quote.fxRates(), List.of(),
                quote.createdAt(), quote.expiresAt());

        assertThat(CommerceJson.write(sparse)).isEqualTo(recordWriters.writeValueAsString(sparse));
    }

    @Test
    void theAsciiFormIsTheSameJsonWithEveryOtherCharacterEscaped() throws IOException {
        Quote quote = storedQuote();
        String ascii = CommerceJson.writeAscii(quote);

        assertThat(ascii).isEqualTo(CommerceJson.withRecordWriters().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build()
                .writeValueAsString(quote));
        assertThat(ascii.chars()).allMatch(c -> c < 0x80);
        assertThat(ascii).contains("\\u00D7");
        assertThat(CommerceJson.read(ascii, Quote.class)).isEqualTo(quote);
    }

    @Test
    void whatIsWrittenReadsBackEqual() throws IOException {
        Quote quote = storedQuote();

        assertThat(CommerceJson.read(CommerceJson.write(quote), Quote.class)).isEqualTo(quote);
    }
}
