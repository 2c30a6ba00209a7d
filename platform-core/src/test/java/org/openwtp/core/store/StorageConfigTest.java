package org.openwtp.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageConfigTest {

    @Test
    void noSettingsMeansTheDefaultSqliteFile() {
        StorageConfig config = StorageConfig.fromSettings(Map.of());
        assertThat(config.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(config.sqlitePath()).contains(Path.of("data", "openwtp.db"));
        assertThat(config.synchronous()).isEqualTo(SqliteSynchronous.FULL);
        assertThat(config.migrateOnStart()).isTrue();
    }

    @Test
    void jdbcUrlSwitchesToPostgresql() {
        StorageConfig config = StorageConfig.fromSettings(Map.of(StorageConfig.JDBC_URL, "jdbc:postgresql://db:5432/openwtp",
                StorageConfig.JDBC_USER, "openwtp", StorageConfig.JDBC_PASSWORD, "hunter2hunter2", StorageConfig.POOL_SIZE, "20"));
        assertThat(config.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(config.poolSize()).isEqualTo(20);
        assertThat(config.toString()).doesNotContain("hunter2");
    }

    @Test
    void sqliteSettingsAreRead() {
        StorageConfig config = StorageConfig.fromSettings(Map.of(StorageConfig.SQLITE_PATH, "/var/lib/openwtp/db.sqlite",
                StorageConfig.SQLITE_SYNCHRONOUS, "normal", StorageConfig.SQLITE_BUSY_TIMEOUT_MS, "2000",
                StorageConfig.SQLITE_WRITE_WAIT_MS, "1000", StorageConfig.MIGRATE_ON_START, "false"));
        assertThat(config.sqlitePath()).contains(Path.of("/var/lib/openwtp/db.sqlite"));
        assertThat(config.synchronous()).isEqualTo(SqliteSynchronous.NORMAL);
        assertThat(config.busyTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.writeWait()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.migrateOnStart()).isFalse();
    }

    @Test
    void wrongSettingsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> StorageConfig.fromSettings(Map.of(StorageConfig.SQLITE_PATH, "a.db", StorageConfig.JDBC_URL, "jdbc:postgresql://x/y")))
                .hasMessageContaining("storage.sqlite.path").hasMessageContaining("storage.jdbc.url").hasMessageContaining("not both");
        assertThatThrownBy(() -> StorageConfig.fromSettings(Map.of(StorageConfig.JDBC_URL, "jdbc:mysql://x/y")))
                .hasMessageContaining("storage.jdbc.url must be a PostgreSQL URL");
        assertThatThrownBy(() -> StorageConfig.fromSettings(Map.of(StorageConfig.POOL_SIZE, "many", StorageConfig.SQLITE_SYNCHRONOUS, "OFF")))
                .hasMessageContaining("storage.poolSize must be a whole number")
                .hasMessageContaining("storage.sqlite.synchronous must be FULL or NORMAL");
        assertThatThrownBy(() -> StorageConfig.sqlite(Path.of("x.db")).withPoolSize(0)).hasMessageContaining("storage.poolSize");
    }

    @Test
    void passwordInTheUrlIsMaskedToo() {
        assertThat(StorageConfig.postgres("jdbc:postgresql://db/x?user=u&password=s3cret", null, null).toString())
                .doesNotContain("s3cret");
    }
}
