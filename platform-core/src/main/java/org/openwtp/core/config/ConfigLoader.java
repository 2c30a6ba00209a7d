package org.openwtp.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Loads {@link ServerConfig} from, lowest precedence first: the defaults in {@link Settings}, a YAML or
 * properties file, environment variables ({@code OPENWTP_*}, see {@link Setting#envName()}) and explicit
 * overrides (command-line options). Every unknown setting and every invalid value is reported together
 * in one {@link ConfigException}. Variables starting with {@value #RESERVED_TEST_PREFIX} are left to test
 * tooling and the {@link #LOGGING_VARIABLES} to logback; both are ignored here. Thread-safe.
 */
public final class ConfigLoader {

    /** Prefix of every environment variable the server reads. */
    public static final String ENV_PREFIX = "OPENWTP_";

    /** Prefix of environment variables reserved for test tooling; never read as settings. */
    public static final String RESERVED_TEST_PREFIX = "OPENWTP_TEST_";

    /** Variables read by logback.xml, not settings. */
    public static final java.util.Set<String> LOGGING_VARIABLES = java.util.Set.of("OPENWTP_LOG_LEVEL", "OPENWTP_ACCESS_LOG_LEVEL");

    private final Map<String, String> environment;

    /**
     * @param environment the environment variables to read (normally {@link System#getenv()})
     */
    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** @return a loader reading the process environment */
    public static ConfigLoader fromSystemEnvironment() {
        return new ConfigLoader(System.getenv());
    }

    /**
     * Builds a configuration from explicit settings only, ignoring the environment; for tests and
     * embedding.
     *
     * @param settings dotted keys to values
     * @return the configuration
     * @throws ConfigException when a key is unknown or a value invalid
     */
    public static ServerConfig fromMap(Map<String, String> settings) {
        return new ConfigLoader(Map.of()).load(Optional.empty(), settings);
    }

    /**
     * Loads the configuration.
     *
     * @param file      the configuration file ({@code .yaml}, {@code .yml} or {@code .properties}), if any
     * @param overrides dotted keys to values that win over everything else
     * @return the configuration
     * @throws ConfigException listing every problem found
     */
    public ServerConfig load(Optional<Path> file, Map<String, String> overrides) {
        List<String> problems = new ArrayList<>();
        Map<String, Raw> raw = new LinkedHashMap<>();
        file.ifPresent(f -> readFile(f, raw, problems));
        readEnvironment(raw, problems);
        new TreeMap<>(overrides).forEach((key, value) -> {
            if (Settings.BY_KEY.containsKey(key)) {
                raw.put(key, new Raw(value, "command line"));
            } else {
                problems.add(unknown(key, "command line"));
            }
        });

        Map<String, Object> typed = new LinkedHashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        for (Setting s : Settings.ALL) {
            Raw r = raw.get(s.key());
            String text = r != null ? r.value() : s.defaultValue();
            if (text == null) {
                display.put(s.key(), s.display(null));
                continue;
            }
            try {
                Object value = s.parser().apply(text);
                typed.put(s.key(), value);
                display.put(s.key(), s.display(value));
            } catch (IllegalArgumentException e) {
                String shown = s.secret() ? "" : " = '" + text + "'";
                String source = r != null ? r.source() : "default";
                problems.add(s.key() + shown + " (" + source + ") is invalid: " + e.getMessage()
                        + "; accepted: " + s.accepts());
            }
        }
        if (!typed.containsKey(Settings.STORAGE_JDBC_URL.key())) {
            for (Setting s : List.of(Settings.STORAGE_JDBC_USER, Settings.STORAGE_JDBC_PASSWORD)) {
                if (typed.containsKey(s.key())) {
                    problems.add(s.key() + " is set but storage.jdbc.url is not: set storage.jdbc.url "
                            + "(jdbc:postgresql://...) or remove " + s.key());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return build(typed, display);
    }

    private static ServerConfig build(Map<String, Object> v, Map<String, String> display) {
        return new ServerConfig(
                new ServerConfig.Http((String) v.get("http.host"), (Integer) v.get("http.port"),
                        (Long) v.get("http.maxRequestBytes"), (Duration) v.get("http.shutdownTimeout")),
                new ServerConfig.Plugins((Path) v.get("plugins.dir"), (Duration) v.get("plugins.callTimeout"),
                        (Long) v.get("plugins.maxUploadBytes"), (Duration) v.get("plugins.tenantCacheTtl")),
                new ServerConfig.Storage((Path) v.get("storage.sqlite.path"), (String) v.get("storage.sqlite.synchronous"),
                        (Duration) v.get("storage.sqlite.busyTimeout"), (Duration) v.get("storage.sqlite.writeWait"),
                        Optional.ofNullable((Integer) v.get("storage.poolSize")), (Boolean) v.get("storage.migrateOnStart"),
                        Optional.ofNullable((String) v.get("storage.jdbc.url")),
                        Optional.ofNullable((String) v.get("storage.jdbc.user")),
                        Optional.ofNullable((Secret) v.get("storage.jdbc.password"))),
                new ServerConfig.Security(Optional.ofNullable((Secret) v.get("security.masterKey")),
                        previousKeys(v.get("security.previousMasterKeys")),
                        Optional.ofNullable((Secret) v.get("security.hostAdminToken"))),
                new ServerConfig.Quote((Duration) v.get("quote.timeout"), (Duration) v.get("quote.writeBehind"),
                        (Duration) v.get("quote.rateCacheWindow"), (Duration) v.get("quote.purgeInterval"),
                        (Duration) v.get("quote.retention")),
                new ServerConfig.Webhooks((Boolean) v.get("webhooks.allowPrivateTargets")),
                display);
    }

    @SuppressWarnings("unchecked")
    private static List<Secret> previousKeys(Object value) {
        return value == null ? List.of() : (List<Secret>) value;
    }

    private void readEnvironment(Map<String, Raw> raw, List<String> problems) {
        Map<String, String> seen = new TreeMap<>();
        new TreeMap<>(environment).forEach((name, value) -> {
            if (!name.startsWith(ENV_PREFIX) || name.startsWith(RESERVED_TEST_PREFIX) || LOGGING_VARIABLES.contains(name)) {
                return;
            }
            Setting s = Settings.BY_NORMALISED_KEY.get(Setting.normalise(name.substring(ENV_PREFIX.length())));
            String source = "environment variable " + name;
            if (s == null) {
                problems.add("unknown setting " + name + " (environment): " + knownEnv());
                return;
            }
            String earlier = seen.put(s.key(), name);
            if (earlier != null) {
                problems.add(name + " and " + earlier + " both set " + s.key() + ": keep one");
                return;
            }
            raw.put(s.key(), new Raw(value, source));
        });
    }

    private static void readFile(Path file, Map<String, Raw> raw, List<String> problems) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String source = "file " + file;
        if (!Files.isRegularFile(file)) {
            problems.add("configuration file " + file + " does not exist or is not a file");
            return;
        }
        try {
            if (name.endsWith(".properties")) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                new TreeMap<>(p).forEach((k, v) -> put(String.valueOf(k).trim(), String.valueOf(v), source, raw, problems));
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
                        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
                JsonNode root;
                try (InputStream in = Files.newInputStream(file)) {
                    root = yaml.readTree(in);
                }
                if (root == null || root.isMissingNode() || root.isNull()) {
                    return;
                }
                if (!root.isObject()) {
                    problems.add(source + " must hold a mapping of settings, e.g. `http:\\n  port: 8080`");
                    return;
                }
                flatten("", root, source, raw, problems);
            } else {
                problems.add("configuration file " + file + " must end with .yaml, .yml or .properties");
            }
        } catch (IOException e) {
            String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                    ? jpe.getOriginalMessage() + locationOf(jpe) : e.getMessage();
            problems.add("cannot read " + source + ": " + msg);
        }
    }

    private static String locationOf(com.fasterxml.jackson.core.JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    private static void flatten(String prefix, JsonNode node, String source, Map<String, Raw> raw, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode value = e.getValue();
            if (value.isObject() && !Settings.BY_KEY.containsKey(key)) {
                flatten(key, value, source, raw, problems);
            } else if (value.isNull()) {
                if (!Settings.BY_KEY.containsKey(key)) {
                    problems.add(unknown(key, source));
                }
            } else if (value.isValueNode()) {
                put(key, value.asText(), source, raw, problems);
            } else if (!Settings.BY_KEY.containsKey(key)) {
                problems.add(unknown(key, source));
            } else {
                problems.add(key + " (" + source + ") is invalid: a list or mapping; accepted: "
                        + Settings.BY_KEY.get(key).accepts());
            }
        }
    }

    private static void put(String key, String value, String source, Map<String, Raw> raw, List<String> problems) {
        if (!Settings.BY_KEY.containsKey(key)) {
            problems.add(unknown(key, source));
        } else if (raw.put(key, new Raw(value, source)) != null) {
            problems.add(key + " is set twice in " + source);
        }
    }

    private static String unknown(String key, String source) {
        Setting near = nearest(key);
        return "unknown setting '" + key + "' (" + source + ")"
                + (near != null ? ": did you mean '" + near.key() + "'?" : ": known settings are " + Settings.BY_KEY.keySet().stream().sorted().toList());
    }

    private static String knownEnv() {
        return "known variables are " + Settings.ALL.stream().map(Setting::envName).toList();
    }

    private static Setting nearest(String key) {
        Setting best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Setting s : Settings.ALL) {
            int d = distance(Setting.normalise(key), s.normalisedKey());
            if (d < bestDistance) {
                bestDistance = d;
                best = s;
            }
        }
        return bestDistance <= 3 ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private record Raw(String value, String source) {
    }

}
