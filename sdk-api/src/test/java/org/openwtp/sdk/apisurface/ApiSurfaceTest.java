package org.openwtp.sdk.apisurface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.SdkVersion;

/**
 * The SDK's public and protected API must match the committed {@code sdk-api/api/sdk-api.txt}, so no
 * change to what agency plugins compile against goes unnoticed in review.
 */
class ApiSurfaceTest {

    private static final String UPDATE_PROPERTY = "openwtp.sdk.updateApi";

    @Test
    void committedApiFileMatchesTheCompiledSdk() throws IOException {
        Path apiFile = apiFile();
        String actual = ApiSurface.render(ApiSurface.scan(SdkVersion.class, "org.openwtp.sdk"));

        if (Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false"))) {
            Files.createDirectories(apiFile.toAbsolutePath().getParent());
            Files.writeString(apiFile, actual, StandardCharsets.UTF_8);
            System.out.println("Rewrote " + apiFile + "; review and commit it with your change.");
            return;
        }

        String expected = Files.exists(apiFile) ? Files.readString(apiFile, StandardCharsets.UTF_8).replace("\r\n", "\n") : "";
        if (!expected.equals(actual)) {
            String diff = UnifiedDiff.diff("sdk-api/api/sdk-api.txt (committed)", lines(expected),
                    "sdk-api (compiled)", lines(actual), 3);
            fail("The SDK's API surface differs from " + apiFile + ".\n"
                    + "If the change is intended, regenerate the file and commit it with the change:\n"
                    + "    mvn -B -pl sdk-api verify -Dopenwtp.sdk.updateApi=true\n"
                    + "then check docs/sdk-compatibility.md: removals and changed signatures need a major version,\n"
                    + "new methods on extension points must be default methods.\n\n" + diff);
        }
    }

    @Test
    void surfaceListsTheExtensionPointsAndValueTypes() {
        String surface = ApiSurface.render(ApiSurface.scan(SdkVersion.class, "org.openwtp.sdk"));

        assertThat(surface)
                .contains("public interface org.openwtp.sdk.carrier.Carrier extends org.openwtp.sdk.config.ConfigurableExtension")
                .contains("public interface org.openwtp.sdk.config.ConfigurableExtension extends org.pf4j.ExtensionPoint")
                .contains("  public abstract org.openwtp.sdk.carrier.RateResponse quote(org.openwtp.sdk.carrier.RateRequest, "
                        + "org.openwtp.sdk.context.PluginContext)")
                .contains("  public default java.util.List<org.openwtp.sdk.config.ConfigProblem> validateConfig("
                        + "org.openwtp.sdk.config.PluginConfig)")
                .contains("public record org.openwtp.sdk.money.Money(long minorUnits, org.openwtp.sdk.money.CurrencyCode currency)"
                        + " implements java.lang.Comparable<org.openwtp.sdk.money.Money>")
                .contains("  public static final java.lang.String CURRENT = \"" + SdkVersion.CURRENT + "\"")
                .contains("  public static <E> org.openwtp.sdk.webhook.WebhookResult<E> verified(java.util.List<E>)")
                .contains("  public static org.openwtp.sdk.config.ConfigField choice(java.lang.String, java.lang.String, "
                        + "java.lang.String, java.lang.String...)")
                .contains("  public abstract java.lang.String eta() default \"\"")
                .doesNotContain("SdkVersion()")
                .doesNotContain("typeProblem");
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    private static Path apiFile() {
        String configured = System.getProperty("openwtp.sdk.apiFile");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        // run from an IDE without the surefire configuration: the module directory is the working directory
        return Path.of("api", "sdk-api.txt");
    }
}
