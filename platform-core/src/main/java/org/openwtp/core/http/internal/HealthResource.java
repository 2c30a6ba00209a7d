package org.openwtp.core.http.internal;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.ReadinessCheck;
import org.openwtp.core.http.Routes;

/** Liveness and readiness probes. Thread-safe. */
public final class HealthResource implements ApiResource {

    private static final long CHECK_TIMEOUT_MILLIS = 2_000;
    private static final ExecutorService CHECKS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "readiness-check");
        t.setDaemon(true);
        return t;
    });

    private final List<ReadinessCheck> checks;

    /** @param checks every contributed readiness check */
    @Inject
    public HealthResource(Set<ReadinessCheck> checks) {
        this.checks = checks.stream().sorted(Comparator.comparing(ReadinessCheck::name)).toList();
    }

    /** The answer of a probe. @param status {@code up}, {@code ready} or {@code not_ready} @param checks each check */
    public record Health(String status, List<CheckResult> checks) {
    }

    /** One check's answer. @param name the check @param ready whether ready @param detail why not */
    public record CheckResult(String name, boolean ready, String detail) {
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/health/live", this::live).publicAccess()
                .summary("Liveness: the process answers").response(200, Health.class);
        routes.get("/health/ready", this::ready).publicAccess()
                .summary("Readiness: storage answers and plugins have loaded")
                .description("503 while any readiness check fails; the body lists every check.")
                .response(200, Health.class).response(503, Health.class);
    }

    private void live(Context ctx) {
        ctx.json(new Health("up", List.of()));
    }

    private void ready(Context ctx) {
        List<CheckResult> results = new ArrayList<>();
        for (ReadinessCheck check : checks) {
            results.add(run(check));
        }
        boolean ready = results.stream().allMatch(CheckResult::ready);
        ctx.status(ready ? 200 : 503).json(new Health(ready ? "ready" : "not_ready", results));
    }

    private static CheckResult run(ReadinessCheck check) {
        try {
            ReadinessCheck.Result r = CompletableFuture.supplyAsync(check::check, CHECKS)
                    .get(CHECK_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return new CheckResult(check.name(), r.ready(), r.detail());
        } catch (java.util.concurrent.TimeoutException e) {
            return new CheckResult(check.name(), false, "no answer within " + CHECK_TIMEOUT_MILLIS + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CheckResult(check.name(), false, "interrupted");
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new CheckResult(check.name(), false, "check failed: " + cause.getClass().getSimpleName());
        }
    }
}
