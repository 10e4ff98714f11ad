package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.build.SiteServer;

/**
 * The page changed on its way, served by variants of the test server: a page-world script that wraps
 * addEventListener, the security policy removed, the page framed by another origin and by its own, a foreign
 * policy violation, and the page shown under a Microsoft Defender for Cloud Apps host name.
 */
class ChromiumTamperIT {
    private static SiteServer production;
    private static SiteServer wrapped;
    private static SiteServer noPolicy;
    private static SiteServer frameable;
    private static SiteServer parent;
    private static SiteServer foreignImage;
    private static ChromeDriver chromium;
    private static PageProbe page;

    private static byte[] resource(String name) {
        try {
            return Files.readAllBytes(Path.of("src", "test", "resources", "tamper", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String insertBefore(String html, String marker, String insert) {
        int at = html.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("marker not in page: " + marker);
        }
        return html.substring(0, at) + insert + html.substring(at);
    }

    static String withoutMetaPolicy(String html) {
        int start = html.indexOf("<meta http-equiv=\"Content-Security-Policy\"");
        if (start < 0) {
            throw new IllegalStateException("no meta policy to remove");
        }
        return html.substring(0, start) + html.substring(html.indexOf('>', start) + 1);
    }

    private static byte[] html(String body) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>parent</title></head><body>" + body
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void start() throws IOException {
        production = TestSite.production();
        wrapped = TestSite.server()
                .htmlFilter(h -> insertBefore(h, "<script src=\"boot.js\"",
                        "<script src=\"/test-wrap.js\"></script>\n"))
                .override("/test-wrap.js", 200, "text/javascript; charset=utf-8", resource("test-wrap.js"))
                .start();
        noPolicy = TestSite.server().headers(false).htmlFilter(ChromiumTamperIT::withoutMetaPolicy).start();
        // Header-less, so frame-ancestors and X-Frame-Options do not stop the framing.
        frameable = TestSite.server().headers(false)
                .override("/parent.html", 200, "text/html; charset=utf-8", html("<iframe src=\"/\"></iframe>"))
                .start();
        parent = TestSite.server().headers(false)
                .override("/parent.html", 200, "text/html; charset=utf-8",
                        html("<iframe src=\"" + frameable.origin() + "/\"></iframe>"))
                .start();
        foreignImage = TestSite.server().headers(false)
                .htmlFilter(h -> insertBefore(h, "</main>", "<img src=\"http://example.invalid/x.png\" alt=\"\">"))
                .start();
        chromium = Chromium.start("--host-resolver-rules=MAP *.mcas.ms 127.0.0.1");
        page = new PageProbe(chromium);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.quit();
        }
        for (SiteServer s : new SiteServer[] {production, wrapped, noPolicy, frameable, parent, foreignImage}) {
            if (s != null) {
                s.close();
            }
        }
    }

    @ParameterizedTest(name = "tier: {0}")
    @ValueSource(strings = {"/", "/?tier=js"})
    void aScriptThatWrapsAddEventListenerBeforeTheAppIsReported(String path) {
        page.open(wrapped.origin() + path);
        assertEquals("ready", page.state());
        assertEquals("risk", page.outcomes().get("injected-content"));
        assertEquals("code-added-patched", page.reason("injected-content"));
        String text = page.text("injected-content");
        assertTrue(text.contains("<script>") && text.contains("addEventListener"), text);
        assertEquals("risk", page.outcomes().get("page-integrity"));
        assertEquals("unpinned-script", page.reason("page-integrity"));
        assertTrue(page.text("page-integrity").contains("/test-wrap.js"), page.text("page-integrity"));
    }

    @ParameterizedTest(name = "tier: {0}")
    @ValueSource(strings = {"/", "/?tier=js"})
    void aStrippedPolicyIsReported(String path) {
        page.open(noPolicy.origin() + path);
        assertEquals("ready", page.state());
        assertEquals("ran", page.root("data-csp-canary"));
        assertEquals("risk", page.outcomes().get("page-integrity"));
        assertEquals("policy-missing", page.reason("page-integrity"));
    }

    @Test
    void aForeignViolationIsCountedExactlyOnce() {
        // Header-less: only the page's meta policy applies, so one blocked image is one violation.
        page.open(foreignImage.origin() + "/");
        assertEquals("ready", page.state());
        assertEquals("blocked", page.root("data-csp-canary"));
        assertEquals(1, page.cspViolations());
        assertEquals("blocked-attempts", page.reason("page-integrity"));
        assertEquals("caution", page.outcomes().get("page-integrity"));
        assertTrue(page.text("page-integrity").contains("Blocked attempts: 1."), page.text("page-integrity"));
    }

    @Test
    void framedByAnotherOriginIsARiskThatNamesIt() {
        chromium.get(parent.origin() + "/parent.html");
        chromium.switchTo().frame(0);
        try {
            page.awaitSettled();
            assertEquals("risk", page.outcomes().get("framing"));
            assertEquals("framed-other-origin", page.reason("framing"));
            assertTrue(page.text("framing").contains(parent.origin()), page.text("framing"));
        } finally {
            chromium.switchTo().defaultContent();
        }
    }

    @Test
    void framedByItsOwnOriginIsARiskOfItsOwn() {
        chromium.get(frameable.origin() + "/parent.html");
        chromium.switchTo().frame(0);
        try {
            page.awaitSettled();
            assertEquals("risk", page.outcomes().get("framing"));
            assertEquals("framed-same-origin", page.reason("framing"));
        } finally {
            chromium.switchTo().defaultContent();
        }
    }

    @Test
    void aDefenderForCloudAppsHostIsNamed() {
        page.open("http://quietroom-app.mcas.ms:" + production.port() + "/");
        assertEquals("ready", page.state());
        assertEquals("risk", page.outcomes().get("host"));
        assertEquals("session-proxy", page.reason("host"));
        String text = page.text("host");
        assertTrue(text.contains("Microsoft Defender for Cloud Apps") && text.contains("quietroom-app.mcas.ms"), text);
    }
}
