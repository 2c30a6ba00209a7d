package org.openwtp.core.plugin.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where jars are copied before PF4J opens them, so the originals are never locked and can be replaced
 * while the core runs. Every copy gets a fresh name, so a reload never collides with a copy still held
 * open. Thread-safe.
 */
final class WorkDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(WorkDirectory.class);

    private final Path root;
    private final boolean temporary;
    private final AtomicLong next = new AtomicLong();

    private WorkDirectory(Path root, boolean temporary) {
        this.root = root;
        this.temporary = temporary;
    }

    static WorkDirectory at(Path root) {
        try {
            return new WorkDirectory(Files.createDirectories(root), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the plugin work directory " + root, e);
        }
    }

    static WorkDirectory temporary() {
        try {
            return new WorkDirectory(Files.createTempDirectory("openwtp-plugins-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary plugin work directory", e);
        }
    }

    Path root() {
        return root;
    }

    Path copy(Path jar) throws IOException {
        Path target = root.resolve(next.incrementAndGet() + "-" + jar.getFileName());
        return Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
    }

    void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            LOG.warn("cannot delete plugin copy {}: {}", copy, e.toString());
        }
    }

    /** Deletes the directory if the runtime created it. */
    void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(this::delete);
        } catch (IOException e) {
            LOG.warn("cannot delete plugin work directory {}: {}", root, e.toString());
        }
    }
}
