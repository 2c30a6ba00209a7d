package ${package};

import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.testkit.CountryPavilionContract;
import org.openwtp.testkit.SampleTrade;

/** Everything the SDK promises about a pavilion, checked against the ${countryCode} pavilion. */
class ${countryCode}PavilionContractTest extends CountryPavilionContract {
    private static final CountryCode COUNTRY = CountryCode.of("${countryCode}");

    @Override
    protected CountryPavilion createPavilion() {
        return new ${countryCode}Pavilion();
    }

    @Override
    protected SellerApplication validApplication() {
        return seller("4607001236");
    }

    @Override
    protected List<SellerApplication> invalidApplications() {
        return List.of(seller("4607001237") /* check digit */, seller("460700123") /* 9 digits */, seller("46070012A6") /* a letter */);
    }

    @Override
    protected ListingRequest allowedListing() {
        return SampleTrade.listing("Honey", "040900", COUNTRY, Money.of("20", "${currency}"));
    }

    @Override
    protected Optional<ListingRequest> blockedListing() {
        return Optional.of(SampleTrade.listing("Hunting revolver", "930200", COUNTRY, Money.of("900", "${currency}")));
    }

    @Override
    protected ImportRequest importRequest() {   // above the default threshold of 100
        return SampleTrade.importRequest(SampleTrade.CN, COUNTRY,
                List.of(SampleTrade.item("smartphone", "851713", SampleTrade.CN, 1, Money.of("1000", "${currency}"), 200)),
                Money.of("30", "${currency}"));
    }

    @Override
    protected Optional<ImportRequest> deMinimisRequest() {   // under it
        return Optional.of(SampleTrade.importRequest(SampleTrade.CN, COUNTRY,
                List.of(SampleTrade.item("green tea", "090210", SampleTrade.CN, 2, Money.of("25", "${currency}"), 250)),
                Money.of("10", "${currency}")));
    }

    private static SellerApplication seller(String number) {
        return SampleTrade.sellerApplication("Example Exporter", RegistryNumbers.SCHEME, number, SampleTrade.moscowExporter());
    }
}
