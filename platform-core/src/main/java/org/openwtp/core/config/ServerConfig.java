package org.openwtp.core.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed configuration of one core server, as loaded by {@link ConfigLoader} from defaults, a file,
 * the environment and command-line overrides. Immutable and thread-safe; bound as a Guice singleton so
 * every feature injects the part it needs. {@link #toString()} never shows a secret.
 *
 * @param http     the HTTP server
 * @param plugins  the plugin runtime
 * @param storage  the database
 * @param security keys and tokens
 * @param quote    the checkout quote
 * @param webhooks tenant webhooks
 * @param display  every setting as text with secrets masked, in catalogue order (for printing)
 */
public record ServerConfig(Http http, Plugins plugins, Storage storage, Security security, Quote quote,
                           Webhooks webhooks, Map<String, String> display) {

    /** Validates the parts. */
    public ServerConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(plugins, "plugins");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(webhooks, "webhooks");
        display = Map.copyOf(display);
    }

    /**
     * The HTTP server.
     *
     * @param host            interface to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
     * @param port            TCP port, 0 for a random free port
     * @param maxRequestBytes largest request body accepted; larger bodies get 413
     * @param shutdownTimeout how long a stop waits for requests in flight
     */
    public record Http(String host, int port, long maxRequestBytes, Duration shutdownTimeout) {
    }

    /**
     * The plugin runtime.
     *
     * @param dir            folder the plugin jars are read from (and uploaded jars are written to)
     * @param callTimeout    deadline of one call into plugin code
     * @param maxUploadBytes largest plugin jar an upload may carry
     * @param tenantCacheTtl how long a tenant's enabled plugins (secrets decrypted) are reused before re-reading them
     */
    public record Plugins(Path dir, Duration callTimeout, long maxUploadBytes, Duration tenantCacheTtl) {
    }

    /**
     * The database: the SQLite file unless a JDBC URL is set.
     *
     * @param sqlitePath        the SQLite file used when no JDBC URL is set
     * @param sqliteSynchronous {@code FULL} or {@code NORMAL}
     * @param sqliteBusyTimeout how long an SQLite connection waits for another process's lock
     * @param sqliteWriteWait   how long a write waits for the single SQLite writer
     * @param poolSize          connections (PostgreSQL) or readers (SQLite); empty for the engine's default
     * @param migrateOnStart    whether start-up runs pending migrations
     * @param jdbcUrl           a JDBC URL (PostgreSQL) that replaces SQLite
     * @param jdbcUser          the database user for the JDBC URL
     * @param jdbcPassword      the database password for the JDBC URL
     */
    public record Storage(Path sqlitePath, String sqliteSynchronous, Duration sqliteBusyTimeout, Duration sqliteWriteWait,
                          Optional<Integer> poolSize, boolean migrateOnStart, Optional<String> jdbcUrl,
                          Optional<String> jdbcUser, Optional<Secret> jdbcPassword) {
    }

    /**
     * Keys and tokens; both are required to serve.
     *
     * @param masterKey          base64 of 32 random bytes; encrypts tenant plugin secrets at rest
     * @param previousMasterKeys earlier master keys, only used to decrypt (rotation)
     * @param hostAdminToken     the credential of the host administration API
     */
    public record Security(Optional<Secret> masterKey, List<Secret> previousMasterKeys, Optional<Secret> hostAdminToken) {

        /** Copies the key list. */
        public Security {
            previousMasterKeys = List.copyOf(previousMasterKeys);
        }

        /**
         * @return the 32 bytes of the master key
         * @throws IllegalStateException when no master key is configured
         */
        public byte[] masterKeyBytes() {
            return Base64.getDecoder().decode(masterKey
                    .orElseThrow(() -> new IllegalStateException("security.masterKey is not configured"))
                    .reveal());
        }
    }

    /**
     * The landed-cost quote.
     *
     * @param timeout     how long a quote waits for pavilions, carriers and FX sources together
     * @param writeBehind how long a new quote may wait to be written with others in one transaction (zero: at once)
     * @param rateCacheWindow how long a carrier's answer to an identical rate request is reused (zero: never)
     * @param purgeInterval how often quotes past their retention are deleted
     * @param retention   how long an expired quote is kept before it is deleted (zero: at the next purge)
     */
    public record Quote(Duration timeout, Duration writeBehind, Duration rateCacheWindow, Duration purgeInterval,
                        Duration retention) {
    }

    /**
     * Tenant webhooks.
     *
     * @param allowPrivateTargets whether webhooks may go to loopback, private and other non-public addresses
     *                            (development and tests; off in production, see docs/operations.md)
     */
    public record Webhooks(boolean allowPrivateTargets) {
    }

    /**
     * Checks what {@code serve} needs beyond a valid configuration.
     *
     * @throws ConfigException naming every missing setting
     */
    public void requireServeable() {
        List<String> problems = new ArrayList<>();
        if (security.hostAdminToken().isEmpty()) {
            problems.add("security.hostAdminToken is required to serve (env OPENWTP_SECURITY_HOST_ADMIN_TOKEN): "
                    + "accepted is a random string of at least " + Settings.MIN_TOKEN_LENGTH
                    + " characters, e.g. from `openssl rand -base64 32`");
        }
        if (security.masterKey().isEmpty()) {
            problems.add("security.masterKey is required to serve (env OPENWTP_SECURITY_MASTER_KEY): "
                    + "accepted is base64 of 32 random bytes, e.g. from `openssl rand -base64 32`");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    /**
     * @return the effective settings, one {@code key = value} per line, secrets masked
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Setting s : Settings.ALL) {
            sb.append(s.key()).append(" = ").append(display.getOrDefault(s.key(), "(not set)")).append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "ServerConfig" + new java.util.TreeMap<>(display);
    }
}
