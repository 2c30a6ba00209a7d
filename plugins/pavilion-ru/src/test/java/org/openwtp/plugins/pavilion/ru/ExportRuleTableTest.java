package org.openwtp.plugins.pavilion.ru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwtp.plugins.support.pavilion.ExportListingRules;
import org.openwtp.plugins.support.pavilion.ExportRuleTable;
import org.openwtp.plugins.support.pavilion.TableFormatException;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.ListingCheck;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.ListingStatus;
import org.openwtp.sdk.trade.HsCode;

class ExportRuleTableTest {

    private final ExportListingRules defaults = new ExportListingRules(ExportRuleTable.parse(RussianPavilionConfig.DEFAULT_EXPORT_RULES));

    private static ListingRequest listing(String hs, String... certificates) {
        return new ListingRequest("product", "", HsCode.of(hs), CountryCode.of("RU"), Money.of("1000", "RUB"), List.of(certificates));
    }

    @Test
    void honeyNeedsAVeterinaryCertificate() {
        ListingCheck check = defaults.check(listing("0409000000"));
        assertThat(check.status()).isEqualTo(ListingStatus.NEEDS_CERTIFICATE);
        assertThat(check.requiredCertificates()).containsExactly("VETERINARY_CERTIFICATE");
        assertThat(check.reasons().get(0).message()).contains("rule 0409");
    }

    @Test
    void honeyWithItsCertificateIsAllowed() {
        assertThat(defaults.check(listing("040900", "veterinary_certificate")).status()).isEqualTo(ListingStatus.ALLOWED);
    }

    @Test
    void sturgeonCaviarNeedsCitesAndVeterinaryOnTheLongestPrefix() {
        ListingCheck check = defaults.check(listing("1604310000", "VETERINARY_CERTIFICATE"));
        assertThat(check.requiredCertificates()).containsExactly("CITES_PERMIT");
    }

    @Test
    void roundTimberAndArmsAreBlocked() {
        assertThat(defaults.check(listing("4403110000")).status()).isEqualTo(ListingStatus.BLOCKED);
        ListingCheck arms = defaults.check(listing("930200"));
        assertThat(arms.status()).isEqualTo(ListingStatus.BLOCKED);
        assertThat(arms.reasons()).extracting(Reason::code).containsExactly("EXPORT_BLOCKED");
    }

    @Test
    void unlistedGoodsAreAllowed() {
        assertThat(defaults.check(listing("6109100000")).status()).isEqualTo(ListingStatus.ALLOWED);
    }

    @Test
    void anAllowedLineCarvesAnExceptionOutOfABlockedChapter() {
        ExportListingRules rules = new ExportListingRules(ExportRuleTable.parse("93 BLOCKED # arms\n930700 ALLOWED # swords for collectors"));
        assertThat(rules.check(listing("930700")).status()).isEqualTo(ListingStatus.ALLOWED);
        assertThat(rules.check(listing("930200")).status()).isEqualTo(ListingStatus.BLOCKED);
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() {
        String text = String.join("\n",
                "# comment",
                "0409 NEEDS_CERTIFICATE VETERINARY_CERTIFICATE",
                "04X9 BLOCKED",
                "4403 BLOKED",
                "0409 BLOCKED",
                "93 NEEDS_CERTIFICATE",
                "97 BLOCKED LICENCE",
                "12");
        assertThatThrownBy(() -> ExportRuleTable.parse(text))
                .isInstanceOfSatisfying(TableFormatException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 3: HS prefix '04X9' must be 2 to 10 digits, e.g. 0409 or 93",
                        "line 4: unknown action 'BLOKED'; use ALLOWED, BLOCKED or NEEDS_CERTIFICATE",
                        "line 5: prefix 0409 is listed twice",
                        "line 6: NEEDS_CERTIFICATE must name at least one certificate, e.g. VETERINARY_CERTIFICATE",
                        "line 7: BLOCKED takes no certificates; put an explanation after '#'",
                        "line 8: missing action after 12; use ALLOWED, BLOCKED or NEEDS_CERTIFICATE"));
    }
}
