package org.openwtp.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openwtp.core.logging.LogContext;
import org.slf4j.MDC;

class LogContextTest {

    @Test
    void pluginIdIsSetDuringTheCallAndRestoredAfter() throws Exception {
        MDC.put(LogContext.PLUGIN, "outer");
        String seen = LogContext.withPlugin("carrier-post", () -> MDC.get(LogContext.PLUGIN));
        assertThat(seen).isEqualTo("carrier-post");
        assertThat(MDC.get(LogContext.PLUGIN)).isEqualTo("outer");
        MDC.remove(LogContext.PLUGIN);
    }

    @Test
    void snapshotCarriesRequestAndTenantToAnotherThread() throws Exception {
        MDC.put(LogContext.REQUEST_ID, "r-1");
        MDC.put(LogContext.TENANT, "tenant-a");
        LogContext.Snapshot snapshot = LogContext.snapshot();
        MDC.clear();
        String[] seen = new String[2];
        Thread t = new Thread(() -> {
            try (LogContext.Scope ignored = snapshot.restore()) {
                seen[0] = MDC.get(LogContext.REQUEST_ID);
                seen[1] = MDC.get(LogContext.TENANT);
            }
            assertThat(MDC.get(LogContext.REQUEST_ID)).isNull();
        });
        t.start();
        t.join();
        assertThat(seen).containsExactly("r-1", "tenant-a");
    }
}
