package org.openwtp.core.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.openwtp.core.config.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code openwtp config}: validate and print the effective configuration, secrets masked. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Validate the configuration (file + environment) and print the effective settings, secrets masked.")
final class ConfigCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Option(names = "--for-serve", description = "also require what serve needs (host admin token, master key)")
    boolean forServe;

    ConfigCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        ServerConfig cfg = config.load(env, Map.of());
        if (forServe) {
            cfg.requireServeable();
        }
        env.out().print(cfg.describe());
        return ExitCodes.OK;
    }
}
