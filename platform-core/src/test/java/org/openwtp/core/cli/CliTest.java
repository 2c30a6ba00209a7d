package org.openwtp.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.core.OpenWtpServer;
import org.openwtp.core.testing.InMemoryTenants;
import org.openwtp.core.testing.TestModules;
import org.openwtp.core.testing.TestResource;
import org.openwtp.core.testing.TestServer;
import picocli.CommandLine;

class CliTest {

    private static final Path DATA = TestServer.temporaryFolder();
    private static final Map<String, String> SERVE_ENV = Map.of(
            "OPENWTP_SECURITY_HOST_ADMIN_TOKEN", TestServer.ADMIN_TOKEN,
            "OPENWTP_SECURITY_MASTER_KEY", TestServer.MASTER_KEY,
            "OPENWTP_HTTP_HOST", "127.0.0.1",
            "OPENWTP_STORAGE_SQLITE_PATH", DATA.resolve("cli.db").toString(),
            "OPENWTP_PLUGINS_DIR", DATA.resolve("plugins").toString());

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final InMemoryTenants tenants = new InMemoryTenants();

    private CliEnvironment env(Map<String, String> vars, CliEnvironment.ShutdownSignal signal) {
        return new CliEnvironment(vars, new PrintWriter(out, true), new PrintWriter(err, true),
                cfg -> OpenWtpServer.create(cfg, TestModules.fakes(new TestResource(), tenants)), signal);
    }

    private int run(Map<String, String> vars, String... args) {
        return OpenWtpCommand.run(env(vars, stop -> {
            throw new AssertionError("serve should not wait in this test");
        }), args);
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        assertThat(run(Map.of(), "--version")).isZero();
        assertThat(out.toString()).startsWith("openwtp ").contains("SDK 1.0.0");
    }

    @Test
    void everyCommandHasHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new OpenWtpCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                try {
                    return cls.getDeclaredConstructor(CliEnvironment.class).newInstance((CliEnvironment) null);
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(cls);
                }
            }
        }), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(10);
        for (List<String> path : paths) {
            out.getBuffer().setLength(0);
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            assertThat(run(Map.of(), args.toArray(String[]::new))).as(String.join(" ", args)).isZero();
            assertThat(out.toString()).as(String.join(" ", args)).contains("Usage:");
        }
    }

    private static void collect(CommandLine cmd, List<String> prefix, List<List<String>> paths) {
        paths.add(prefix);
        cmd.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> p = new ArrayList<>(prefix);
                p.add(name);
                collect(sub, p, paths);
            }
        });
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run(Map.of())).isEqualTo(ExitCodes.USAGE);
        assertThat(run(Map.of(), "launch")).isEqualTo(ExitCodes.USAGE);
        assertThat(run(Map.of(), "serve", "--colour")).isEqualTo(ExitCodes.USAGE);
        assertThat(run(Map.of(), "serve", "--port", "eighty")).isEqualTo(ExitCodes.USAGE);
        assertThat(run(Map.of(), "tenants", "delete", "acme")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--yes");
    }

    @Test
    void configurationErrorsExitThreeNamingEverySetting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("openwtp.yaml");
        Files.writeString(file, "http:\n  port: 99999\n  colour: blue\n");
        assertThat(run(Map.of("OPENWTP_HTTP_MAX_REQUEST_BYTES", "lots"), "config", "--config", file.toString()))
                .isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("http.port", "0 to 65535", "http.colour", "http.maxRequestBytes");
    }

    @Test
    void serveWithoutHostAdminTokenExitsThree() {
        assertThat(run(Map.of(), "serve", "--port", "0")).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("security.hostAdminToken is required", "security.masterKey is required");
    }

    @Test
    void serveWithTheSampleTenantAndNoSecretsUsesDevSecretsKeptOwnerOnlyBesideTheDatabase(@org.junit.jupiter.api.io.TempDir
                                                                                         java.nio.file.Path dir) throws Exception {
        Map<String, String> vars = Map.of("OPENWTP_STORAGE_SQLITE_PATH", dir.resolve("data/openwtp.db").toString(),
                "OPENWTP_HTTP_HOST", "127.0.0.1");
        OpenWtpCommand.run(env(vars, stopAction -> stopAction.run()), "serve", "--port", "0", "--sample-tenant");
        java.nio.file.Path secrets = dir.resolve("data").resolve(org.openwtp.core.fixture.DevSecrets.FILE_NAME);
        String first = err.toString();

        assertThat(first).contains("development mode", secrets.toString()).doesNotContain("is required");
        assertThat(java.nio.file.Files.getPosixFilePermissions(secrets))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Matcher token = Pattern.compile("host admin token (\\S+)").matcher(first);
        assertThat(token.find()).as(first).isTrue();

        OpenWtpCommand.run(env(vars, stopAction -> stopAction.run()), "serve", "--port", "0", "--sample-tenant");
        assertThat(err.toString().substring(first.length())).contains("host admin token " + token.group(1));
    }

    @Test
    void configuredSecretsWinOverDevSecrets(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Map<String, String> vars = new java.util.HashMap<>(SERVE_ENV);
        vars.put("OPENWTP_STORAGE_SQLITE_PATH", dir.resolve("openwtp.db").toString());
        OpenWtpCommand.run(env(vars, stopAction -> stopAction.run()), "serve", "--port", "0", "--sample-tenant");

        assertThat(err.toString()).doesNotContain("development mode");
        assertThat(dir.resolve(org.openwtp.core.fixture.DevSecrets.FILE_NAME)).doesNotExist();
    }

    @Test
    void configPrintsEffectiveSettingsWithSecretsMasked() {
        assertThat(run(SERVE_ENV, "config", "--for-serve")).isZero();
        assertThat(out.toString()).contains("http.host = 127.0.0.1", "security.hostAdminToken = ******")
                .doesNotContain(TestServer.ADMIN_TOKEN, TestServer.MASTER_KEY);
    }

    @Test
    void serveStartsPrintsItsUrlAndStopsOnTheSignal() throws Exception {
        CountDownLatch serving = new CountDownLatch(1);
        CountDownLatch stop = new CountDownLatch(1);
        CliEnvironment env = env(SERVE_ENV, stopAction -> {
            serving.countDown();
            stop.await();
            stopAction.run();
        });
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = executor.submit(() -> OpenWtpCommand.run(env, "serve", "--port", "0"));
            assertThat(serving.await(30, TimeUnit.SECONDS)).as(err.toString()).isTrue();
            Matcher m = Pattern.compile("serving at (http://\\S+)").matcher(out.toString());
            assertThat(m.find()).as(out.toString()).isTrue();
            HttpResponse<String> live = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(1) + "/health/live")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(live.statusCode()).isEqualTo(200);
            stop.countDown();
            assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(out.toString()).contains("OpenWTP stopped");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void tenantCommandsCallTheTenantService() {
        assertThat(run(SERVE_ENV, "tenants", "create", "silk-road", "--name", "Silk Road Hub")).isZero();
        assertThat(run(SERVE_ENV, "tenants", "list")).isZero();
        assertThat(out.toString()).contains("SLUG", "silk-road", "Silk Road Hub", "active");
        assertThat(run(SERVE_ENV, "tenants", "suspend", "silk-road")).isZero();
        assertThat(tenants.find("silk-road").orElseThrow().status()).isEqualTo("suspended");
        assertThat(run(SERVE_ENV, "tenants", "show", "nobody")).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("no tenant 'nobody'");
        assertThat(run(SERVE_ENV, "tenants", "create", "silk-road", "--name", "again")).isEqualTo(ExitCodes.FAILURE);
        assertThat(run(SERVE_ENV, "tenants", "delete", "silk-road", "--yes")).isZero();
        assertThat(tenants.list()).isEmpty();
    }

    @Test
    void commandsThatNeedTheMasterKeyExitThreeWithoutIt() {
        CliEnvironment bare = new CliEnvironment(new HashMap<>(), new PrintWriter(out, true), new PrintWriter(err, true),
                OpenWtpServer::create, stop -> { });
        assertThat(OpenWtpCommand.run(bare, "tenants", "list")).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("security.masterKey is required", "OPENWTP_SECURITY_MASTER_KEY");
    }
}
