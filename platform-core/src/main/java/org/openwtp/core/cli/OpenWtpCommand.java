package org.openwtp.core.cli;

import java.util.Objects;
import org.openwtp.core.config.ConfigException;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.lifecycle.LifecycleManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code openwtp} command line. {@link #run(CliEnvironment, String...)} runs one invocation and
 * returns its exit code ({@link ExitCodes}).
 */
@Command(name = "openwtp", mixinStandardHelpOptions = true, versionProvider = OpenWtpCommand.Version.class,
        description = "OpenWTP core server: serve the API, migrate the database, administer tenants and plugins.",
        subcommands = {ServeCommand.class, MigrateCommand.class, ConfigCommand.class, TenantsCommand.class,
                PluginsCommand.class, SecretsCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failure, 2 usage error, 3 configuration error."})
public final class OpenWtpCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. `openwtp serve --config openwtp.yaml`");
    }

    /**
     * Runs one invocation.
     *
     * @param env  the outside world
     * @param args the arguments
     * @return the exit code
     */
    public static int run(CliEnvironment env, String... args) {
        CommandLine cli = new CommandLine(new OpenWtpCommand(), new Factory(env));
        cli.setOut(env.out());
        cli.setErr(env.err());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Throwable t = e;
            if (t instanceof LifecycleManager.LifecycleException && t.getCause() instanceof ConfigException c) {
                t = c;
            }
            if (t instanceof ConfigException c) {
                env.err().println(c.getMessage());
                return ExitCodes.CONFIG;
            }
            if (t instanceof ApiException a) {
                env.err().println("error: " + a.detail() + " (" + a.code().code() + ")");
                a.fieldErrors().forEach(f -> env.err().println("  - " + f.field() + ": " + f.message()));
                return ExitCodes.FAILURE;
            }
            env.err().println("error: " + Objects.requireNonNullElse(t.getMessage(), t.getClass().getSimpleName()));
            return ExitCodes.FAILURE;
        });
        int code = cli.execute(args);
        env.out().flush();
        env.err().flush();
        return code;
    }

    /** Creates command objects with the environment injected. */
    private static final class Factory implements CommandLine.IFactory {
        private final CliEnvironment env;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(CliEnvironment.class).newInstance(env);
            } catch (NoSuchMethodException e) {
                return fallback.create(cls);
            }
        }
    }

    /** The version from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Objects.requireNonNullElse(OpenWtpCommand.class.getPackage().getImplementationVersion(), "dev");
            return new String[] {"openwtp " + v + " (SDK " + org.openwtp.sdk.SdkVersion.CURRENT + ")"};
        }
    }
}
