package org.example.openwtp.pavilion.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.pavilion.ListingCheck;
import org.openwtp.sdk.pavilion.ListingStatus;
import org.openwtp.sdk.trade.HsCode;

class ExportControlsTest {
    private final ExportControls defaults = ExportControls.parse(ExportControls.DEFAULT_TABLE);

    @Test
    void goodsWithoutARuleAreAllowed() {
        assertThat(defaults.check(HsCode.of("040900"), List.of()).status()).isEqualTo(ListingStatus.ALLOWED);
    }

    @Test
    void armsAreBlockedWithAReason() {
        ListingCheck check = defaults.check(HsCode.of("930200"), List.of());
        assertThat(check.status()).isEqualTo(ListingStatus.BLOCKED);
        assertThat(check.reasons()).extracting("code").containsExactly("EXPORT_PROHIBITED");
    }

    @Test
    void antiquesNeedTheirPermitUntilItIsAttached() {
        String permit = "permit of the Ministry of Culture to export cultural valuables";
        ListingCheck missing = defaults.check(HsCode.of("970600"), List.of());
        assertThat(missing.status()).isEqualTo(ListingStatus.NEEDS_CERTIFICATE);
        assertThat(missing.requiredCertificates()).containsExactly(permit);
        assertThat(defaults.check(HsCode.of("970600"), List.of(permit)).status()).isEqualTo(ListingStatus.ALLOWED);
    }

    @Test
    void longestPrefixWins() {
        ExportControls controls = ExportControls.parse("""
                01     | BLOCK       | temporary ban on live animals
                010121 | CERTIFICATE | breeding certificate
                """);
        assertThat(controls.check(HsCode.of("010121"), List.of()).status()).isEqualTo(ListingStatus.NEEDS_CERTIFICATE);
        assertThat(controls.check(HsCode.of("010290"), List.of()).status()).isEqualTo(ListingStatus.BLOCKED);
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() {
        String table = "# comment\n93 | BLOCK | arms\n9A | BLOCK | x\n2844 | FORBID | y\n0409 | CERTIFICATE\n";
        assertThat(ExportControls.problems(table)).hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("line 3 "))
                .anySatisfy(p -> assertThat(p).startsWith("line 4 "))
                .anySatisfy(p -> assertThat(p).startsWith("line 5 "));
        assertThatThrownBy(() -> ExportControls.parse(table)).hasMessageStartingWith("line 3 ");
    }

    @Test
    void defaultTableParses() {
        assertThat(ExportControls.problems(ExportControls.DEFAULT_TABLE)).isEmpty();
    }
}
