package org.openwtp.plugins.pavilion.cn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwtp.sdk.Reason;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "914403001922038216", // Huawei Technologies Co., Ltd. (public business registration)
        "91110108551385082Q", // Xiaomi Technology Co., Ltd.
        "91440300708461136T", // codes published in public company registers
        "91330100799655058B",
        "9131000063159284XQ"  // organisation code with check character X
    })
    void publishedCodesAreValid(String code) {
        assertThat(UnifiedSocialCreditCode.problem(code, true)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "914403001922038217,INVALID_CHECK_DIGIT",  // Huawei with the check character changed
        "914403001922083216,INVALID_CHECK_DIGIT",  // two characters swapped
        "91350211M0000XUF46,INVALID_CHECK_DIGIT",  // reported in the wild as issued, yet fails GB 32100
        "91440300192203821,INVALID_FORMAT",        // 17 characters
        "9144030019220382I6,INVALID_FORMAT",       // I is not in the alphabet
        "9144A3001922038216,INVALID_FORMAT"        // the division code must be digits
    })
    void brokenCodesAreRejected(String code, String reason) {
        assertThat(UnifiedSocialCreditCode.problem(code, true)).map(Reason::code).contains(reason);
    }

    @Test
    void theCheckCharacterOfHuaweisCodeIsSix() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
        assertThat(UnifiedSocialCreditCode.problem("914403001922038217", true).orElseThrow().message()).contains("should be 6");
    }

    @Test
    void theEmbeddedOrganisationCodeIsCheckedPerGb11714() {
        assertThat(UnifiedSocialCreditCode.organizationCodeCheck("19220382")).isEqualTo('1');
        assertThat(UnifiedSocialCreditCode.organizationCodeCheck("63159284")).isEqualTo('X');
        // a code whose 18th character is right but whose organisation code check character is wrong
        String first17 = "91440300192203822";
        String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        assertThat(UnifiedSocialCreditCode.problem(code, false)).isEmpty();
        assertThat(UnifiedSocialCreditCode.problem(code, true).orElseThrow().message()).contains("GB 11714").contains("should be 1");
    }

    @Test
    void lowerCaseAndSpacesAreNormalized() {
        assertThat(UnifiedSocialCreditCode.normalize(" 9133 0100 7996 5505 8b ")).isEqualTo("91330100799655058B");
    }
}
