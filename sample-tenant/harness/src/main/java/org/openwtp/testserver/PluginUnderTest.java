package org.openwtp.testserver;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The plugin an author is testing, built from their Maven project as it is after {@code test-compile}: the
 * compiled classes in {@code target/classes} (with PF4J's {@code META-INF/extensions.idx}) packed into a
 * plugin jar whose manifest is written from the project's {@code pom.xml}, as the plugin's own
 * {@code maven-jar-plugin} configuration would: {@code Plugin-Id} from the property {@code plugin.id}
 * (else the artifactId), {@code Plugin-Version} from the project version, {@code Plugin-Requires} from
 * {@code plugin.requires} (else {@code openwtp.sdk.requires}, else any 1.x), {@code Plugin-Provider} from
 * {@code plugin.provider}. So a test sees the code just compiled, not a jar from an earlier
 * {@code mvn package}. Immutable.
 *
 * @param projectDir the Maven project (the folder with {@code pom.xml})
 * @param pluginId   the plugin id
 * @param version    the plugin version
 * @param requires   the SDK range it needs
 * @param provider   who provides it
 */
public record PluginUnderTest(Path projectDir, String pluginId, String version, String requires, String provider) {

    /** The SDK range assumed when the project names none. */
    public static final String DEFAULT_REQUIRES = ">=1.0.0 & <2.0.0";

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

    /** Validates. */
    public PluginUnderTest {
        Objects.requireNonNull(projectDir, "projectDir must not be null");
        Objects.requireNonNull(pluginId, "pluginId must not be null");
        Objects.requireNonNull(version, "version must not be null");
        Objects.requireNonNull(requires, "requires must not be null");
        provider = provider == null ? "" : provider;
    }

    /**
     * The plugin of a project, if it is one: a {@code pom.xml} and compiled extensions
     * ({@code target/classes/META-INF/extensions.idx}).
     *
     * @param projectDir the project folder, usually the working directory of the test run
     * @return the plugin, or empty when the project is not a plugin project (or not compiled)
     */
    public static Optional<PluginUnderTest> of(Path projectDir) {
        Path pom = projectDir.resolve("pom.xml");
        if (!Files.isRegularFile(pom) || !Files.isRegularFile(projectDir.resolve("target/classes/META-INF/extensions.idx"))) {
            return Optional.empty();
        }
        Map<String, String> props = pomProperties(pom);
        String id = props.getOrDefault("plugin.id", props.get("project.artifactId"));
        String requires = props.getOrDefault("plugin.requires", props.getOrDefault("openwtp.sdk.requires", DEFAULT_REQUIRES));
        return Optional.of(new PluginUnderTest(projectDir.toAbsolutePath(), id, props.get("project.version"), requires,
                props.getOrDefault("plugin.provider", "")));
    }

    /**
     * Packs the compiled classes into a plugin jar.
     *
     * @param folder where to write it
     * @return the jar, {@code <pluginId>-<version>.jar}
     */
    public Path packageInto(Path folder) {
        Path classes = projectDir.resolve("target/classes");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", pluginId);
        main.putValue("Plugin-Version", version);
        main.putValue("Plugin-Requires", requires);
        main.putValue("Plugin-Provider", provider);
        main.putValue("Plugin-Description", pluginId + " built from " + projectDir.getFileName() + "/target/classes by the test server");
        Path jar = folder.resolve(pluginId + "-" + version + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (name.isEmpty() || name.equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                if (Files.isDirectory(file)) {
                    jos.putNextEntry(new JarEntry(name + "/"));
                } else {
                    jos.putNextEntry(new JarEntry(name));
                    Files.copy(file, jos);
                }
                jos.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot package the plugin under test from " + classes, e);
        }
        return jar;
    }

    /** The project's properties plus project.artifactId/version/description (version and groupId fall back to the parent's). */
    static Map<String, String> pomProperties(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            Document doc = factory.newDocumentBuilder().parse(pom.toFile());
            Element project = doc.getDocumentElement();
            Map<String, String> props = new HashMap<>();
            Element parent = child(project, "parent");
            put(props, "project.artifactId", text(project, "artifactId"));
            put(props, "project.version", Optional.ofNullable(text(project, "version")).orElse(parent == null ? null : text(parent, "version")));
            put(props, "project.description", text(project, "description"));
            Element properties = child(project, "properties");
            if (properties != null) {
                NodeList nodes = properties.getChildNodes();
                for (int i = 0; i < nodes.getLength(); i++) {
                    if (nodes.item(i) instanceof Element e) {
                        props.put(e.getTagName(), e.getTextContent().strip());
                    }
                }
            }
            Map<String, String> resolved = new HashMap<>();
            props.forEach((k, v) -> resolved.put(k, resolve(v, props, 0)));
            if (resolved.get("project.version") == null || resolved.get("project.artifactId") == null) {
                throw new IllegalStateException(pom + " names no artifactId or version");
            }
            return resolved;
        } catch (Exception e) {
            if (e instanceof IllegalStateException ise) {
                throw ise;
            }
            throw new IllegalStateException("cannot read the plugin project's " + pom + ": " + e.getMessage(), e);
        }
    }

    private static String resolve(String value, Map<String, String> props, int depth) {
        if (value == null || depth > 10) {
            return value;
        }
        Matcher m = REFERENCE.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement = props.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement == null ? m.group() : resolve(replacement, props, depth + 1)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void put(Map<String, String> props, String key, String value) {
        if (value != null) {
            props.put(key, value);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }
}
