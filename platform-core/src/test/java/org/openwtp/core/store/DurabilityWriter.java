package org.openwtp.core.store;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The child process of {@link DurabilityTest}: writes rows in a loop through the core's storage and prints
 * {@code ack <n>} after each commit returned, until it is killed.
 */
public final class DurabilityWriter {

    private DurabilityWriter() {
    }

    /**
     * Runs the loop.
     *
     * @param args the SQLite file
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        try (Storage storage = Storage.open(StorageConfig.sqlite(Path.of(args[0])))) {
            for (long n = 0; ; n++) {
                long id = n;
                storage.useTransaction(h -> {
                    // two rows per transaction: a reopened file must hold both or neither
                    h.createUpdate("INSERT INTO plugin_state (tenant_id, plugin_id, state_key, state_value, updated_at)"
                                    + " VALUES ('durable', 'writer', :key, :value, :id)")
                            .bind("key", DurabilityTest.key(id)).bind("value", DurabilityTest.value(id)).bind("id", id).execute();
                    h.createUpdate("INSERT INTO plugin_state (tenant_id, plugin_id, state_key, state_value, updated_at)"
                                    + " VALUES ('durable', 'writer-twin', :key, :value, :id)")
                            .bind("key", DurabilityTest.key(id)).bind("value", DurabilityTest.value(id)).bind("id", id).execute();
                });
                out.println("ack " + id);
                out.flush();
            }
        }
    }
}
