package org.openwtp.plugins.pavilion.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.sdk.pavilion.SellerVerification;
import org.openwtp.sdk.pavilion.VerificationStatus;

class RussianSellerRulesTest {

    private final RussianSellerRules rules = new RussianSellerRules(List.of("REGISTRY_EXTRACT", "EXPORT_CONTRACT"));

    private static SellerApplication application(String scheme, String number, String... documents) {
        return new SellerApplication("OOO Medovik", scheme, number,
                Address.of("OOO Medovik", "ul. Lesnaya 1", "Ufa", "450000", CountryCode.of("RU")),
                "export@medovik.example", List.of(documents));
    }

    @Test
    void legalEntityWithInnOgrnAndDocumentsIsVerified() {
        SellerVerification result = rules.verify(application("INN", "7707083893", "OGRN:1027700132195", "REGISTRY_EXTRACT", "export_contract"));
        assertThat(result.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(result.normalizedNumber()).isEqualTo("7707083893");
    }

    @Test
    void entrepreneurWithOgrnipAndInnIsVerified() {
        SellerVerification result = rules.verify(application("OGRNIP", "304500116000157", "INN:500100732259", "REGISTRY_EXTRACT", "EXPORT_CONTRACT"));
        assertThat(result.status()).isEqualTo(VerificationStatus.VERIFIED);
    }

    @Test
    void missingCompanionNumberAndDocumentsLeaveTheApplicationPending() {
        SellerVerification result = rules.verify(application("INN", "7707 083 893"));
        assertThat(result.status()).isEqualTo(VerificationStatus.PENDING_DOCUMENTS);
        assertThat(result.normalizedNumber()).isEqualTo("7707083893");
        assertThat(result.requiredDocuments()).containsExactly("OGRN", "REGISTRY_EXTRACT", "EXPORT_CONTRACT");
        assertThat(result.reasons()).extracting(Reason::code).containsExactly("COMPANION_NUMBER_MISSING", "DOCUMENT_MISSING", "DOCUMENT_MISSING");
    }

    @Test
    void twelveDigitInnAsksForAnOgrnip() {
        SellerVerification result = rules.verify(application("INN", "500100732259", "REGISTRY_EXTRACT", "EXPORT_CONTRACT"));
        assertThat(result.requiredDocuments()).containsExactly("OGRNIP");
    }

    @Test
    void legalEntityInnWithAnEntrepreneursOgrnipIsRejected() {
        SellerVerification result = rules.verify(application("INN", "7707083893", "OGRNIP:304500116000157", "REGISTRY_EXTRACT", "EXPORT_CONTRACT"));
        assertThat(result.status()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(result.reasons()).extracting(Reason::code).containsExactly("REGISTRATION_MISMATCH");
    }

    @Test
    void ogrnWithAnEntrepreneursInnIsRejectedAsMismatch() {
        SellerVerification result = rules.verify(application("OGRN", "1027700132195", "INN:500100732259", "REGISTRY_EXTRACT", "EXPORT_CONTRACT"));
        assertThat(result.status()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(result.reasons()).extracting(Reason::code).containsExactly("REGISTRATION_MISMATCH");
    }

    @Test
    void invalidCompanionNumberIsRejected() {
        SellerVerification result = rules.verify(application("INN", "7707083893", "OGRN:1027700132196"));
        assertThat(result.status()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(result.reasons()).extracting(Reason::code).containsExactly("INVALID_CHECK_DIGIT");
    }

    @Test
    void invalidCheckDigitIsRejected() {
        SellerVerification result = rules.verify(application("INN", "7707083894"));
        assertThat(result.status()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(result.normalizedNumber()).isEqualTo("7707083894");
        assertThat(result.reasons()).extracting(Reason::code).containsExactly("INVALID_CHECK_DIGIT");
    }

    @Test
    void anOgrnGivenAsInnIsRejectedWithTheRightScheme() {
        SellerVerification result = rules.verify(application("INN", "1027700132195"));
        assertThat(result.reasons()).extracting(Reason::code).containsExactly("WRONG_SCHEME");
        assertThat(result.reasons().get(0).message()).contains("apply with scheme OGRN");
    }

    @Test
    void foreignSchemesAreRejected() {
        SellerVerification result = rules.verify(application("USCC", "914403001922038216"));
        assertThat(result.reasons()).extracting(Reason::code).containsExactly("UNSUPPORTED_SCHEME");
    }
}
