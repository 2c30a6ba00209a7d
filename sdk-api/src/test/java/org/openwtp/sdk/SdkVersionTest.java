package org.openwtp.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pf4j.DefaultVersionManager;

class SdkVersionTest {

    private static final Pattern RANGE = Pattern.compile(">=(\\d+)\\.(\\d+)\\.(\\d+) & <(\\d+)\\.0\\.0");

    @Test
    void currentVersionIsThePomsSdkVersion() {
        assertThat(System.getProperty("openwtp.sdk.version"))
                .as("system property openwtp.sdk.version (passed by surefire from the root pom)")
                .isNotBlank();
        assertThat(SdkVersion.CURRENT).isEqualTo(System.getProperty("openwtp.sdk.version"));
    }

    @Test
    void compatibleRangeIsThePomsPluginRequires() {
        assertThat(SdkVersion.COMPATIBLE_RANGE).isEqualTo(System.getProperty("openwtp.sdk.requires"));
    }

    @Test
    void compatibleRangeStartsAtTheCurrentVersionAndStopsBeforeTheNextMajor() {
        Matcher range = RANGE.matcher(SdkVersion.COMPATIBLE_RANGE);
        assertThat(range.matches()).as("range %s has the form >=X.Y.Z & <(X+1).0.0", SdkVersion.COMPATIBLE_RANGE).isTrue();

        String lowerBound = range.group(1) + "." + range.group(2) + "." + range.group(3);
        assertThat(lowerBound).isEqualTo(SdkVersion.CURRENT);
        assertThat(Integer.parseInt(range.group(4))).isEqualTo(Integer.parseInt(range.group(1)) + 1);
    }

    @Test
    void pf4jAcceptsTheCurrentVersionForTheCompatibleRangeButNotTheNextMajor() {
        DefaultVersionManager versions = new DefaultVersionManager();
        int major = Integer.parseInt(SdkVersion.CURRENT.split("\\.")[0]);

        assertThat(versions.checkVersionConstraint(SdkVersion.CURRENT, SdkVersion.COMPATIBLE_RANGE)).isTrue();
        assertThat(versions.checkVersionConstraint((major + 1) + ".0.0", SdkVersion.COMPATIBLE_RANGE)).isFalse();
    }
}
