package org.openwtp.core.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.openwtp.core.OpenWtpServer;
import java.util.Optional;
import org.openwtp.core.admin.IssuedApiKeyView;
import org.openwtp.core.admin.NewApiKey;
import org.openwtp.core.admin.TenantAdministration;
import org.openwtp.core.http.Role;
import org.openwtp.core.admin.TenantView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.lifecycle.Lifecycle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code openwtp tenants ...}: host administration of tenants against the configured database. */
@Command(name = "tenants", mixinStandardHelpOptions = true, description = "Create, list, show, suspend, resume and delete tenants.",
        subcommands = {TenantsCommand.Create.class, TenantsCommand.ListTenants.class, TenantsCommand.Show.class,
                TenantsCommand.Suspend.class, TenantsCommand.Resume.class, TenantsCommand.Delete.class})
final class TenantsCommand {

    static <T> T withTenants(CliEnvironment env, ConfigOptions config, Function<TenantAdministration, T> action) {
        try (OpenWtpServer server = env.servers().apply(config.load(env, Map.of())).startUpTo(Lifecycle.PLUGINS)) {
            return action.apply(server.injector().getInstance(TenantAdministration.class));
        }
    }

    static void print(CliEnvironment env, List<TenantView> tenants) {
        env.out().printf("%-32s %-10s %-24s %s%n", "SLUG", "STATUS", "CREATED", "NAME");
        for (TenantView t : tenants) {
            env.out().printf("%-32s %-10s %-24s %s%n", t.slug(), t.status(), t.createdAt(), t.name());
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a tenant.")
    static final class Create implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin ConfigOptions config = new ConfigOptions();
        @Parameters(paramLabel = "SLUG", description = "lower-case letters, digits and dashes") String slug;
        @Option(names = "--name", required = true, description = "display name") String name;
        @Option(names = "--admin-key", description = "also issue the tenant's first TENANT_ADMIN API key and print it (shown once)")
        boolean adminKey;

        Create(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            IssuedApiKeyView[] key = new IssuedApiKeyView[1];
            TenantView created = TenantsCommand.<TenantView>withTenants(env, config, t -> {
                TenantView tenant = t.create(slug, name);
                if (adminKey) {
                    key[0] = t.issueApiKey(tenant.slug(), new NewApiKey(Role.TENANT_ADMIN, "first admin key (CLI)", Optional.empty()));
                }
                return tenant;
            });
            print(env, List.of(created));
            if (key[0] != null) {
                env.out().println();
                env.out().println("TENANT_ADMIN API key (shown once, keep it safe): " + key[0].key());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every tenant.")
    static final class ListTenants implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin ConfigOptions config = new ConfigOptions();

        ListTenants(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            print(env, withTenants(env, config, TenantAdministration::list));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one tenant.")
    static final class Show implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin ConfigOptions config = new ConfigOptions();
        @Parameters(paramLabel = "SLUG") String slug;

        Show(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            print(env, List.of(TenantsCommand.<TenantView>withTenants(env, config, t -> t.find(slug).orElseThrow(() -> ApiException.notFound("tenant", slug)))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "suspend", mixinStandardHelpOptions = true, description = "Suspend a tenant: its keys stop working at once.")
    static final class Suspend implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin ConfigOptions config = new ConfigOptions();
        @Parameters(paramLabel = "SLUG") String slug;

        Suspend(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            print(env, List.of(TenantsCommand.<TenantView>withTenants(env, config, t -> t.suspend(slug))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume a suspended tenant.")
    static final class Resume implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin ConfigOptions config = new ConfigOptions();
        @Parameters(paramLabel = "SLUG") String slug;

        Resume(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            print(env, List.of(TenantsCommand.<TenantView>withTenants(env, config, t -> t.resume(slug))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a tenant with its data and keys.")
    static final class Delete implements Callable<Integer> {
        private final CliEnvironment env;
        @Mixin ConfigOptions config = new ConfigOptions();
        @Parameters(paramLabel = "SLUG") String slug;
        @Option(names = "--yes", required = true, description = "confirm: the tenant's data is deleted for good") boolean yes;

        Delete(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            withTenants(env, config, t -> {
                t.delete(slug);
                return null;
            });
            env.out().println("deleted tenant " + slug);
            return ExitCodes.OK;
        }
    }
}
