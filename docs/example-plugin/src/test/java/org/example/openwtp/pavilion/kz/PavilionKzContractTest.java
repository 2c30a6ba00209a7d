package org.example.openwtp.pavilion.kz;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.testkit.CountryPavilionContract;
import org.openwtp.testkit.SampleTrade;

/** Everything the SDK promises about a pavilion, checked against the Kazakhstan pavilion. */
class PavilionKzContractTest extends CountryPavilionContract {

    @Override
    protected CountryPavilion createPavilion() {
        return new KazakhPavilion();
    }

    @Override
    protected Map<String, String> configuration() {
        return Map.of("kztPerEur", "600");   // the one required field; the rest keep their defaults
    }

    @Override
    protected SellerApplication validApplication() {
        return bin("940140000385");   // Halyk Bank
    }

    @Override
    protected List<SellerApplication> invalidApplications() {
        return List.of(bin("940140000386") /* check digit */, bin("94014000038") /* 11 digits */,
                bin("94014000038A") /* a letter */, bin("941340000385") /* month 13 */,
                SampleTrade.sellerApplication("OOO Dala", "INN", "7707083893", SampleTrade.moscowExporter()) /* scheme */);
    }

    @Override
    protected ListingRequest allowedListing() {
        return SampleTrade.listing("Buckwheat honey", "040900", SampleTrade.KZ, Money.of("4500", "KZT"));
    }

    @Override
    protected Optional<ListingRequest> blockedListing() {
        return Optional.of(SampleTrade.listing("Hunting revolver", "930200", SampleTrade.KZ, Money.of("250000", "KZT")));
    }

    @Override
    protected ImportRequest importRequest() {   // KZT 180 000 is above EUR 200 at 600 KZT a euro
        return SampleTrade.importRequest(SampleTrade.CN, SampleTrade.KZ,
                List.of(SampleTrade.item("smartphone", "851713", SampleTrade.CN, 1, Money.of("180000", "KZT"), 200)),
                Money.of("6000", "KZT"));
    }

    @Override
    protected Optional<ImportRequest> deMinimisRequest() {   // KZT 12 000 and under a kilogram
        return Optional.of(SampleTrade.importRequest(SampleTrade.CN, SampleTrade.KZ,
                List.of(SampleTrade.item("green tea", "090210", SampleTrade.CN, 2, Money.of("6000", "KZT"), 250)),
                Money.of("3000", "KZT")));
    }

    private static SellerApplication bin(String number) {
        return SampleTrade.sellerApplication("Dala Honey LLP", "BIN", number, SampleTrade.moscowExporter());
    }
}
