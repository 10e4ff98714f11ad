package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SHA256SUMS, the fingerprint, verify-site and the package. */
class ReleaseTest {
    @TempDir
    Path temp;

    private Path copyOfSite() throws IOException {
        return BuiltSite.copyTo(temp.resolve("copy"));
    }

    @Test
    void sha256sumsListsEveryFileWithItsHash() throws IOException {
        String sums = BuiltSite.read("SHA256SUMS");
        assertEquals(Manifest.sha256sums(BuiltSite.DIR), sums);
        for (String file : List.of("index.html", "boot.js", "site.css", "wasm/app.js", "js/app.js", "messages.en.js")) {
            assertTrue(sums.contains("  " + file + "\n"), file);
        }
    }

    @Test
    void everyPageShowsTheFingerprintOfTheWholeSite() throws IOException {
        String words = Fingerprint.of(BuiltSite.DIR);
        assertEquals(4, words.split("-").length);
        assertTrue(BuiltSite.read("index.html").contains("<span id=\"fingerprint\">" + words + "</span>"));
    }

    @Test
    void changingAnyFileChangesTheFingerprint() throws IOException {
        Path copy = copyOfSite();
        String before = Fingerprint.of(copy);
        Path css = copy.resolve("site.css");
        Files.writeString(css, Files.readString(css) + "/* */", StandardCharsets.UTF_8);
        assertNotEquals(before, Fingerprint.of(copy));
    }

    @Test
    void verifySiteFindsATamperedFileServedOverHttp() throws Exception {
        Path copy = copyOfSite();
        Path boot = copy.resolve("boot.js");
        Files.writeString(boot, Files.readString(boot).replace("'use strict';", "'use strict'; /* tampered */"));
        try (SiteServer server = SiteServer.builder(copy).start()) {
            VerifySite.Report report = VerifySite.compare(BuiltSite.DIR, server.origin() + "/");
            assertEquals(List.of("boot.js"), report.differing());
            assertFalse(report.ok());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            VerifySite.print(report, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("DIFFERS  boot.js"));
        }
    }

    @Test
    void verifySiteAcceptsAnExactCopyAndReportsMissingFiles() throws Exception {
        Path copy = copyOfSite();
        assertTrue(VerifySite.compare(BuiltSite.DIR, copy.toString()).ok());
        Files.delete(copy.resolve("js/app.js"));
        VerifySite.Report report = VerifySite.compare(BuiltSite.DIR, copy.toString());
        assertEquals(List.of("js/app.js"), report.missing());
    }

    @Test
    void thePackageIsReproducible() throws IOException {
        Path one = Packager.pack(BuiltSite.DIR, "test", temp.resolve("one"));
        Path two = Packager.pack(BuiltSite.DIR, "test", temp.resolve("two"));
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        assertTrue(one.getFileName().toString().contains(Fingerprint.of(BuiltSite.DIR)));
    }
}
