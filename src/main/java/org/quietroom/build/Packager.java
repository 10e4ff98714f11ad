package org.quietroom.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs the built site into {@code target/quietroom-<version>-<fingerprint>.zip}: the files in a fixed order
 * with a fixed timestamp, so the zip is as reproducible as the site. Its SHA256SUMS is inside.
 *
 * <p>Usage: {@code Packager <site dir> <version> <output dir>}
 */
public final class Packager {
    /** The same instant as the POM's project.build.outputTimestamp. */
    static final FileTime FIXED_TIME = FileTime.fromMillis(1767225600000L);

    private Packager() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Packager <site dir> <version> <output dir>");
        }
        Path zip = pack(Path.of(args[0]), args[1], Path.of(args[2]));
        System.out.println(zip + "  sha256 " + SiteBuilder.sha256Hex(Files.readAllBytes(zip)));
    }

    static Path pack(Path site, String version, Path outDir) throws IOException {
        String fingerprint = Fingerprint.of(site);
        Files.createDirectories(outDir);
        Path zip = outDir.resolve("quietroom-" + version + "-" + fingerprint + ".zip");
        Map<String, String> files = Manifest.hashes(site);
        files.put("SHA256SUMS", "");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(os)) {
            for (String path : new java.util.TreeSet<>(files.keySet())) {
                ZipEntry entry = new ZipEntry("quietroom/" + path);
                entry.setLastModifiedTime(FIXED_TIME);
                entry.setCreationTime(FIXED_TIME);
                entry.setLastAccessTime(FIXED_TIME);
                out.putNextEntry(entry);
                out.write(Files.readAllBytes(site.resolve(path)));
                out.closeEntry();
            }
        }
        return zip;
    }
}
