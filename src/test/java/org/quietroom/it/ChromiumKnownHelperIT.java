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
 * A real MV3 extension (src/test/resources/extensions/known-helper) that adds Grammarly's two {@code <body>}
 * attributes only after the findings are on screen: the page must notice the later change, render again, and
 * name Grammarly in the harmless explanation shown first, keeping the caveat that it can read what is typed.
 */
class ChromiumKnownHelperIT {
    private static SiteServer server;
    private static ChromeDriver chromium;

    @BeforeAll
    static void start() {
        server = TestSite.production();
        chromium = Chromium.startWithExtension("known-helper");
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
    void aKnownHelperIsNamedFirstAfterTheFirstRender(String path) {
        PageProbe page = new PageProbe(chromium).open(server.origin() + path);
        page.awaitReason("injected-content", "known-helper");
        assertEquals("caution", page.outcomes().get("injected-content"));
        assertEquals(List.of("finding__harmless", "finding__text", "finding__limits"),
                page.paragraphs("injected-content"));
        String text = page.text("injected-content");
        int harmless = text.indexOf("This looks like a helpful tool (Grammarly)");
        int caveat = text.indexOf("can also read what you type");
        assertTrue(harmless >= 0 && caveat > harmless, text);
        assertEquals("data-new-gr-c-s-check-loaded data-gr-ext-installed", page.root("data-watch-attributes"));
    }
}
