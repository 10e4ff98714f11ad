package org.quietroom.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The site that this build wrote (the site builder runs in process-classes, before any test). */
public final class BuiltSite {
    public static final Path DIR = Path.of("target", "site");

    private BuiltSite() {
    }

    /** A copy of the whole built site in {@code dest} (created), for a test to change or to serve elsewhere. */
    public static Path copyTo(Path dest) throws IOException {
        try (var walk = Files.walk(DIR)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = dest.resolve(DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dest;
    }

    public static String read(String file) {
        try {
            return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The built site lacks " + file + ": run mvn package", e);
        }
    }
}
