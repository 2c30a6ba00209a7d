package org.openwtp.core.plugin.server;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.core.http.FieldError;
import org.openwtp.core.plugin.PluginInfo;
import org.openwtp.core.plugin.PluginRuntime;
import org.openwtp.core.plugin.PluginRuntimeConfig;
import org.openwtp.core.plugin.PluginStatus;
import org.openwtp.sdk.SdkVersion;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts plugin jars into the plugins folder and into the runtime: an uploaded jar is checked before anything
 * is written (a readable jar whose entries pass their checksums, a manifest with {@code Plugin-Id},
 * {@code Plugin-Version} and a {@code Plugin-Requires} range containing this SDK), written to a temporary
 * file in the folder and moved into place atomically, then loaded, or reloaded when a plugin with that id is
 * already loaded. One install at a time. Thread-safe.
 */
final class PluginJarInstaller {

    /** The jar is not a plugin this core accepts; nothing was written. */
    static final ErrorCode JAR_INVALID = ErrorCode.of("plugin_jar_invalid", "Not an acceptable plugin jar", 422);
    /** The jar's plugin is already loaded from another file. */
    static final ErrorCode ALREADY_LOADED = ErrorCode.of("plugin_already_loaded", "Plugin already loaded", 409);

    private static final Logger LOG = LoggerFactory.getLogger(PluginJarInstaller.class);
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    private static final String VERSION = "[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}";
    private static final String FILE_NAME = "[A-Za-z0-9][A-Za-z0-9._+-]{0,200}\\.jar";

    private final Path dir;
    private final PluginRuntime runtime;
    private final VersionManager versions = new DefaultVersionManager();
    private final ReentrantLock lock = new ReentrantLock();

    @Inject
    PluginJarInstaller(PluginRuntimeConfig config, PluginRuntime runtime) {
        this.dir = config.pluginsDirectory().toAbsolutePath().normalize();
        this.runtime = runtime;
    }

    /** What a jar's manifest says. */
    record Descriptor(String id, String version, String requires) {
    }

    PluginInfo install(String fileName, byte[] jar) {
        String shown = fileName == null || fileName.isBlank() ? "the uploaded jar" : "'" + clip(fileName) + "'";
        lock.lock();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".upload-", ".tmp");
            Files.write(tmp, jar);
            Descriptor d = inspect(tmp, shown);
            Path target = dir.resolve(d.id() + "-" + d.version() + ".jar");
            Optional<PluginInfo> previous = runtime.plugin(d.id());
            move(tmp, target);
            PluginInfo result = activate(d, target, previous);
            LOG.info("plugin {} {} installed as {}: {}", d.id(), d.version(), target.getFileName(), result.status());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into the plugins folder " + dir, e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
            lock.unlock();
        }
    }

    PluginInfo installFromFolder(String fileName) {
        if (fileName == null || !fileName.matches(FILE_NAME)) {
            throw ApiException.invalidField("file", "invalid", "file must be the name of a .jar in the plugins folder "
                    + "(letters, digits, dots, dashes, underscores), without a path");
        }
        lock.lock();
        try {
            Path jar = dir.resolve(fileName).normalize();
            if (!jar.getParent().equals(dir) || !Files.isRegularFile(jar)) {
                throw ApiException.notFound("jar", fileName + " in the plugins folder");
            }
            Descriptor d = inspect(jar, "'" + fileName + "'");
            Optional<PluginInfo> previous = runtime.plugin(d.id());
            if (previous.isPresent() && previous.get().status() != PluginStatus.FAILED && !samePath(previous.get(), jar)) {
                throw new ApiException(ALREADY_LOADED, "plugin '" + d.id() + "' is already loaded from "
                        + Path.of(previous.get().source()).getFileName() + "; upload the new jar to replace it, or unload it first");
            }
            return activate(d, jar, previous);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reloads a plugin from a jar of the plugins folder (an older jar of it that was loaded is removed).
     *
     * @param pluginId the plugin
     * @param jar      a jar in the plugins folder
     * @return the plugin afterwards
     */
    PluginInfo reloadFrom(String pluginId, Path jar) {
        lock.lock();
        try {
            Descriptor d = inspect(jar, "'" + jar.getFileName() + "'");
            if (!d.id().equals(pluginId)) {
                throw new ApiException(JAR_INVALID, "'" + jar.getFileName() + "' is plugin '" + d.id() + "', not '" + pluginId + "'");
            }
            return activate(d, jar, runtime.plugin(pluginId));
        } finally {
            lock.unlock();
        }
    }

    /**
     * The newest jar of a plugin in the folder: the highest Plugin-Version, the latest modified among equals.
     *
     * @param pluginId the plugin
     * @return the jar, or empty
     */
    Optional<Path> newestJar(String pluginId) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(dir)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins folder " + dir, e);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Path jar : jars) {
            readDescriptor(jar).filter(d -> d.id().equals(pluginId)).ifPresent(d -> candidates.add(new Candidate(jar, d.version(), modified(jar))));
        }
        Comparator<Candidate> byVersion = (a, b) -> compareVersions(a.version(), b.version());
        return candidates.stream().max(byVersion.thenComparingLong(Candidate::modified)).map(Candidate::jar);
    }

    private record Candidate(Path jar, String version, long modified) {
    }

    private PluginInfo activate(Descriptor d, Path jar, Optional<PluginInfo> previous) {
        boolean running = previous.isPresent() && previous.get().status() != PluginStatus.FAILED;
        PluginInfo result;
        if (running) {
            try {
                result = runtime.reload(d.id(), jar);
            } catch (IllegalArgumentException e) {
                throw new ApiException(JAR_INVALID, clip(e.getMessage()));
            }
        } else {
            previous.ifPresent(p -> {
                try {
                    runtime.unload(d.id());
                } catch (java.util.NoSuchElementException e) {
                    // already gone
                }
            });
            result = runtime.load(jar);
        }
        previous.filter(p -> !samePath(p, jar)).map(p -> Path.of(p.source()).toAbsolutePath().normalize())
                .filter(old -> dir.equals(old.getParent()))
                .ifPresent(old -> {
                    deleteQuietly(old);
                    LOG.info("plugin {}: replaced jar {} removed from the plugins folder", d.id(), old.getFileName());
                });
        return result;
    }

    /**
     * Checks a jar without loading it.
     *
     * @param jar   the file
     * @param shown how to name it in messages
     * @return its descriptor
     * @throws ApiException {@link #JAR_INVALID} listing what is wrong
     */
    Descriptor inspect(Path jar, String shown) {
        List<FieldError> problems = new ArrayList<>();
        Descriptor descriptor = null;
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Enumeration<JarEntry> entries = file.entries();
            byte[] buffer = new byte[8192];
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith("/") || name.contains("\\") || name.equals("..") || name.startsWith("../") || name.contains("/../")) {
                    problems.add(new FieldError("file", "unsafe_entry", shown + " has an entry with an unsafe path: " + clip(name)));
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) != -1) {
                        // reading checks the entry's checksum
                    }
                }
            }
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                problems.add(new FieldError("file", "no_descriptor", shown + " has no META-INF/MANIFEST.MF; a plugin jar declares "
                        + "Plugin-Id, Plugin-Version and Plugin-Requires there"));
            } else {
                descriptor = checkManifest(manifest.getMainAttributes(), shown, problems);
            }
        } catch (IOException | SecurityException | IllegalStateException e) {
            problems.add(new FieldError("file", "unreadable", shown + " is not a readable jar (zip) file: " + clip(String.valueOf(e.getMessage()))));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(JAR_INVALID, problems.size() == 1 ? problems.get(0).message()
                    : shown + " is not an acceptable plugin jar: " + problems.size() + " problems; see errors")
                    .withFieldErrors(problems);
        }
        return descriptor;
    }

    private Descriptor checkManifest(Attributes attributes, String shown, List<FieldError> problems) {
        String id = attributes.getValue("Plugin-Id");
        String version = attributes.getValue("Plugin-Version");
        String requires = attributes.getValue("Plugin-Requires");
        int before = problems.size();
        if (id == null || !id.trim().matches(ID)) {
            problems.add(new FieldError("Plugin-Id", id == null ? "required" : "invalid", shown + (id == null
                    ? " has no Plugin-Id in its manifest" : " has a Plugin-Id that is not 1 to 100 letters, digits, dots, dashes or underscores")));
        }
        if (version == null || !version.trim().matches(VERSION)) {
            problems.add(new FieldError("Plugin-Version", version == null ? "required" : "invalid", shown + (version == null
                    ? " has no Plugin-Version in its manifest" : " has a Plugin-Version that is not a version such as 1.2.0")));
        }
        if (requires == null || requires.isBlank() || requires.trim().equals("*")) {
            problems.add(new FieldError("Plugin-Requires", "required", shown + " does not say which SDK it needs; this core provides SDK "
                    + SdkVersion.CURRENT + ", so declare e.g. Plugin-Requires: " + SdkVersion.COMPATIBLE_RANGE));
        } else {
            boolean matches;
            try {
                matches = versions.checkVersionConstraint(SdkVersion.CURRENT, requires.trim());
            } catch (RuntimeException e) {
                matches = false;
            }
            if (!matches) {
                problems.add(new FieldError("Plugin-Requires", "incompatible", shown + " requires SDK '" + clip(requires.trim())
                        + "'; this core provides SDK " + SdkVersion.CURRENT));
            }
        }
        return problems.size() == before ? new Descriptor(id.trim(), version.trim(), requires.trim()) : null;
    }

    private Optional<Descriptor> readDescriptor(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return Optional.empty();
            }
            Attributes a = manifest.getMainAttributes();
            String id = a.getValue("Plugin-Id");
            String version = a.getValue("Plugin-Version");
            return id == null || version == null ? Optional.empty()
                    : Optional.of(new Descriptor(id.trim(), version.trim(), String.valueOf(a.getValue("Plugin-Requires"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private int compareVersions(String a, String b) {
        try {
            return versions.compareVersions(a, b);
        } catch (RuntimeException e) {
            return a.compareTo(b);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private boolean samePath(PluginInfo info, Path jar) {
        try {
            return Path.of(info.source()).toAbsolutePath().normalize().equals(jar.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static long modified(Path jar) {
        try {
            return Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", file, e.getMessage());
        }
    }

    private static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
