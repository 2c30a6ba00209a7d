package org.openwtp.core.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.openwtp.core.OpenWtpServer;
import org.openwtp.core.admin.StorageAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code openwtp migrate}: apply pending database migrations and exit. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply pending database migrations, then exit.")
final class MigrateCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    MigrateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        // migrations run on their own connection: nothing else of the server is started
        try (OpenWtpServer server = env.servers().apply(config.load(env, Map.of()))) {
            env.out().println(server.injector().getInstance(StorageAdministration.class).migrate());
        }
        return ExitCodes.OK;
    }
}
