package org.quietroom.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

/** {@code SHA256SUMS}: every file of the site with its SHA-256, in the format {@code sha256sum -c} reads. */
public final class Manifest {
    private Manifest() {
    }

    /** path → sha256 hex of every regular file below {@code site}, except SHA256SUMS itself. */
    public static TreeMap<String, String> hashes(Path site) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (var walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = site.relativize(p).toString().replace('\\', '/');
                if (!rel.equals("SHA256SUMS")) {
                    out.put(rel, SiteBuilder.sha256Hex(Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    public static String sha256sums(Path site) throws IOException {
        StringBuilder sb = new StringBuilder();
        hashes(site).forEach((path, hash) -> sb.append(hash).append("  ").append(path).append('\n'));
        return sb.toString();
    }
}
