package org.openwtp.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    private static ConfigException problems(Runnable r) {
        try {
            r.run();
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigException");
    }

    @Test
    void defaultsApplyWhenNothingIsSet() {
        ServerConfig c = ConfigLoader.fromMap(Map.of());
        assertThat(c.http().host()).isEqualTo("127.0.0.1");
        assertThat(c.http().port()).isEqualTo(8080);
        assertThat(c.http().maxRequestBytes()).isEqualTo(1024 * 1024);
        assertThat(c.http().shutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.plugins().dir()).isEqualTo(Path.of("target/plugins"));
        assertThat(c.storage().sqlitePath()).isEqualTo(Path.of("data/openwtp.db"));
        assertThat(c.storage().jdbcUrl()).isEmpty();
        assertThat(c.security().hostAdminToken()).isEmpty();
        assertThat(c.quote().rateCacheWindow()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theRateCacheWindowIsASettingAndZeroTurnsTheCacheOff() {
        assertThat(ConfigLoader.fromMap(Map.of("quote.rateCacheWindow", "0s")).quote().rateCacheWindow()).isZero();
        assertThat(ConfigLoader.fromMap(Map.of("quote.rateCacheWindow", "5m")).quote().rateCacheWindow())
                .isEqualTo(Duration.ofMinutes(5));
        ConfigException e = problems(() -> ConfigLoader.fromMap(Map.of("quote.rateCacheWindow", "2h")));
        assertThat(e.getMessage()).contains("quote.rateCacheWindow = '2h'", "a duration from 0s to 1h");
    }

    @Test
    void expiredQuotesAreKeptSevenDaysAndPurgedEveryMinuteByDefault() {
        ServerConfig c = ConfigLoader.fromMap(Map.of());
        assertThat(c.quote().purgeInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.quote().retention()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void theQuoteRetentionIsGivenInDaysOrAnyDurationAndZeroPurgesAsSoonAsExpired() {
        assertThat(ConfigLoader.fromMap(Map.of("quote.retention", "30d")).quote().retention()).isEqualTo(Duration.ofDays(30));
        assertThat(ConfigLoader.fromMap(Map.of("quote.retention", "P2DT12H")).quote().retention()).isEqualTo(Duration.ofHours(60));
        assertThat(ConfigLoader.fromMap(Map.of("quote.retention", "0s")).quote().retention()).isZero();
        ConfigException e = problems(() -> ConfigLoader.fromMap(Map.of("quote.retention", "91d")));
        assertThat(e.getMessage()).contains("quote.retention = '91d'", "'91d' is out of range", "a duration from 0s to 90d");
    }

    @Test
    void thePurgeIntervalIsOneSecondToOneHour() {
        assertThat(ConfigLoader.fromMap(Map.of("quote.purgeInterval", "10s")).quote().purgeInterval())
                .isEqualTo(Duration.ofSeconds(10));
        ConfigException e = problems(() -> ConfigLoader.fromMap(Map.of("quote.purgeInterval", "0s", "quote.retention", "soon")));
        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage()).contains("quote.purgeInterval = '0s'", "a duration from 1s to 1h",
                "quote.retention = 'soon'", "'soon' is not a duration");
    }

    @Test
    void yamlFileNestedOrDottedIsRead() throws Exception {
        Path f = file("c.yaml", "http:\n  port: 9090\n  maxRequestBytes: 2MB\nstorage.sqlite.path: /var/lib/openwtp.db\n"
                + "plugins:\n  callTimeout: 750ms\n");
        ServerConfig c = new ConfigLoader(Map.of()).load(Optional.of(f), Map.of());
        assertThat(c.http().port()).isEqualTo(9090);
        assertThat(c.http().maxRequestBytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(c.storage().sqlitePath()).isEqualTo(Path.of("/var/lib/openwtp.db"));
        assertThat(c.plugins().callTimeout()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void propertiesFileIsRead() throws Exception {
        Path f = file("c.properties", "http.port=7070\nhttp.shutdownTimeout=PT5S\n");
        ServerConfig c = new ConfigLoader(Map.of()).load(Optional.of(f), Map.of());
        assertThat(c.http().port()).isEqualTo(7070);
        assertThat(c.http().shutdownTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void environmentWinsOverFileAndCommandLineWinsOverEnvironment() throws Exception {
        Path f = file("c.yaml", "http:\n  port: 9090\n  host: 10.0.0.1\n");
        ConfigLoader loader = new ConfigLoader(Map.of("OPENWTP_HTTP_PORT", "9191", "OPENWTP_HTTP_HOST", "0.0.0.0"));
        assertThat(loader.load(Optional.of(f), Map.of()).http().port()).isEqualTo(9191);
        assertThat(loader.load(Optional.of(f), Map.of()).http().host()).isEqualTo("0.0.0.0");
        assertThat(loader.load(Optional.of(f), Map.of("http.port", "0")).http().port()).isZero();
    }

    @Test
    void environmentNamesFollowOneRule() {
        assertThat(Settings.HTTP_MAX_REQUEST_BYTES.envName()).isEqualTo("OPENWTP_HTTP_MAX_REQUEST_BYTES");
        assertThat(Settings.STORAGE_SQLITE_PATH.envName()).isEqualTo("OPENWTP_STORAGE_SQLITE_PATH");
        assertThat(Settings.SECURITY_HOST_ADMIN_TOKEN.envName()).isEqualTo("OPENWTP_SECURITY_HOST_ADMIN_TOKEN");
        for (Map.Entry<String, String> e : Map.of("OPENWTP_HTTP_MAX_REQUEST_BYTES", "2KB", "OPENWTP_HTTP_MAXREQUESTBYTES", "2KB").entrySet()) {
            ServerConfig c = new ConfigLoader(Map.of(e.getKey(), e.getValue())).load(Optional.empty(), Map.of());
            assertThat(c.http().maxRequestBytes()).isEqualTo(2048);
        }
    }

    @Test
    void everySettingHasADistinctEnvironmentName() {
        assertThat(Settings.ALL.stream().map(Setting::envName).distinct().count()).isEqualTo(Settings.ALL.size());
        assertThat(Settings.BY_NORMALISED_KEY).hasSize(Settings.ALL.size());
    }

    @Test
    void unknownSettingsAreRefusedWithASuggestion() throws Exception {
        Path f = file("c.yaml", "http:\n  prot: 8080\nfoo:\n  bar: 1\n");
        ConfigException e = problems(() -> new ConfigLoader(Map.of("OPENWTP_HTTP_PROT", "1")).load(Optional.of(f), Map.of()));
        assertThat(e.problems()).hasSize(3);
        assertThat(e.getMessage()).contains("unknown setting 'http.prot'", "did you mean 'http.port'", "unknown setting 'foo.bar'",
                "unknown setting OPENWTP_HTTP_PROT");
    }

    @Test
    void invalidValuesAreAllReportedWithWhatIsAccepted() {
        ConfigException e = problems(() -> new ConfigLoader(Map.of("OPENWTP_HTTP_PORT", "eighty")).load(Optional.empty(), Map.of(
                "http.maxRequestBytes", "10", "http.shutdownTimeout", "forever", "quote.timeout", "1h",
                "storage.jdbc.url", "postgres://x")));
        assertThat(e.problems()).hasSize(5);
        assertThat(e.getMessage())
                .contains("http.port = 'eighty' (environment variable OPENWTP_HTTP_PORT) is invalid", "an integer from 0 to 65535")
                .contains("http.maxRequestBytes = '10'", "1KB to 1GB")
                .contains("http.shutdownTimeout = 'forever'", "is not a duration")
                .contains("quote.timeout", "out of range")
                .contains("storage.jdbc.url", "jdbc:");
    }

    @Test
    void portOutOfRangeIsRefused() {
        assertThat(problems(() -> ConfigLoader.fromMap(Map.of("http.port", "65536"))).getMessage()).contains("65536 is out of range");
        assertThat(problems(() -> ConfigLoader.fromMap(Map.of("http.port", "-1"))).getMessage()).contains("http.port");
    }

    @Test
    void masterKeyMustBe32BytesOfBase64AndIsNeverEchoed() {
        String shortKey = "c2hvcnQta2V5";
        ConfigException e = problems(() -> ConfigLoader.fromMap(Map.of("security.masterKey", shortKey,
                "security.hostAdminToken", "short")));
        assertThat(e.getMessage()).contains("security.masterKey", "decodes to 9 bytes", "exactly 32 bytes")
                .contains("security.hostAdminToken", "at least 24").doesNotContain(shortKey).doesNotContain("'short'");
        assertThat(ConfigLoader.fromMap(Map.of("security.masterKey", KEY)).security().masterKeyBytes()).hasSize(32);
    }

    @Test
    void secretsAreMaskedWheneverConfigurationIsPrinted() {
        ServerConfig c = ConfigLoader.fromMap(Map.of("security.masterKey", KEY, "security.hostAdminToken", "a-very-secret-admin-token",
                "storage.jdbc.url", "jdbc:postgresql://db/openwtp", "storage.jdbc.user", "wtp", "storage.jdbc.password", "pg-secret-pw"));
        assertThat(c.describe()).contains("security.masterKey = ******", "storage.jdbc.password = ******", "storage.jdbc.user = wtp");
        for (String printed : new String[] {c.describe(), c.toString(), c.security().toString(), c.storage().toString()}) {
            assertThat(printed).doesNotContain(KEY, "a-very-secret-admin-token", "pg-secret-pw");
        }
    }

    @Test
    void serveRequiresHostAdminTokenAndMasterKey() {
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of()).requireServeable())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("security.hostAdminToken is required to serve")
                .hasMessageContaining("security.masterKey is required to serve");
        ConfigLoader.fromMap(Map.of("security.masterKey", KEY, "security.hostAdminToken", "0123456789abcdef01234567")).requireServeable();
    }

    @Test
    void jdbcCredentialsWithoutUrlAreRefused() {
        assertThat(problems(() -> ConfigLoader.fromMap(Map.of("storage.jdbc.user", "wtp"))).getMessage())
                .contains("storage.jdbc.user is set but storage.jdbc.url is not");
    }

    @Test
    void reservedTestAndLoggingVariablesAreIgnored() {
        new ConfigLoader(Map.of("OPENWTP_TEST_PG_URL", "x", "OPENWTP_LOG_LEVEL", "DEBUG", "PATH", "/bin")).load(Optional.empty(), Map.of());
    }

    @Test
    void badFilesAreConfigurationErrors() throws Exception {
        assertThat(problems(() -> new ConfigLoader(Map.of()).load(Optional.of(dir.resolve("missing.yaml")), Map.of())).getMessage())
                .contains("does not exist");
        Path json = file("c.json", "{}");
        assertThat(problems(() -> new ConfigLoader(Map.of()).load(Optional.of(json), Map.of())).getMessage())
                .contains(".yaml, .yml or .properties");
        Path broken = file("c.yaml", "http: [port: 1\n");
        assertThat(problems(() -> new ConfigLoader(Map.of()).load(Optional.of(broken), Map.of())).getMessage()).contains("cannot read");
        Path duplicate = file("d.yaml", "http:\n  port: 1\n  port: 2\n");
        assertThat(problems(() -> new ConfigLoader(Map.of()).load(Optional.of(duplicate), Map.of())).getMessage()).contains("port");
        Path list = file("l.yaml", "http:\n  port: [1, 2]\n");
        assertThat(problems(() -> new ConfigLoader(Map.of()).load(Optional.of(list), Map.of())).getMessage()).contains("http.port");
    }
}
