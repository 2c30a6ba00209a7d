package org.openwtp.core.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.openwtp.core.OpenWtpServer;
import org.openwtp.core.lifecycle.Lifecycle;
import org.openwtp.core.tenant.RotationReport;
import org.openwtp.core.tenant.TenantPluginService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code openwtp secrets ...}: the host master key's rotation. */
@Command(name = "secrets", mixinStandardHelpOptions = true, description = "Master key operations on tenants' plugin secrets.",
        subcommands = {SecretsCommand.Rotate.class})
final class SecretsCommand {

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Re-encrypt every plugin secret still sealed with a key of security.previousMasterKeys "
                    + "with security.masterKey. Safe to repeat and to run while servers serve.")
    static final class Rotate implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin ConfigOptions config = new ConfigOptions();

        Rotate(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            try (OpenWtpServer server = env.servers().apply(config.load(env, Map.of())).startUpTo(Lifecycle.STORAGE)) {
                RotationReport report = server.injector().getInstance(TenantPluginService.class).rotateSecrets();
                env.out().println("re-encrypted " + report.resealed() + " secret(s); every secret is now sealed with " + report.currentKeyId());
            }
            return ExitCodes.OK;
        }
    }
}
