package org.openwtp.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class StorageTest {

    private final Backend backend;
    @TempDir
    Path tempDir;
    private TestDatabase db;

    StorageTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        db = TestDatabase.open(backend, tempDir);
        db.storage().useTransaction(h -> h.execute(
                "INSERT INTO tenants (tenant_id, display_name, status, created_at, updated_at) VALUES ('acme', 'Acme', 'ACTIVE', 0, 0)"));
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void migrationsRunOnOpenAndAreIdempotent() {
        assertThat(db.storage().dialect().name()).isEqualTo(backend.name());
        MigrationResult again = StorageMigrations.migrate(db.config());
        assertThat(again.migrationsApplied()).isZero();
        assertThat(Integer.parseInt(again.schemaVersion())).as("the newest migration, whichever feature added it").isGreaterThanOrEqualTo(2);
    }

    @Test
    void pluginStateKeysCompareByCodePointSoAPrefixIsAKeyRange() {
        // the key-value store lists a prefix as a primary-key range, exact only in code point order (V44)
        db.storage().useTransaction(h -> {
            for (String key : List.of("a-b", "aB", "a_b", "ab", "a\u00e9", "A")) {
                h.createUpdate("INSERT INTO plugin_state (tenant_id, plugin_id, state_key, state_value, updated_at)"
                        + " VALUES ('acme', 'p', :key, 'v', 0)").bind("key", key).execute();
            }
        });

        List<String> ordered = db.storage().withHandle(h -> h.createQuery(
                "SELECT state_key FROM plugin_state WHERE tenant_id = 'acme' AND plugin_id = 'p' ORDER BY state_key")
                .mapTo(String.class).list());

        assertThat(ordered).containsExactly("A", "a-b", "aB", "a_b", "ab", "a\u00e9");
        if (backend == Backend.POSTGRESQL) { // whatever the database's own collation (this one's may be C already)
            String collation = db.storage().withHandle(h -> h.createQuery("SELECT collation_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = 'plugin_state' AND column_name = 'state_key'")
                    .mapTo(String.class).one());
            assertThat(collation).isEqualTo("C");
        }
    }

    @Test
    void manyConcurrentWritersStoreEveryWriteExactlyOnce() throws Exception {
        int writers = 32;
        int writesEach = 100;
        db.storage().useTransaction(h -> h.execute("INSERT INTO plugin_state (tenant_id, plugin_id, state_key, state_value, updated_at)"
                + " VALUES ('acme', 'bench', 'counter', '0', 0)"));
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < writesEach; i++) {
                    String key = "w" + writer + "-" + i;
                    db.storage().useTransaction(h -> {
                        h.createUpdate("INSERT INTO plugin_state (tenant_id, plugin_id, state_key, state_value, updated_at)"
                                        + " VALUES ('acme', 'bench', :key, :value, 0)")
                                .bind("key", key).bind("value", key).execute();
                        h.execute("UPDATE plugin_state SET state_value = CAST(CAST(state_value AS INTEGER) + 1 AS VARCHAR(20))"
                                + " WHERE tenant_id = 'acme' AND plugin_id = 'bench' AND state_key = 'counter'");
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        List<String> keys = db.storage().withHandle(h -> h.createQuery(
                "SELECT state_key FROM plugin_state WHERE tenant_id = 'acme' AND plugin_id = 'bench' AND state_key <> 'counter'")
                .mapTo(String.class).list());
        Set<String> expected = new HashSet<>();
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < writesEach; i++) {
                expected.add("w" + w + "-" + i);
            }
        }
        assertThat(keys).hasSize(writers * writesEach).containsExactlyInAnyOrderElementsOf(expected);
        String counter = db.storage().withHandle(h -> h.createQuery(
                "SELECT state_value FROM plugin_state WHERE tenant_id = 'acme' AND state_key = 'counter'").mapTo(String.class).one());
        assertThat(counter).isEqualTo(String.valueOf(writers * writesEach));
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        assertThatThrownBy(() -> db.storage().useTransaction(h -> {
            h.execute("INSERT INTO plugin_state (tenant_id, plugin_id, state_key, state_value, updated_at) VALUES ('acme', 'p', 'k', 'v', 0)");
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        int rows = db.storage().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plugin_state").mapTo(Integer.class).one());
        assertThat(rows).isZero();
    }

    @Test
    void theSameStatementCanRunAgainWhileItsResultsAreReadAndAfterItFailed() {
        String insert = "INSERT INTO plugin_state (tenant_id, plugin_id, state_key, state_value, updated_at) VALUES (:t, 'p', :k, 'v', 0)";
        String select = "SELECT state_key FROM plugin_state WHERE tenant_id = 'acme' AND plugin_id = 'p' ORDER BY state_key";
        assertThatThrownBy(() -> db.storage().useTransaction(h -> h.createUpdate(insert).bind("t", "nobody").bind("k", "x").execute()))
                .isInstanceOf(RuntimeException.class);
        List<String> seen = db.storage().inTransaction(h -> {
            h.createUpdate(insert).bind("t", "acme").bind("k", "a").execute();
            h.createUpdate(insert).bind("t", "acme").bind("k", "b").execute();
            List<String> inner = new ArrayList<>();
            try (var outer = h.createQuery(select).mapTo(String.class).stream()) {
                outer.forEach(key -> inner.add(key + ":" + h.createQuery(select).mapTo(String.class).list().size()));
            }
            return inner;
        });
        assertThat(seen).containsExactly("a:2", "b:2");
    }

    @Test
    void foreignKeysAreEnforced() {
        assertThatThrownBy(() -> db.storage().useTransaction(h -> h.execute(
                "INSERT INTO plugin_state (tenant_id, plugin_id, state_key, state_value, updated_at) VALUES ('nobody', 'p', 'k', 'v', 0)")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void nestedWriteTransactionOnSqliteIsRefusedWithAClearMessage() {
        assumeTrue(backend == Backend.SQLITE, "the single-writer rule is SQLite's");
        assertThatThrownBy(() -> db.storage().useTransaction(outer -> db.storage().useTransaction(inner -> { })))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pass the Handle");
    }

    @Test
    void sqliteConnectionsUseWalFullSyncForeignKeysAndABusyTimeout() {
        assumeTrue(backend == Backend.SQLITE, "pragmas are SQLite's");
        for (boolean writer : new boolean[] {true, false}) {
            List<String> pragmas = writer
                    ? db.storage().inTransaction(h -> List.of(pragma(h, "journal_mode"), pragma(h, "synchronous"), pragma(h, "foreign_keys"), pragma(h, "busy_timeout")))
                    : db.storage().withHandle(h -> List.of(pragma(h, "journal_mode"), pragma(h, "synchronous"), pragma(h, "foreign_keys"), pragma(h, "busy_timeout")));
            assertThat(pragmas).as(writer ? "writer" : "reader").containsExactly("wal", "2", "1", "5000");
        }
    }

    private static String pragma(org.jdbi.v3.core.Handle h, String name) {
        return h.createQuery("PRAGMA " + name).mapTo(String.class).one();
    }

    @Test
    void readersCannotWriteOnSqlite() {
        assumeTrue(backend == Backend.SQLITE, "query_only readers are SQLite's");
        assertThatThrownBy(() -> db.storage().withHandle(h -> h.execute("DELETE FROM tenants")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void everyTableButTheTenantsRootCarriesTenantId() throws Exception {
        List<String> offenders = db.storage().withHandle(h -> {
            DatabaseMetaData meta = h.getConnection().getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (backend == Backend.POSTGRESQL && !h.getConnection().getSchema().equals(schema)) {
                        continue;
                    }
                    if (!table.startsWith("flyway_") && !table.startsWith("sqlite_")) {
                        tables.add(table);
                    }
                }
            }
            List<String> missing = new ArrayList<>();
            for (String table : tables) {
                try (ResultSet cols = meta.getColumns(null, h.getConnection().getSchema(), table, "tenant_id")) {
                    if (!cols.next()) {
                        missing.add(table);
                    }
                }
            }
            assertThat(tables).contains("tenants", "api_keys", "tenant_plugins", "tenant_plugin_secrets", "plugin_state");
            return missing;
        });
        assertThat(offenders).as("tenant-owned tables without tenant_id").isEmpty();
    }
}
