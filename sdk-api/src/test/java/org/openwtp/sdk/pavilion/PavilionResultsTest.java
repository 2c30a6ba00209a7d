package org.openwtp.sdk.pavilion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.HsCode;

class PavilionResultsTest {

    private static final Reason BAD_CHECK_DIGIT = Reason.of("INVALID_CHECK_DIGIT", "INN 7707083894 fails its check digit");
    private static final Reason NEEDS_CONTRACT = Reason.of("EXPORT_CONTRACT_MISSING", "upload the export contract");

    @Test
    void sellerVerificationFactoriesProduceConsistentOutcomes() {
        assertThat(SellerVerification.verified("7707083893").status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(SellerVerification.rejected("77070838 94", List.of(BAD_CHECK_DIGIT)).normalizedNumber()).isEqualTo("77070838 94");
        assertThat(SellerVerification.pendingDocuments("7707083893", List.of("EXPORT_CONTRACT"), List.of(NEEDS_CONTRACT)).requiredDocuments())
                .containsExactly("EXPORT_CONTRACT");
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatThrownBy(() -> SellerVerification.rejected("1", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rejection needs at least one reason");
    }

    @Test
    void aPendingVerificationNamesTheDocumentsItNeeds() {
        assertThatThrownBy(() -> SellerVerification.pendingDocuments("1", List.of(), List.of(NEEDS_CONTRACT)))
                .hasMessage("a pending verification must name the documents it needs");
    }

    @Test
    void aVerifiedSellerHasNoDocumentsOutstandingAndNoReasons() {
        assertThatThrownBy(() -> new SellerVerification(VerificationStatus.VERIFIED, "1", List.of(), List.of("EXPORT_CONTRACT")))
                .hasMessage("a verified seller has no documents outstanding");
        assertThatThrownBy(() -> new SellerVerification(VerificationStatus.VERIFIED, "1", List.of(BAD_CHECK_DIGIT), List.of()))
                .hasMessage("a verified seller carries no reasons");
    }

    @Test
    void listingCheckFactoriesProduceConsistentDecisions() {
        assertThat(ListingCheck.allowed().status()).isEqualTo(ListingStatus.ALLOWED);
        assertThat(ListingCheck.blocked(List.of(Reason.of("RESTRICTED_GOODS", "HS 9302 pistols"))).status()).isEqualTo(ListingStatus.BLOCKED);
        assertThat(ListingCheck.needsCertificate(List.of("VETERINARY_CERTIFICATE"), List.of()).requiredCertificates())
                .containsExactly("VETERINARY_CERTIFICATE");
    }

    @Test
    void aBlockedListingNeedsAReasonAndAListingNeedingCertificatesNamesThem() {
        assertThatThrownBy(() -> ListingCheck.blocked(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a blocked listing needs at least one reason");
        assertThatThrownBy(() -> ListingCheck.needsCertificate(List.of(), List.of(NEEDS_CONTRACT)))
                .hasMessage("a listing that needs certificates must name them");
    }

    @Test
    void anAllowedListingHasNoCertificatesMissing() {
        assertThatThrownBy(() -> new ListingCheck(ListingStatus.ALLOWED, List.of(), List.of("VETERINARY_CERTIFICATE")))
                .hasMessage("an allowed listing has no certificates missing; use NEEDS_CERTIFICATE");
    }

    @Test
    void anImportAssessmentTotalsItsChargesPerType() {
        CurrencyCode eur = CurrencyCode.of("EUR");
        ImportAssessment assessment = new ImportAssessment("GENERAL_TRADE", false, List.of(
                ImportCharge.of(ChargeType.DUTY, "duty 15%", Money.of("30.00", "EUR")),
                new ImportCharge(ChargeType.IMPORT_VAT, "VAT 20%", Money.of("46.00", "EUR"), Optional.of(HsCode.of("040900"))),
                ImportCharge.of(ChargeType.CUSTOMS_FEE, "processing", Money.of("3.00", "EUR"))), List.of(), eur);

        assertThat(assessment.total()).isEqualTo(Money.of("79.00", "EUR"));
        assertThat(assessment.total(ChargeType.IMPORT_VAT)).isEqualTo(Money.of("46.00", "EUR"));
        assertThat(assessment.total(ChargeType.OTHER)).isEqualTo(Money.zero(eur));
        assertThat(ImportAssessment.deMinimis(eur, List.of()).total().isZero()).isTrue();
    }

    @Test
    void anImportAssessmentRefusesChargesInAnotherCurrency() {
        assertThatThrownBy(() -> new ImportAssessment("GENERAL_TRADE", false,
                List.of(ImportCharge.of(ChargeType.DUTY, "duty", Money.of("1", "USD"))), List.of(), CurrencyCode.of("EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("charge 'duty' is in USD, not EUR");
    }

    @Test
    void chargesFollowTheIncotermUnlessANoteSaysThePlatformCollectsThemAtCheckout() {
        CurrencyCode cny = CurrencyCode.of("CNY");
        List<ImportCharge> vat = List.of(ImportCharge.of(ChargeType.IMPORT_VAT, "VAT 9% x 70%", Money.of("11.34", "CNY")));

        assertThat(new ImportAssessment("GENERAL_TRADE", false, vat, List.of(Reason.of("TAX_WAIVED", "small")), cny)
                .collectedAtCheckout()).isFalse();
        assertThat(new ImportAssessment("CBEC_RETAIL", false, vat, List.of(Reason.of("ANNUAL_LIMIT_REMAINING", "RMB 25,000 left"),
                Reason.of(ImportAssessment.COLLECTED_AT_CHECKOUT, "withheld by the platform")), cny).collectedAtCheckout()).isTrue();
    }
}
