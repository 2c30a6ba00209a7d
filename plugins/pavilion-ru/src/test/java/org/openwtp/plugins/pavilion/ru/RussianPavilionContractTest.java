package org.openwtp.plugins.pavilion.ru;

import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.testkit.CountryPavilionContract;
import org.openwtp.testkit.SampleTrade;

/** The SDK's pavilion contract, run against the Russian pavilion with its default configuration. */
class RussianPavilionContractTest extends CountryPavilionContract {

    private static SellerApplication application(String scheme, String number, String... documents) {
        return new SellerApplication("PAO Sberbank", scheme, number, SampleTrade.moscowExporter(), "export@seller.example", List.of(documents));
    }

    @Override
    protected CountryPavilion createPavilion() {
        return new RussianPavilion();
    }

    @Override
    protected SellerApplication validApplication() {
        return application("INN", "7707083893", "OGRN:1027700132195", "REGISTRY_EXTRACT", "EXPORT_CONTRACT");
    }

    @Override
    protected List<SellerApplication> invalidApplications() {
        return List.of(
                application("INN", "7707083894"),                       // check digit
                application("INN", "77070838"),                         // length
                application("INN", "77O7083893"),                       // letter O
                application("OGRN", "1027700132196"),                   // check digit
                application("OGRNIP", "304500116000158"),               // check digit
                application("INN", "1027700132195"),                    // an OGRN under the INN scheme
                application("OGRN", "1027700132195", "INN:500100732259"), // legal entity with an entrepreneur's INN
                application("USCC", "914403001922038216"));             // not a Russian scheme
    }

    @Override
    protected ListingRequest allowedListing() {
        return SampleTrade.listing("linen tablecloth 150x220 cm", "630259", SampleTrade.RU, Money.of("3200.00", "RUB"));
    }

    @Override
    protected Optional<ListingRequest> blockedListing() {
        return Optional.of(SampleTrade.listing("hunting rifle", "930320", SampleTrade.RU, Money.of("85000.00", "RUB")));
    }

    @Override
    protected ImportRequest importRequest() {
        // five pairs of headphones from China, RUB 22,500: above EUR 200
        return SampleTrade.importRequest(SampleTrade.CN, SampleTrade.RU, List.of(SampleTrade.headphones("RUB", 5)), Money.of("500.00", "RUB"));
    }

    @Override
    protected Optional<ImportRequest> deMinimisRequest() {
        return Optional.of(SampleTrade.importRequest(SampleTrade.CN, SampleTrade.RU, List.of(SampleTrade.headphones("RUB", 1)), Money.of("500.00", "RUB")));
    }
}
