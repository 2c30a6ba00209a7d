package org.openwtp.core.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.openwtp.sdk.SdkVersion;

/**
 * Builds real PF4J plugin jars from Java source at test time: compiles the sources against the SDK, PF4J,
 * jakarta.inject and slf4j, and writes a jar with the plugin MANIFEST and {@code META-INF/extensions.idx}.
 * Each builder is used by one thread.
 */
public final class TestPluginJars {

    private final String id;
    private String version = "1.0.0";
    private String requires = SdkVersion.COMPATIBLE_RANGE;
    private String dependencies;
    private String pluginClass;
    private boolean descriptor = true;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();
    private final List<Path> classpath = new ArrayList<>();

    private TestPluginJars(String id) {
        this.id = id;
    }

    /**
     * Starts a plugin jar.
     *
     * @param id the Plugin-Id
     * @return the builder
     */
    public static TestPluginJars plugin(String id) {
        return new TestPluginJars(id);
    }

    public TestPluginJars version(String value) {
        this.version = value;
        return this;
    }

    /** @param range the Plugin-Requires value, or null to leave the entry out */
    public TestPluginJars requires(String range) {
        this.requires = range;
        return this;
    }

    /** @param value the Plugin-Dependencies value, e.g. {@code base@>=1.0.0} */
    public TestPluginJars dependencies(String value) {
        this.dependencies = value;
        return this;
    }

    /** @param className a class extending {@code org.pf4j.Plugin}, added with {@link #source} */
    public TestPluginJars pluginClass(String className) {
        this.pluginClass = className;
        return this;
    }

    /** Leaves every Plugin-* entry out of the manifest. */
    public TestPluginJars withoutDescriptor() {
        this.descriptor = false;
        return this;
    }

    /**
     * Adds a class (an extension's helper, a bundled library class...).
     *
     * @param className the binary name
     * @param source    its Java source
     */
    public TestPluginJars source(String className, String source) {
        sources.put(className, source);
        return this;
    }

    /** Adds a class and lists it as an extension in META-INF/extensions.idx. */
    public TestPluginJars extension(String className, String source) {
        extensions.add(className);
        return source(className, source);
    }

    /** Adds a jar to compile against (e.g. a plugin this one depends on). */
    public TestPluginJars compileAgainst(Path jar) {
        classpath.add(jar);
        return this;
    }

    /**
     * Compiles and writes the jar.
     *
     * @param directory where to write {@code <id>-<version>.jar}
     * @return the jar
     */
    public Path writeTo(Path directory) {
        try {
            Path work = Files.createTempDirectory(Files.createDirectories(directory.resolve(".build")), id);
            Path classes = compile(work);
            Path jar = directory.resolve(id + "-" + version + ".jar");
            writeJar(classes, jar);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path compile(Path work) throws IOException {
        Path src = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file.toString());
        }
        if (files.isEmpty()) {
            return classes;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", compileClasspath(), "-nowarn",
                "-proc:none", "--release", "17"));
        args.addAll(files);
        StringWriter errors = new StringWriter();
        OutputStream err = new OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        };
        int status = compiler.run(null, null, err, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("test plugin '" + id + "' does not compile:\n" + errors);
        }
        return classes;
    }

    private String compileClasspath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(SdkVersion.class, org.pf4j.Plugin.class, jakarta.inject.Inject.class,
                org.slf4j.Logger.class, com.google.inject.Injector.class)) {
            entries.add(locationOf(type));
        }
        classpath.forEach(p -> entries.add(p.toString()));
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeJar(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (descriptor) {
            main.putValue("Plugin-Id", id);
            main.putValue("Plugin-Version", version);
            main.putValue("Plugin-Provider", "OpenWTP tests");
            if (requires != null) {
                main.putValue("Plugin-Requires", requires);
            }
            if (dependencies != null) {
                main.putValue("Plugin-Dependencies", dependencies);
            }
            if (pluginClass != null) {
                main.putValue("Plugin-Class", pluginClass);
            }
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            if (!extensions.isEmpty()) {
                out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                out.write((extensions.stream().collect(Collectors.joining("\n")) + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
