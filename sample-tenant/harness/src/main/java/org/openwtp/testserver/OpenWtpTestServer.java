package org.openwtp.testserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.openwtp.core.OpenWtpServer;
import org.openwtp.core.config.ConfigLoader;
import org.openwtp.core.config.ServerConfig;
import org.openwtp.core.fixture.ImportReport;
import org.openwtp.core.fixture.SampleTenant;

/**
 * The real OpenWTP core, in-process, for tests: HTTP on a random port of 127.0.0.1, a fresh SQLite file in a
 * temporary folder, a throwaway master key and host admin token, the bundled plugin jars plus the plugin
 * under test (packed from the author's {@code target/classes}), and the sample tenant installed. Close it
 * to stop the server and delete the folder. Use it through {@link OpenWtpServerTest}, or directly with
 * {@link #builder()}. Thread-safe after start.
 */
public final class OpenWtpTestServer implements AutoCloseable {

    /** System property naming the folder of bundled plugin jars. */
    public static final String PLUGINS_DIR_PROPERTY = "openwtp.plugins.dir";
    /** Environment variable naming the folder of bundled plugin jars (when the property is not set). */
    public static final String PLUGINS_DIR_ENV = "OPENWTP_TEST_PLUGINS_DIR";

    private final OpenWtpServer server;
    private final Path workDir;
    private final boolean ownsWorkDir;
    private final List<String> pluginJars;
    private final Optional<PluginUnderTest> pluginUnderTest;
    private final SampleTenantClient client;

    private OpenWtpTestServer(OpenWtpServer server, Path workDir, boolean ownsWorkDir, List<String> pluginJars,
                              Optional<PluginUnderTest> pluginUnderTest, SampleTenantClient client) {
        this.server = server;
        this.workDir = workDir;
        this.ownsWorkDir = ownsWorkDir;
        this.pluginJars = List.copyOf(pluginJars);
        this.pluginUnderTest = pluginUnderTest;
        this.client = client;
    }

    /** @return a builder with the defaults: bundled plugins, the plugin under test if the project is one, the sample tenant */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the client holding the sample tenant's keys (null when started without the sample tenant) */
    public SampleTenantClient client() {
        return client;
    }

    /** @return the running core (its injector is for tests only) */
    public OpenWtpServer server() {
        return server;
    }

    /** @return the plugin under test, when one was built from the project */
    public Optional<PluginUnderTest> pluginUnderTest() {
        return pluginUnderTest;
    }

    /** @return the plugin jars the server was started with */
    public List<String> pluginJars() {
        return pluginJars;
    }

    /** @return the temporary folder (database, plugins, sample keys) */
    public Path workDir() {
        return workDir;
    }

    /** Stops the server and deletes its temporary folder (not a folder given to {@link Builder#workDir}). */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            if (ownsWorkDir) {
                deleteRecursively(workDir);
            }
        }
    }

    /**
     * The folder of bundled plugin jars: the system property {@value #PLUGINS_DIR_PROPERTY}, else the
     * environment variable {@value #PLUGINS_DIR_ENV}, else {@code target/plugins} in the working directory or
     * the nearest folder above it that has one (the OpenWTP repository root after {@code mvn package}).
     *
     * @return the folder, if one exists
     */
    public static Optional<Path> bundledPluginsDir() {
        String configured = Optional.ofNullable(System.getProperty(PLUGINS_DIR_PROPERTY)).orElse(System.getenv(PLUGINS_DIR_ENV));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("target/plugins");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Builds and starts a test server. Not thread-safe. */
    public static final class Builder {

        private Optional<Path> bundledPlugins = bundledPluginsDir();
        private Optional<Path> projectDir = Optional.of(Path.of("").toAbsolutePath());
        private final Map<String, String> settings = new LinkedHashMap<>();
        private boolean sampleTenant = true;
        private Optional<Path> workDir = Optional.empty();

        private Builder() {
        }

        /**
         * Keeps the database, plugins and sample keys in a folder the test owns, so a second server started on
         * the same folder sees the first one's data (restart tests). The folder is not deleted on close.
         *
         * @param dir the folder
         * @return this
         */
        public Builder workDir(Path dir) {
            this.workDir = Optional.of(dir);
            return this;
        }

        /**
         * @param dir the folder of bundled plugin jars
         * @return this
         */
        public Builder bundledPlugins(Path dir) {
            this.bundledPlugins = Optional.of(dir);
            return this;
        }

        /** @return this, starting without the bundled plugins */
        public Builder withoutBundledPlugins() {
            this.bundledPlugins = Optional.empty();
            return this;
        }

        /**
         * @param dir the Maven project of the plugin under test (default: the working directory)
         * @return this
         */
        public Builder pluginProject(Path dir) {
            this.projectDir = Optional.of(dir);
            return this;
        }

        /** @return this, not packaging the project as a plugin */
        public Builder withoutPluginUnderTest() {
            this.projectDir = Optional.empty();
            return this;
        }

        /**
         * @param key   a setting, e.g. {@code quote.timeout} (see docs/configuration.md)
         * @param value its value
         * @return this
         */
        public Builder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        /**
         * @param install whether to install the sample tenant (default true)
         * @return this
         */
        public Builder sampleTenant(boolean install) {
            this.sampleTenant = install;
            return this;
        }

        /** @return the started server */
        public OpenWtpTestServer start() {
            Path work;
            boolean owned = workDir.isEmpty();
            try {
                work = owned ? Files.createTempDirectory("openwtp-test-server") : Files.createDirectories(workDir.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            OpenWtpServer server = null;
            try {
                Path plugins = work.resolve("plugins");
                deleteRecursively(plugins);
                Files.createDirectories(plugins);
                Optional<PluginUnderTest> underTest = projectDir.flatMap(PluginUnderTest::of);
                List<String> jars = new ArrayList<>();
                if (bundledPlugins.isPresent()) {
                    try (Stream<Path> files = Files.list(bundledPlugins.get())) {
                        for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                            if (underTest.isPresent() && underTest.get().pluginId().equals(pluginId(jar))) {
                                continue; // the freshly compiled classes replace the packaged jar
                            }
                            Files.copy(jar, plugins.resolve(jar.getFileName()));
                            jars.add(jar.getFileName().toString());
                        }
                    }
                }
                underTest.ifPresent(p -> jars.add(p.packageInto(plugins).getFileName().toString()));
                Map<String, String> all = new LinkedHashMap<>();
                all.put("http.host", "127.0.0.1");
                all.put("http.port", "0");
                all.put("http.shutdownTimeout", "5s");
                all.put("plugins.dir", plugins.toString());
                all.put("storage.sqlite.path", work.resolve("openwtp.db").toString());
                all.put("security.masterKey", secret(work, "master.key", 32, false));
                all.put("security.hostAdminToken", secret(work, "host-admin.token", 32, true));
                // Tests receive webhooks on loopback, which production refuses (docs/operations.md).
                all.put("webhooks.allowPrivateTargets", "true");
                all.putAll(settings);
                ServerConfig config = ConfigLoader.fromMap(all);
                server = OpenWtpServer.create(config).start();
                SampleTenantClient client = null;
                if (sampleTenant) {
                    ImportReport report = server.injector().getInstance(SampleTenant.class).importSampleTenant();
                    client = new SampleTenantClient(server.baseUri(), all.get("security.hostAdminToken"), report);
                }
                return new OpenWtpTestServer(server, work, owned, jars, underTest, client);
            } catch (IOException e) {
                cleanUp(server, work, owned);
                throw new UncheckedIOException(e);
            } catch (RuntimeException | Error e) {
                cleanUp(server, work, owned);
                throw e;
            }
        }

        private static void cleanUp(OpenWtpServer server, Path work, boolean owned) {
            try {
                if (server != null) {
                    server.stop();
                }
            } finally {
                if (owned) {
                    deleteRecursively(work);
                }
            }
        }
    }

    private static String pluginId(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Plugin-Id");
        } catch (IOException e) {
            return null;
        }
    }

    /** A throwaway secret, kept in the work folder so a restart on the same folder opens the same data. */
    private static String secret(Path work, String name, int bytes, boolean urlSafe) throws IOException {
        Path file = work.resolve(name);
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        String value = urlSafe ? Base64.getUrlEncoder().withoutPadding().encodeToString(b) : Base64.getEncoder().encodeToString(b);
        Files.writeString(file, value);
        return value;
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
