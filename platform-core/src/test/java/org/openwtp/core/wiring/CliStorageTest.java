package org.openwtp.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.core.OpenWtpServer;
import org.openwtp.core.cli.CliEnvironment;
import org.openwtp.core.cli.ExitCodes;
import org.openwtp.core.cli.OpenWtpCommand;
import org.openwtp.core.plugin.TestPlugins;
import org.openwtp.core.store.Storage;
import org.openwtp.core.store.StorageConfig;
import org.openwtp.core.tenant.ApiKeyService;
import org.openwtp.core.tenant.AuthenticationResult;
import org.openwtp.core.testing.TestServer;

/** The CLI against a real SQLite file and a real plugins folder, in-process, with the real services. */
class CliStorageTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Map<String, String> env = Map.of("OPENWTP_SECURITY_MASTER_KEY", TestServer.MASTER_KEY,
                "OPENWTP_STORAGE_SQLITE_PATH", dir.resolve("cli.db").toString(),
                "OPENWTP_PLUGINS_DIR", dir.resolve("plugins").toString());
        return OpenWtpCommand.run(new CliEnvironment(env, new PrintWriter(out, true), new PrintWriter(err, true),
                OpenWtpServer::create, stop -> { }), args);
    }

    @Test
    void migrateThenAdministerTenantsAgainstTheSqliteFile() throws Exception {
        assertThat(run("migrate")).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("applied [1-9][0-9]* migrations; schema at version \\S+ \\(SQLITE\\)");
        assertThat(run("migrate")).isZero();
        assertThat(out.toString()).contains("applied 0 migrations");

        assertThat(run("tenants", "create", "silk-road", "--name", "Silk Road Hub", "--admin-key")).as(err.toString()).isZero();
        Matcher key = Pattern.compile("(owtp_[0-9a-f]+_\\S+)").matcher(out.toString());
        assertThat(key.find()).as(out.toString()).isTrue();
        assertThat(run("tenants", "create", "silk-road", "--name", "again")).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("already exists", "tenant_exists");
        assertThat(run("tenants", "create", "Bad_Slug", "--name", "x")).isEqualTo(ExitCodes.FAILURE);
        assertThat(run("tenants", "list")).isZero();
        assertThat(out.toString()).contains("silk-road", "Silk Road Hub", "active");
        assertThat(run("tenants", "suspend", "silk-road")).isZero();
        assertThat(run("tenants", "show", "silk-road")).isZero();
        assertThat(out.toString()).contains("suspended");
        try (Storage storage = Storage.open(StorageConfig.sqlite(dir.resolve("cli.db")))) {
            AuthenticationResult r = new ApiKeyService(storage, java.time.Clock.systemUTC()).authenticate(key.group(1));
            assertThat(r).isInstanceOf(AuthenticationResult.Rejected.class);
        }
        assertThat(run("tenants", "resume", "silk-road")).isZero();
        try (Storage storage = Storage.open(StorageConfig.sqlite(dir.resolve("cli.db")))) {
            assertThat(new ApiKeyService(storage, java.time.Clock.systemUTC()).authenticate(key.group(1)).principal()).isPresent();
        }
        assertThat(run("tenants", "show", "nobody")).isEqualTo(ExitCodes.FAILURE);
        assertThat(run("secrets", "rotate")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("re-encrypted 0 secret(s)", "sealed with mk-");
        assertThat(run("tenants", "delete", "silk-road", "--yes")).isZero();
        assertThat(run("tenants", "show", "silk-road")).isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void pluginsListAndShowLoadTheFolderAsTheServerWould() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPlugins.probe("alpha").writeTo(plugins);
        TestPlugins.probe("future").requires(">=2.0.0 & <3.0.0").writeTo(plugins);
        assertThat(run("plugins", "list")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("alpha", "STARTED", "future", "FAILED", ">=2.0.0 & <3.0.0");
        assertThat(run("plugins", "show", "alpha")).isZero();
        assertThat(out.toString()).contains("OrderEventListener");
        assertThat(run("plugins", "show", "nope")).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("no plugin 'nope'");
    }
}
