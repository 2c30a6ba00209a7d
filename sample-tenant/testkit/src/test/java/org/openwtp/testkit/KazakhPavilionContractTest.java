package org.openwtp.testkit;

import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.testkit.fakes.KazakhPavilion;

/** A correct pavilion passes the whole {@link CountryPavilionContract}. */
class KazakhPavilionContractTest extends CountryPavilionContract {
    @Override
    protected CountryPavilion createPavilion() {
        return new KazakhPavilion();
    }

    @Override
    protected SellerApplication validApplication() {
        return bin("940340000580");
    }

    @Override
    protected List<SellerApplication> invalidApplications() {
        return List.of(bin("940340000581"), bin("94034000058"), bin("9403400005800"), bin("94034000058A"),
                SampleTrade.sellerApplication("TOO Dala", "INN", "7707083893", SampleTrade.moscowExporter()));
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
    protected ImportRequest importRequest() {
        return SampleTrade.importRequest(SampleTrade.CN, SampleTrade.KZ,
                List.of(SampleTrade.item("smartphone", "851713", SampleTrade.CN, 1, Money.of("180000", "KZT"), 200)), Money.of("6000", "KZT"));
    }

    @Override
    protected Optional<ImportRequest> deMinimisRequest() {
        return Optional.of(SampleTrade.importRequest(SampleTrade.CN, SampleTrade.KZ,
                List.of(SampleTrade.item("green tea", "090210", SampleTrade.CN, 2, Money.of("6000", "KZT"), 250)), Money.of("3000", "KZT")));
    }

    private static SellerApplication bin(String number) {
        return SampleTrade.sellerApplication("TOO Dala Honey", "BIN", number, SampleTrade.moscowExporter());
    }
}
