package org.openwtp.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.openwtp.core.plugin.TestPluginJars;

/** Plugin jars for the benchmarks: the bundled ones if built, else synthetic ones. */
public final class BenchPlugins {

    /** Id of the synthetic FX plugin the call benchmark calls. */
    static final String FX_PLUGIN = "bench-fx";

    private BenchPlugins() {
    }

    /**
     * The directory of jars to load: {@code target/plugins} at the repository root if it holds jars, else
     * seven synthetic plugins written to a temporary directory.
     */
    static Path loadSet() throws IOException {
        java.util.Optional<Path> bundled = bundled();
        if (bundled.isPresent()) {
            return bundled.get();
        }
        Path dir = Files.createTempDirectory("openwtp-bench-plugins-");
        for (int i = 1; i <= 7; i++) {
            fxPlugin("synthetic-" + i).writeTo(dir);
        }
        return dir;
    }

    /**
     * The bundled plugin jars, as {@code mvn package} gathers them.
     *
     * @return {@code target/plugins} at the repository root, if it holds jars
     */
    public static java.util.Optional<Path> bundled() throws IOException {
        for (Path candidate : new Path[] {Path.of("target", "plugins"), Path.of("..", "target", "plugins")}) {
            if (Files.isDirectory(candidate)) {
                try (Stream<Path> jars = Files.list(candidate)) {
                    if (jars.anyMatch(p -> p.toString().endsWith(".jar"))) {
                        return java.util.Optional.of(candidate.toAbsolutePath().normalize());
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A plugin whose FX source (with a no-argument constructor, so bare PF4J can create it too) answers from a constant, so the benchmark measures the call, not the plugin. */
    static TestPluginJars fxPlugin(String id) {
        return TestPluginJars.plugin(id).extension("benchfx.ConstantRates", """
                package benchfx;

                import java.math.BigDecimal;
                import java.time.Instant;
                import java.util.List;
                import java.util.Optional;
                import org.openwtp.sdk.config.ConfigField;
                import org.openwtp.sdk.context.PluginContext;
                import org.openwtp.sdk.fx.FxRateSource;
                import org.openwtp.sdk.money.CurrencyCode;
                import org.openwtp.sdk.money.ExchangeRate;

                @org.pf4j.Extension
                public class ConstantRates implements FxRateSource {
                    private final ExchangeRate rate = new ExchangeRate(CurrencyCode.of("EUR"), CurrencyCode.of("USD"),
                            new BigDecimal("1.0850"), Instant.parse("2025-01-01T00:00:00Z"), "bench");

                    public List<ConfigField> configFields() {
                        return List.of();
                    }

                    public Optional<ExchangeRate> rate(CurrencyCode from, CurrencyCode to, PluginContext context) {
                        return Optional.of(rate);
                    }
                }
                """);
    }

    /** @param dir a directory to delete with everything in it */
    public static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
