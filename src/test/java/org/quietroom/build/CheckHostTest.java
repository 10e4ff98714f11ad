package org.quietroom.build;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/check-host against real servers on 127.0.0.1: the release as built, headers lost, a changed file. */
class CheckHostTest {
    @TempDir
    Path temp;

    private static String printed(CheckHost.Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CheckHost.print(report, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theReleaseServedWithTheProductionHeadersPasses() throws Exception {
        try (SiteServer server = SiteServer.builder(BuiltSite.DIR).start()) {
            CheckHost.Report report = CheckHost.check(BuiltSite.DIR, server.origin() + "/");
            String text = printed(report);
            assertTrue(report.ok(), text);
            assertEquals(CheckHost.Status.OK, report.row("files").status(), text);
            for (String header : Headers.production().keySet()) {
                assertEquals(CheckHost.Status.OK, report.row(header).status(), header + "\n" + text);
            }
            assertEquals(CheckHost.Status.OK, report.row("types").status(), text);
            // The release's own .br and .gz, as scripts/serve sends them: every brotli byte is the release's.
            assertEquals(CheckHost.Status.OK, report.row("compression").status(), text);
            assertEquals(null, report.row("files (brotli)"), text);
            assertEquals(CheckHost.Status.OK, report.row("address").status(), text);
            assertEquals(CheckHost.Status.OK, report.row("folders").status(), text);
            assertEquals(CheckHost.Status.OK, report.row("https").status(), text);
            assertEquals(CheckHost.Status.CHOICE, report.row("Strict-Transport-Security").status(), text);
            assertTrue(text.contains("Every file is the release"), text);
        }
    }

    @Test
    void aHostThatSendsNoHeadersFailsEachAndSaysWhatItMeans() throws Exception {
        try (SiteServer server = SiteServer.builder(BuiltSite.DIR).headers(false).start()) {
            CheckHost.Report report = CheckHost.check(BuiltSite.DIR, server.origin());
            String text = printed(report);
            assertFalse(report.ok(), text);
            // The bytes are still the release: only the headers are lost, as on GitHub Pages or a shared host.
            assertEquals(CheckHost.Status.OK, report.row("files").status(), text);
            for (String header : Headers.production().keySet()) {
                CheckHost.Row row = report.row(header);
                assertEquals(CheckHost.Status.FAIL, row.status(), header);
                assertEquals("missing", row.detail(), header);
                assertFalse(row.meaning().isEmpty() || row.fix().isEmpty(), header);
            }
            assertTrue(text.contains("means: the page keeps its own policy in <meta>, but only the header stops"),
                    text);
            assertTrue(text.contains("NOT served as the release needs"), text);
        }
    }

    @Test
    void aChangedFileIsFoundByItsBytesNotByTheHostsOwnSums() throws Exception {
        Path copy = BuiltSite.copyTo(temp.resolve("copy"));
        Path boot = copy.resolve("boot.js");
        Files.writeString(boot, Files.readString(boot) + "/* changed */");
        // Only the plain file: a browser asking for gzip still gets the release's boot.js.gz. Sent plain, it differs.
        // And a .br copy that is not the release's is said, though this tool does not decode brotli.
        Path css = copy.resolve("site.css.br");
        byte[] br = Files.readAllBytes(css);
        br[br.length - 1] ^= 1;
        Files.write(css, br);
        // The copy's own SHA256SUMS is rewritten to match: a careful tamperer's copy. It must not matter.
        Files.writeString(copy.resolve("SHA256SUMS"), Manifest.sha256sums(copy));
        try (SiteServer server = SiteServer.builder(copy).start()) {
            CheckHost.Report report = CheckHost.check(BuiltSite.DIR, server.origin() + "/");
            CheckHost.Row files = report.row("files");
            assertEquals(CheckHost.Status.FAIL, files.status());
            assertTrue(files.detail().contains("differ: ") && files.detail().contains("boot.js"), files.detail());
            assertFalse(report.ok());
            assertEquals(CheckHost.Status.WARN, report.row("files (brotli)").status());
            assertTrue(report.row("files (brotli)").detail().endsWith(": site.css"), report.row("files (brotli)").detail());
        }
    }

    @Test
    void theHostIsDetectedFromItsServerHeader() throws IOException {
        assertEquals(CheckHost.HostKind.NGINX, CheckHost.HostKind.of("nginx/1.22.1"));
        assertEquals(CheckHost.HostKind.APACHE, CheckHost.HostKind.of("Apache/2.4.62 (Debian)"));
        assertEquals(CheckHost.HostKind.CADDY, CheckHost.HostKind.of("Caddy"));
        assertEquals(CheckHost.HostKind.GITHUB_PAGES, CheckHost.HostKind.of("GitHub.com"));
        assertEquals(CheckHost.HostKind.NETLIFY, CheckHost.HostKind.of("Netlify"));
        assertEquals(CheckHost.HostKind.CLOUDFLARE, CheckHost.HostKind.of("cloudflare"));
        assertEquals(CheckHost.HostKind.OTHER, CheckHost.HostKind.of(""));
        assertNotEquals(CheckHost.HostKind.OTHER.headersFix(), CheckHost.HostKind.APACHE.headersFix());
    }

    @Test
    void javaScriptMustBeUtf8WhateverItsLabel() {
        assertTrue(CheckHost.typeMatches("boot.js", "text/javascript; charset=utf-8"));
        assertTrue(CheckHost.typeMatches("boot.js", "application/javascript; charset=UTF-8"));
        assertFalse(CheckHost.typeMatches("boot.js", "application/javascript"));
        assertFalse(CheckHost.typeMatches("index.html", "text/html"));
        assertTrue(CheckHost.typeMatches("index.html", "text/html;charset=utf-8"));
    }
}
