package org.openwtp.plugins.pavilion.cn;

import java.util.List;
import java.util.Optional;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.testkit.CountryPavilionContract;
import org.openwtp.testkit.SampleTrade;

/**
 * The SDK's pavilion contract, run against the Chinese pavilion with its default configuration. China has
 * no duty-free threshold for CBEC retail imports, so the de minimis check is skipped.
 */
class ChinesePavilionContractTest extends CountryPavilionContract {

    private static SellerApplication application(String scheme, String number, String... documents) {
        return new SellerApplication("Huawei Technologies Co., Ltd.", scheme, number, SampleTrade.hangzhouExporter(), "export@seller.example",
                List.of(documents));
    }

    @Override
    protected CountryPavilion createPavilion() {
        return new ChinesePavilion();
    }

    @Override
    protected SellerApplication validApplication() {
        return application("USCC", "914403001922038216", "BUSINESS_LICENCE", "CUSTOMS_REGISTRATION");
    }

    @Override
    protected List<SellerApplication> invalidApplications() {
        String governmentBody = "11440300192203821";
        return List.of(
                application("USCC", "914403001922038217"),  // check character
                application("USCC", "91440300192203821"),   // 17 characters
                application("USCC", "9144030019220382I6"),  // I is not in the alphabet
                application("USCC", "91350211M0000XUF46"),  // fails GB 32100
                application("USCC", governmentBody + UnifiedSocialCreditCode.checkCharacter(governmentBody)), // not a business
                application("INN", "7707083893"));          // not a Chinese scheme
    }

    @Override
    protected ListingRequest allowedListing() {
        return SampleTrade.listing("Longjing green tea, 250 g tin", "090210", SampleTrade.CN, Money.of("90.00", "CNY"));
    }

    @Override
    protected Optional<ListingRequest> blockedListing() {
        return Optional.of(SampleTrade.listing("hunting rifle", "930320", SampleTrade.CN, Money.of("9000.00", "CNY")));
    }

    @Override
    protected ImportRequest importRequest() {
        // honey, a tablecloth and chocolate from Russia, CNY 491 + 30 shipping: CBEC retail
        return SampleTrade.importRequest(SampleTrade.RU, SampleTrade.CN, SampleTrade.russianGoods("CNY"), Money.of("30.00", "CNY"));
    }
}
