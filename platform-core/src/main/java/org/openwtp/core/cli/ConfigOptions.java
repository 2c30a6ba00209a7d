package org.openwtp.core.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.openwtp.core.config.ConfigLoader;
import org.openwtp.core.config.ServerConfig;
import picocli.CommandLine.Option;

/** The {@code --config} option every command that needs configuration shares. */
final class ConfigOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "configuration file (.yaml, .yml or .properties); OPENWTP_* environment variables win over it")
    Path file;

    ServerConfig load(CliEnvironment env, Map<String, String> overrides) {
        return new ConfigLoader(env.env()).load(Optional.ofNullable(file), overrides);
    }
}
