package org.openwtp.core.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openwtp.core.OpenWtpServer;
import org.openwtp.core.admin.SampleTenantInstaller;
import org.openwtp.core.config.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code openwtp serve}: run the server until SIGTERM or SIGINT. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the server and serve the API until SIGTERM/SIGINT, then stop gracefully.")
final class ServeCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "HTTP port (0 = random); wins over http.port")
    Integer port;

    @Option(names = "--sample-tenant", description = "install the sample tenant with its seed data after start")
    boolean sampleTenant;

    ServeCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new HashMap<>();
        if (port != null) {
            overrides.put("http.port", String.valueOf(port));
        }
        ServerConfig cfg = config.load(env, overrides);
        cfg.requireServeable();
        OpenWtpServer server = env.servers().apply(cfg);
        try {
            server.start();
            if (sampleTenant) {
                server.injector().getInstance(SampleTenantInstaller.class).install(server.baseUri()).forEach(env.out()::println);
            }
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        env.out().println("OpenWTP serving at " + server.baseUri() + " (API under /v1, admin under /admin, docs at /openapi.json)");
        env.out().flush();
        env.shutdown().awaitThenRun(server::stop);
        env.out().println("OpenWTP stopped");
        return ExitCodes.OK;
    }
}
