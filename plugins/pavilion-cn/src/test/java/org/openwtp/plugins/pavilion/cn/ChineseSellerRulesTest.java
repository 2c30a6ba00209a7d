package org.openwtp.plugins.pavilion.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.sdk.pavilion.SellerVerification;
import org.openwtp.sdk.pavilion.VerificationStatus;

class ChineseSellerRulesTest {

    private final ChineseSellerRules rules = ChinesePavilionConfig.sellerRules(PluginConfig.empty());

    private static SellerApplication application(String scheme, String number, String... documents) {
        return new SellerApplication("Shenzhen Example Trading Co., Ltd.", scheme, number,
                Address.of("Example Trading", "1 Keji Road", "Shenzhen", "518057", CountryCode.of("CN")),
                "sales@example.cn", List.of(documents));
    }

    @Test
    void enterpriseWithDocumentsIsVerified() {
        SellerVerification result = rules.verify(application("USCC", "914403001922038216", "BUSINESS_LICENCE", "customs_registration"));
        assertThat(result.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(result.normalizedNumber()).isEqualTo("914403001922038216");
    }

    @Test
    void missingDocumentsLeaveTheApplicationPending() {
        SellerVerification result = rules.verify(application("USCC", "91110108551385082q", "BUSINESS_LICENCE"));
        assertThat(result.status()).isEqualTo(VerificationStatus.PENDING_DOCUMENTS);
        assertThat(result.normalizedNumber()).isEqualTo("91110108551385082Q");
        assertThat(result.requiredDocuments()).containsExactly("CUSTOMS_REGISTRATION");
    }

    @Test
    void aWrongCheckCharacterIsRejected() {
        SellerVerification result = rules.verify(application("USCC", "914403001922038217"));
        assertThat(result.status()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(result.reasons()).extracting(Reason::code).containsExactly("INVALID_CHECK_DIGIT");
    }

    @Test
    void nonBusinessRegistrationsAreRejected() {
        // a valid code of a government body (registration authority 1, type 1)
        String first17 = "11440300192203821";
        SellerVerification result = rules.verify(application("USCC", first17 + UnifiedSocialCreditCode.checkCharacter(first17)));
        assertThat(result.reasons()).extracting(Reason::code).containsExactly("REGISTRATION_TYPE_NOT_ALLOWED");
    }

    @Test
    void otherSchemesAreRejected() {
        assertThat(rules.verify(application("INN", "7707083893")).reasons()).extracting(Reason::code).containsExactly("UNSUPPORTED_SCHEME");
    }
}
