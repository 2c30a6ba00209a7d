package org.openwtp.core.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The catalogue of every setting the core server knows. A setting that is not listed here is refused
 * at start-up. docs/configuration.md mirrors this list.
 */
public final class Settings {

    /** Shortest accepted host admin token. */
    public static final int MIN_TOKEN_LENGTH = 24;

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|KiB|MB|MiB|GB|GiB)?", Pattern.CASE_INSENSITIVE);

    public static final Setting HTTP_HOST = new Setting("http.host", "interface the HTTP server binds",
            "a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0", "127.0.0.1", false, Settings::nonBlank);
    public static final Setting HTTP_PORT = new Setting("http.port", "TCP port of the HTTP server (0 = random free port)",
            "an integer from 0 to 65535", "8080", false, v -> intInRange(v, 0, 65_535));
    public static final Setting HTTP_MAX_REQUEST_BYTES = new Setting("http.maxRequestBytes",
            "largest request body accepted; larger bodies get 413",
            "a size from 1KB to 1GB: bytes, or a number with KB, MB or GB (binary units)", "1MB", false,
            v -> sizeInRange(v, 1024L, 1024L * 1024 * 1024));
    public static final Setting HTTP_SHUTDOWN_TIMEOUT = new Setting("http.shutdownTimeout",
            "how long a stop waits for requests in flight",
            "a duration from 0s to 10m, e.g. 30s, 500ms, 2m or PT30S", "30s", false,
            v -> durationInRange(v, Duration.ZERO, Duration.ofMinutes(10)));
    public static final Setting PLUGINS_DIR = new Setting("plugins.dir", "folder the plugin jars are read from",
            "a folder path", "target/plugins", false, v -> Path.of(nonBlank(v)));
    public static final Setting PLUGINS_CALL_TIMEOUT = new Setting("plugins.callTimeout",
            "deadline of one call into plugin code",
            "a duration from 1ms to 5m, e.g. 5s", "5s", false,
            v -> durationInRange(v, Duration.ofMillis(1), Duration.ofMinutes(5)));
    public static final Setting PLUGINS_MAX_UPLOAD_BYTES = new Setting("plugins.maxUploadBytes",
            "largest plugin jar accepted by POST /admin/plugins; larger uploads get 413",
            "a size from 1KB to 1GB: bytes, or a number with KB, MB or GB (binary units)", "64MB", false,
            v -> sizeInRange(v, 1024L, 1024L * 1024 * 1024));
    public static final Setting PLUGINS_TENANT_CACHE_TTL = new Setting("plugins.tenantCacheTtl",
            "how long a tenant's enabled plugins and their decrypted settings are reused before the database is read again: "
            + "the longest a change made by another server or the CLI goes unseen (0s: read on every lookup)",
            "a duration from 0s to 1m, e.g. 2s", "2s", false, v -> durationInRange(v, Duration.ZERO, Duration.ofMinutes(1)));
    public static final Setting QUOTE_TIMEOUT = new Setting("quote.timeout",
            "how long a landed-cost quote waits for pavilions, carriers and FX sources together",
            "a duration from 100ms to 5m, e.g. 10s", "10s", false,
            v -> durationInRange(v, Duration.ofMillis(100), Duration.ofMinutes(5)));
    public static final Setting QUOTE_WRITE_BEHIND = new Setting("quote.writeBehind",
            "how long a new quote may wait before it is written, together with the others of that interval, in one "
            + "transaction (0s: each quote is written in its own transaction before the answer)",
            "a duration from 0s to 1s, e.g. 5ms", "5ms", false, v -> durationInRange(v, Duration.ZERO, Duration.ofSeconds(1)));
    public static final Setting QUOTE_RATE_CACHE_WINDOW = new Setting("quote.rateCacheWindow",
            "how long a carrier's answer to an identical rate request (same tenant, carrier version, configuration, parcels, "
            + "addresses and goods) is reused instead of asking the carrier again (0s: always ask)",
            "a duration from 0s to 1h, e.g. 60s", "60s", false, v -> durationInRange(v, Duration.ZERO, Duration.ofHours(1)));
    public static final Setting QUOTE_PURGE_INTERVAL = new Setting("quote.purgeInterval",
            "how often quotes past quote.retention are deleted",
            "a duration from 1s to 1h, e.g. 1m", "1m", false, v -> durationInRange(v, Duration.ofSeconds(1), Duration.ofHours(1)));
    public static final Setting QUOTE_RETENTION = new Setting("quote.retention",
            "how long an expired quote is kept, so an order for it is told quote_expired rather than quote_not_found "
            + "(0s: deleted at the first purge after it expired)",
            "a duration from 0s to 90d, e.g. 7d", "7d", false, v -> durationInRange(v, Duration.ZERO, Duration.ofDays(90)));
    public static final Setting WEBHOOKS_ALLOW_PRIVATE_TARGETS = new Setting("webhooks.allowPrivateTargets",
            "let tenant webhooks go to loopback, private, link-local and other non-public addresses "
                    + "(development and tests only: in production it lets a tenant reach the host's internal network)",
            "true or false", "false", false, Settings::bool);
    public static final Setting STORAGE_SQLITE_PATH = new Setting("storage.sqlite.path",
            "the SQLite database file, used when storage.jdbc.url is not set",
            "a file path", "data/openwtp.db", false, v -> Path.of(nonBlank(v)));
    public static final Setting STORAGE_SQLITE_SYNCHRONOUS = new Setting("storage.sqlite.synchronous",
            "SQLite flush policy: FULL keeps every acknowledged write through a power loss, NORMAL only through a crash",
            "FULL or NORMAL", "FULL", false, v -> oneOf(v, List.of("FULL", "NORMAL")));
    public static final Setting STORAGE_SQLITE_BUSY_TIMEOUT = new Setting("storage.sqlite.busyTimeout",
            "how long an SQLite connection waits for a lock held by another process (a backup, migrate)",
            "a duration from 0s to 10m, e.g. 5s", "5s", false, v -> durationInRange(v, Duration.ZERO, Duration.ofMinutes(10)));
    public static final Setting STORAGE_SQLITE_WRITE_WAIT = new Setting("storage.sqlite.writeWait",
            "how long a write waits for the single SQLite writer before failing as overloaded",
            "a duration from 1ms to 10m, e.g. 30s", "30s", false,
            v -> durationInRange(v, Duration.ofMillis(1), Duration.ofMinutes(10)));
    public static final Setting STORAGE_POOL_SIZE = new Setting("storage.poolSize",
            "PostgreSQL: connections per server (default 10); SQLite: reader connections (default 4)",
            "an integer from 1 to 200", null, false, v -> intInRange(v, 1, 200));
    public static final Setting STORAGE_MIGRATE_ON_START = new Setting("storage.migrateOnStart",
            "run pending database migrations when the server starts",
            "true or false", "true", false, Settings::bool);
    public static final Setting STORAGE_JDBC_URL = new Setting("storage.jdbc.url",
            "a JDBC URL (PostgreSQL) that replaces the SQLite file",
            "a PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/openwtp", null, false,
            Settings::jdbcUrl);
    public static final Setting STORAGE_JDBC_USER = new Setting("storage.jdbc.user",
            "database user for storage.jdbc.url", "a user name", null, false, Settings::nonBlank);
    public static final Setting STORAGE_JDBC_PASSWORD = new Setting("storage.jdbc.password",
            "database password for storage.jdbc.url", "a password", null, true, v -> Secret.of(nonBlank(v)));
    public static final Setting SECURITY_MASTER_KEY = new Setting("security.masterKey",
            "host master key; encrypts tenant plugin secrets at rest (required to serve)",
            "base64 of exactly 32 bytes, e.g. from `openssl rand -base64 32`", null, true, Settings::masterKey);
    public static final Setting SECURITY_PREVIOUS_MASTER_KEYS = new Setting("security.previousMasterKeys",
            "earlier master keys, only used to decrypt secrets sealed before a rotation",
            "base64 keys of exactly 32 bytes each, separated by commas", null, true, Settings::masterKeys);
    public static final Setting SECURITY_HOST_ADMIN_TOKEN = new Setting("security.hostAdminToken",
            "credential of the host administration API (required to serve)",
            "a string of at least " + MIN_TOKEN_LENGTH + " characters without spaces", null, true, Settings::token);

    /** Every setting, in the order they are documented and printed. */
    public static final List<Setting> ALL = List.of(HTTP_HOST, HTTP_PORT, HTTP_MAX_REQUEST_BYTES, HTTP_SHUTDOWN_TIMEOUT,
            PLUGINS_DIR, PLUGINS_CALL_TIMEOUT, PLUGINS_MAX_UPLOAD_BYTES, PLUGINS_TENANT_CACHE_TTL, QUOTE_TIMEOUT,
            QUOTE_WRITE_BEHIND, QUOTE_RATE_CACHE_WINDOW, QUOTE_PURGE_INTERVAL, QUOTE_RETENTION, WEBHOOKS_ALLOW_PRIVATE_TARGETS, STORAGE_SQLITE_PATH,
            STORAGE_SQLITE_SYNCHRONOUS, STORAGE_SQLITE_BUSY_TIMEOUT, STORAGE_SQLITE_WRITE_WAIT, STORAGE_POOL_SIZE,
            STORAGE_MIGRATE_ON_START, STORAGE_JDBC_URL, STORAGE_JDBC_USER, STORAGE_JDBC_PASSWORD, SECURITY_MASTER_KEY,
            SECURITY_PREVIOUS_MASTER_KEYS, SECURITY_HOST_ADMIN_TOKEN);

    static final Map<String, Setting> BY_KEY = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Setting::key, Function.identity()));

    static final Map<String, Setting> BY_NORMALISED_KEY = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Setting::normalisedKey, Function.identity()));

    private Settings() {
    }

    static String nonBlank(String v) {
        if (v.isBlank()) {
            throw new IllegalArgumentException("an empty value");
        }
        return v.trim();
    }

    static int intInRange(String v, int min, int max) {
        int i;
        try {
            i = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not an integer");
        }
        if (i < min || i > max) {
            throw new IllegalArgumentException(i + " is out of range");
        }
        return i;
    }

    static long sizeInRange(String v, long min, long max) {
        Matcher m = SIZE.matcher(v.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + v + "' is not a size");
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is too large");
        }
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT).replace("I", "");
        long factor = switch (unit) {
            case "KB" -> 1024L;
            case "MB" -> 1024L * 1024;
            case "GB" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        if (n > max / factor || n * factor < min) {
            throw new IllegalArgumentException("'" + v + "' is out of range");
        }
        return n * factor;
    }

    static Duration durationInRange(String v, Duration min, Duration max) {
        String t = v.trim();
        Duration d;
        Matcher m = DURATION.matcher(t);
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                d = Duration.parse(t);
            }
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + v + "' is not a duration");
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("'" + v + "' is out of range");
        }
        return d;
    }

    static String jdbcUrl(String v) {
        String t = nonBlank(v);
        if (!t.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("'" + t + "' is not a PostgreSQL JDBC URL (jdbc:postgresql:...); "
                    + "the other database is the SQLite file of storage.sqlite.path");
        }
        return t;
    }

    static Secret masterKey(String v) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(v.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the value is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("the value decodes to " + bytes.length + " bytes");
        }
        return Secret.of(v.trim());
    }

    static String oneOf(String v, List<String> accepted) {
        String t = v.trim().toUpperCase(Locale.ROOT);
        if (!accepted.contains(t)) {
            throw new IllegalArgumentException("'" + v + "' is not one of " + accepted);
        }
        return t;
    }

    static Boolean bool(String v) {
        String t = v.trim().toLowerCase(Locale.ROOT);
        if (!t.equals("true") && !t.equals("false")) {
            throw new IllegalArgumentException("'" + v + "' is not true or false");
        }
        return Boolean.valueOf(t);
    }

    static List<Secret> masterKeys(String v) {
        List<Secret> keys = new java.util.ArrayList<>();
        String[] parts = v.split(",");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                continue;
            }
            try {
                keys.add(masterKey(parts[i]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("key " + (i + 1) + " of the list: " + e.getMessage());
            }
        }
        return List.copyOf(keys);
    }

    static Secret token(String v) {
        String t = v.trim();
        if (t.length() < MIN_TOKEN_LENGTH || t.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the value has " + t.length() + " characters or contains spaces");
        }
        return Secret.of(t);
    }
}
