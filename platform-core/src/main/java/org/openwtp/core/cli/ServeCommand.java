package org.openwtp.core.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openwtp.core.OpenWtpServer;
import org.openwtp.core.admin.SampleTenantInstaller;
import org.openwtp.core.config.ServerConfig;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.core.fixture.DevSecrets;
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
        if (sampleTenant) {
            cfg = withDevSecretsIfMissing(cfg, overrides);
        }
        cfg.requireServeable();
        OpenWtpServer server = env.servers().apply(cfg);
        try {
            server.start();
            if (sampleTenant) {
                installSampleTenant(server);
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

    private void installSampleTenant(OpenWtpServer server) {
        try {
            server.injector().getInstance(SampleTenantInstaller.class).install(server.baseUri()).forEach(env.out()::println);
        } catch (ApiException e) {
            if (!e.code().equals(ErrorCode.NOT_IMPLEMENTED)) {
                throw e;
            }
            env.err().println("note: --sample-tenant ignored: " + e.detail()
                    + "; create a tenant with POST /admin/tenants or `openwtp tenants create`");
        }
    }

    /**
     * Development mode: {@code --sample-tenant} on a machine without a master key or host admin token uses
     * throwaway ones kept beside the database (so restarts can still open the sample tenant's secrets), and
     * says so. A configured value always wins.
     */
    private ServerConfig withDevSecretsIfMissing(ServerConfig cfg, Map<String, String> overrides) {
        boolean noKey = cfg.security().masterKey().isEmpty();
        boolean noToken = cfg.security().hostAdminToken().isEmpty();
        if (!noKey && !noToken) {
            return cfg;
        }
        DevSecrets dev = new DevSecrets(cfg.storage().sqlitePath());
        Map<String, String> secrets = dev.loadOrCreate();
        List<String> used = new ArrayList<>();
        if (noKey) {
            overrides.put(DevSecrets.MASTER_KEY, secrets.get(DevSecrets.MASTER_KEY));
            used.add("master key");
        }
        if (noToken) {
            overrides.put(DevSecrets.HOST_ADMIN_TOKEN, secrets.get(DevSecrets.HOST_ADMIN_TOKEN));
            used.add("host admin token " + secrets.get(DevSecrets.HOST_ADMIN_TOKEN));
        }
        env.err().println("note: development mode: --sample-tenant without " + (noKey ? "security.masterKey" : "")
                + (noKey && noToken ? " and " : "") + (noToken ? "security.hostAdminToken" : "") + " configured; using the throwaway "
                + String.join(" and ", used) + " kept in " + dev.path() + " (owner-only). Never run a reachable server"
                + " like this: set OPENWTP_SECURITY_MASTER_KEY and OPENWTP_SECURITY_HOST_ADMIN_TOKEN (docs/configuration.md).");
        return config.load(env, overrides);
    }
}
