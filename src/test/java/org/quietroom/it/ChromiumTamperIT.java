package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.build.SiteServer;

/**
 * The page framed by another origin and by its own, in Chromium. The other tamper fixtures (a page-world script
 * that wraps addEventListener, the security policy removed, a foreign policy violation, a Microsoft Defender for
 * Cloud Apps host name) run on every engine in {@link EnginesChecksIT}; framing stays here because the engine
 * layer cannot yet enter a frame (WebDriver's switchTo().frame has no counterpart in the Firefox BiDi engine yet:
 * it would need the child browsing context from browsingContext.getTree). Firefox would also differ: it has no
 * location.ancestorOrigins, so it can say only framed or not, never by whom (README, check table).
 */
class ChromiumTamperIT {
    private static SiteServer frameable;
    private static SiteServer parent;
    private static ChromeDriver chromium;
    private static PageProbe page;

    private static byte[] html(String body) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>parent</title></head><body>" + body
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void start() throws IOException {
        // Header-less, so frame-ancestors and X-Frame-Options do not stop the framing.
        frameable = TestSite.server().headers(false)
                .override("/parent.html", 200, "text/html; charset=utf-8", html("<iframe src=\"/\"></iframe>"))
                .start();
        parent = TestSite.server().headers(false)
                .override("/parent.html", 200, "text/html; charset=utf-8",
                        html("<iframe src=\"" + frameable.origin() + "/\"></iframe>"))
                .start();
        chromium = Chromium.start();
        page = new PageProbe(chromium);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.quit();
        }
        for (SiteServer s : new SiteServer[] {frameable, parent}) {
            if (s != null) {
                s.close();
            }
        }
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
}
