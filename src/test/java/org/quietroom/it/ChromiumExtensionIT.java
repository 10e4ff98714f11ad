package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.build.SiteServer;

/**
 * A real MV3 extension (src/test/resources/extensions/injector) whose isolated-world content script adds an
 * attribute to {@code <html>} and an element to {@code <body>} while the page loads: the page must notice both
 * and name them, harmless explanation first.
 */
class ChromiumExtensionIT {
    private static SiteServer server;
    private static ChromeDriver chromium;

    @BeforeAll
    static void start() {
        server = TestSite.production();
        chromium = Chromium.startWithExtension("injector");
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "tier: {0}")
    @ValueSource(strings = {"/", "/?tier=js"})
    void anUnknownExtensionsChangesAreReportedWithEvidence(String path) {
        PageProbe page = new PageProbe(chromium).open(server.origin() + path);
        assertEquals("ready", page.state());
        page.awaitReason("injected-content", "changed");
        assertEquals("caution", page.outcomes().get("injected-content"));
        String text = page.text("injected-content");
        assertTrue(text.contains("<qr-test-widget>"), text);
        assertTrue(text.contains("data-qr-test-injector"), text);
        assertEquals(List.of("finding__harmless", "finding__text", "finding__limits"),
                page.paragraphs("injected-content"));
        // Chromium applies an extension's own policy to what its content scripts insert: no violation here.
        assertEquals(0, page.cspViolations());
        assertEquals("intact", page.reason("page-integrity"));
    }
}
