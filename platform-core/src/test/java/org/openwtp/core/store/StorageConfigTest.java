package org.openwtp.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openwtp.core.config.ConfigException;
import org.openwtp.core.config.ConfigLoader;

/** The storage configuration the server derives from its {@code storage.*} settings, and its own checks. */
class StorageConfigTest {

    private static StorageConfig fromSettings(Map<String, String> settings) {
        return StoreModule.storageConfig(ConfigLoader.fromMap(settings).storage());
    }

    @Test
    void noSettingsMeansTheDefaultSqliteFile() {
        StorageConfig config = fromSettings(Map.of());
        assertThat(config.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(config.sqlitePath()).contains(Path.of("data", "openwtp.db"));
        assertThat(config.synchronous()).isEqualTo(SqliteSynchronous.FULL);
        assertThat(config.busyTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.writeWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.migrateOnStart()).isTrue();
    }

    @Test
    void jdbcUrlSwitchesToPostgresql() {
        StorageConfig config = fromSettings(Map.of("storage.jdbc.url", "jdbc:postgresql://db:5432/openwtp",
                "storage.jdbc.user", "openwtp", "storage.jdbc.password", "hunter2hunter2", "storage.poolSize", "20"));
        assertThat(config.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(config.poolSize()).isEqualTo(20);
        assertThat(config.toString()).doesNotContain("hunter2");
    }

    @Test
    void sqliteSettingsAreReadAsDurations() {
        StorageConfig config = fromSettings(Map.of("storage.sqlite.path", "/var/lib/openwtp/db.sqlite",
                "storage.sqlite.synchronous", "NORMAL", "storage.sqlite.busyTimeout", "2s",
                "storage.sqlite.writeWait", "1000ms", "storage.migrateOnStart", "false"));
        assertThat(config.sqlitePath()).contains(Path.of("/var/lib/openwtp/db.sqlite"));
        assertThat(config.synchronous()).isEqualTo(SqliteSynchronous.NORMAL);
        assertThat(config.busyTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.writeWait()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.migrateOnStart()).isFalse();
    }

    @Test
    void wrongSettingsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> fromSettings(Map.of("storage.jdbc.url", "jdbc:mysql://x/y")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("storage.jdbc.url");
        assertThatThrownBy(() -> fromSettings(Map.of("storage.poolSize", "many", "storage.sqlite.synchronous", "OFF")))
                .hasMessageContaining("storage.poolSize").hasMessageContaining("storage.sqlite.synchronous");
        assertThatThrownBy(() -> StorageConfig.sqlite(Path.of("x.db")).withPoolSize(0)).hasMessageContaining("storage.poolSize");
        assertThatThrownBy(() -> new StorageConfig(Optional.of(Path.of("a.db")), Optional.of("jdbc:postgresql://x/y"),
                Optional.empty(), Optional.empty(), 4, SqliteSynchronous.FULL, Duration.ZERO, Duration.ofSeconds(1), true))
                .hasMessageContaining("storage.sqlite.path").hasMessageContaining("storage.jdbc.url").hasMessageContaining("not both");
        assertThatThrownBy(() -> new StorageConfig(Optional.of(Path.of("a.db")), Optional.empty(),
                Optional.empty(), Optional.empty(), 4, SqliteSynchronous.FULL, Duration.ofHours(1), Duration.ofSeconds(1), true))
                .hasMessageContaining("storage.sqlite.busyTimeout must be from 0s to 10m, was PT1H");
    }

    @Test
    void passwordInTheUrlIsMaskedToo() {
        assertThat(StorageConfig.postgres("jdbc:postgresql://db/x?user=u&password=s3cret", null, null).toString())
                .doesNotContain("s3cret");
    }
}
