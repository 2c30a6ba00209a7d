package org.openwtp.core.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.openwtp.core.OpenWtpServer;
import org.openwtp.core.admin.PluginAdministration;
import org.openwtp.core.admin.PluginView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.lifecycle.Lifecycle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code openwtp plugins ...}: inspect the plugins found in the plugins folder. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List and inspect the plugins in the plugins folder (load them as the server would).",
        subcommands = {PluginsCommand.ListPlugins.class, PluginsCommand.Show.class})
final class PluginsCommand {

    static <T> T withPlugins(CliEnvironment env, ConfigOptions config, Function<PluginAdministration, T> action) {
        try (OpenWtpServer server = env.servers().apply(config.load(env, Map.of())).startUpTo(Lifecycle.PLUGINS)) {
            return action.apply(server.injector().getInstance(PluginAdministration.class));
        }
    }

    static void print(CliEnvironment env, List<PluginView> plugins) {
        env.out().printf("%-28s %-12s %-10s %-20s %s%n", "ID", "VERSION", "STATE", "REQUIRES", "EXTENSIONS / FAILURE");
        for (PluginView p : plugins) {
            env.out().printf("%-28s %-12s %-10s %-20s %s%n", p.id(), p.version(), p.state(), p.requires(),
                    p.failureReason().orElse(String.join(",", p.extensionPoints())));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List plugins with state, SDK range and failure reason.")
    static final class ListPlugins implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin ConfigOptions config = new ConfigOptions();

        ListPlugins(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            print(env, withPlugins(env, config, PluginAdministration::list));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one plugin.")
    static final class Show implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin ConfigOptions config = new ConfigOptions();
        @Parameters(paramLabel = "PLUGIN_ID") String id;

        Show(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            print(env, List.of(PluginsCommand.<PluginView>withPlugins(env, config, p -> p.find(id).orElseThrow(() -> ApiException.notFound("plugin", id)))));
            return ExitCodes.OK;
        }
    }
}
