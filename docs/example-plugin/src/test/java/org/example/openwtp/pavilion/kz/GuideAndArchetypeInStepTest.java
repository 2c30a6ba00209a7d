package org.example.openwtp.pavilion.kz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the docs around this example honest: every code block of docs/plugin-guide.md tagged with a
 * file path (```java docs/...) still appears word for word in that file, and the archetype generates
 * the same dependencies and build as this project. Runs only inside the OpenWTP repository; in a
 * copy of this project it is skipped, and you may delete it.
 */
class GuideAndArchetypeInStepTest {
    private static final Pattern TAGGED_BLOCK = Pattern.compile("(?ms)^```(\\w+) (docs/\\S+)\\n(.*?)^```$");

    private final Path repository = Path.of("").toAbsolutePath().getParent().getParent();   // docs/example-plugin -> root

    @Test
    void everyTaggedExcerptOfTheGuideIsInItsFile() throws IOException {
        Path guide = repository.resolve("docs/plugin-guide.md");
        Assumptions.assumeTrue(Files.isRegularFile(guide), "not inside the OpenWTP repository");

        Matcher block = TAGGED_BLOCK.matcher(Files.readString(guide, StandardCharsets.UTF_8));
        List<String> stale = new ArrayList<>();
        int checked = 0;
        while (block.find()) {
            Path file = repository.resolve(block.group(2));
            String excerpt = block.group(3);
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).contains(excerpt)) {
                stale.add(block.group(2) + ":\n" + excerpt);
            }
            checked++;
        }
        assertThat(checked).as("tagged excerpts in the guide").isGreaterThanOrEqualTo(10);
        assertThat(stale).as("excerpts of the guide no longer found verbatim in their file").isEmpty();
    }

    @Test
    void archetypeGeneratesTheDependenciesAndBuildOfThisProject() throws IOException {
        Path archetypePom = repository.resolve("docs/plugin-archetype/src/main/resources/archetype-resources/pom.xml");
        Assumptions.assumeTrue(Files.isRegularFile(archetypePom), "not inside the OpenWTP repository");
        String example = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String generated = Files.readString(archetypePom, StandardCharsets.UTF_8);
        for (String section : List.of("dependencies", "build")) {
            assertThat(between(generated, section)).as("<%s> of the archetype's pom.xml", section).isEqualTo(between(example, section));
        }
    }

    private static String between(String pom, String element) {
        int start = pom.indexOf("<" + element + ">");
        int end = pom.indexOf("</" + element + ">", start);
        assertThat(start).as("<%s> in pom.xml", element).isNotNegative();
        return pom.substring(start, end);
    }
}
