package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.htmlunit.util.brotli.BrotliInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's .br and .gz copies: exactly their files, the same bytes every time, listed in SHA256SUMS. */
class PrecompressTest {
    @TempDir
    Path temp;

    /** Every compressible file of the built site that is not itself a copy. */
    private static List<String> compressibleFiles() throws IOException {
        List<String> out = new ArrayList<>();
        for (String path : Manifest.hashes(BuiltSite.DIR).keySet()) {
            if (ContentCoding.compressible(path) && !ContentCoding.isCopy(path)) {
                out.add(path);
            }
        }
        return out;
    }

    /** Decoded by another implementation than the encoder's: HtmlUnit's pure-Java port of brotli's decoder. */
    static byte[] unbrotli(byte[] bytes) throws IOException {
        try (BrotliInputStream in = new BrotliInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    /** Decoded by the JDK, not by jzlib. */
    static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyBudgetedAndLoadedFileHasBothCopies() throws IOException {
        List<String> files = compressibleFiles();
        for (String file : List.of("index.html", "index.es.html", "site.css", "boot.js", "exit.js", "wasm/app.js",
                "js/app.js", "messages.en.js", "messages.es.js", "open.js", "build.css", "wasm/build.js")) {
            assertTrue(files.contains(file), file + " is compressible");
            assertTrue(Files.isRegularFile(BuiltSite.DIR.resolve(file + ".br")), file + ".br");
            assertTrue(Files.isRegularFile(BuiltSite.DIR.resolve(file + ".gz")), file + ".gz");
        }
    }

    @Test
    void everyCopyDecompressesToExactlyItsFileAndIsSmaller() throws IOException {
        int copies = 0;
        for (String file : compressibleFiles()) {
            byte[] original = Files.readAllBytes(BuiltSite.DIR.resolve(file));
            Path br = BuiltSite.DIR.resolve(file + ".br");
            Path gz = BuiltSite.DIR.resolve(file + ".gz");
            if (Files.exists(br)) {
                assertArrayEquals(original, unbrotli(Files.readAllBytes(br)), file + ".br");
                assertTrue(Files.size(br) < original.length, file + ".br saves bytes");
                copies++;
            }
            if (Files.exists(gz)) {
                assertArrayEquals(original, gunzip(Files.readAllBytes(gz)), file + ".gz");
                assertTrue(Files.size(gz) < original.length, file + ".gz saves bytes");
                copies++;
            }
        }
        assertTrue(copies >= 2 * 20, "the site has " + copies + " copies");
    }

    @Test
    void compressingAgainGivesTheSameBytes() throws IOException {
        for (String file : compressibleFiles()) {
            byte[] original = Files.readAllBytes(BuiltSite.DIR.resolve(file));
            for (ContentCoding coding : ContentCoding.values()) {
                Path copy = BuiltSite.DIR.resolve(file + coding.suffix());
                if (Files.exists(copy)) {
                    assertArrayEquals(Files.readAllBytes(copy), Precompress.compress(coding, original),
                            file + coding.suffix());
                }
            }
        }
    }

    @Test
    void theGzipHeaderIsFixed() throws IOException {
        byte[] gz = Files.readAllBytes(BuiltSite.DIR.resolve("index.html.gz"));
        // magic, deflate, no flags (so no file name), mtime 0, XFL 2, OS 255.
        assertArrayEquals(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, (byte) 0xff},
                java.util.Arrays.copyOf(gz, 10));
    }

    @Test
    void sha256sumsListsEveryCopy() throws IOException {
        String sums = BuiltSite.read("SHA256SUMS");
        int listed = 0;
        try (var walk = Files.walk(BuiltSite.DIR)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = BuiltSite.DIR.relativize(p).toString().replace('\\', '/');
                if (ContentCoding.isCopy(rel)) {
                    String line = SiteBuilder.sha256Hex(Files.readAllBytes(p)) + "  " + rel + "\n";
                    assertTrue(sums.contains(line), "SHA256SUMS lists " + rel + " with its hash");
                    listed++;
                }
            }
        }
        assertTrue(listed >= 40, listed + " copies listed");
    }

    @Test
    void theFingerprintCoversTheFilesNotTheirCopies() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("a.js"), "var a = 1; var a = 1; var a = 1; var a = 1;", StandardCharsets.UTF_8);
        String before = Fingerprint.of(site);
        List<String> written = Precompress.site(site);
        assertEquals(List.of("a.js.br", "a.js.gz"), written);
        assertEquals(before, Fingerprint.of(site), "the copies do not change the fingerprint");
        Files.writeString(site.resolve("a.js"), "var b = 2;", StandardCharsets.UTF_8);
        assertFalse(before.equals(Fingerprint.of(site)), "the files do");
    }

    @Test
    void onlyCompressibleFilesGetCopiesAndOnlyWhenTheyAreSmaller() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("sub"));
        byte[] text = "Quietroom stores nothing. ".repeat(40).getBytes(StandardCharsets.UTF_8);
        Files.write(site.resolve("sub/page.html"), text);
        Files.write(site.resolve("tiny.css"), "a{}".getBytes(StandardCharsets.UTF_8));
        Files.write(site.resolve("SHA256SUMS"), text);
        Files.write(site.resolve("_headers"), text);
        Files.write(site.resolve("photo.png"), text);
        assertEquals(List.of("sub/page.html.br", "sub/page.html.gz"), Precompress.site(site));
        assertFalse(Files.exists(site.resolve("tiny.css.br")), "three bytes do not compress");
    }

    @Test
    void theEncodersRoundTrip() throws IOException {
        byte[] text = "Quietroom stores nothing and sends nothing. ".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(text, unbrotli(Precompress.brotli(text)));
        assertArrayEquals(text, gunzip(Precompress.gzip(text)));
        assertArrayEquals(new byte[0], gunzip(Precompress.gzip(new byte[0])));
    }

    @Test
    void onlyCopiesOfCompressibleFilesCountAsCopies() {
        assertTrue(ContentCoding.isCopy("wasm/app.js.br"));
        assertTrue(ContentCoding.isCopy("index.html.gz"));
        assertFalse(ContentCoding.isCopy("wasm/app.js"));
        assertFalse(ContentCoding.isCopy("archive.tar.gz"));
        assertFalse(ContentCoding.isCopy("SHA256SUMS"));
    }
}
