package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.build.SiteServer;

/** Chromium with the User-Agent of Instagram's Android in-app browser (shalanah/inapp-spy fixture). */
class ChromiumInAppIT {
    static final String INSTAGRAM_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.58 Mobile Safari/537.36 "
            + "Instagram 355.1.0.44.103 Android (34/14; 420dpi; 1080x2205; Google/google; Pixel 8; shiba; shiba; "
            + "en_US; 658190016)";

    private static SiteServer server;
    private static ChromeDriver chromium;

    @BeforeAll
    static void start() {
        server = TestSite.production();
        chromium = Chromium.start("--user-agent=" + INSTAGRAM_ANDROID);
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

    @Test
    void theAppIsNamedWithHowToLeaveIt() {
        PageProbe page = new PageProbe(chromium).open(server.origin() + "/");
        assertEquals("ready", page.state());
        assertEquals("risk", page.outcomes().get("in-app-browser"));
        assertEquals("app", page.reason("in-app-browser"));
        String text = page.text("in-app-browser");
        assertTrue(text.contains("Instagram is showing this page in its own built-in browser"), text);
        assertTrue(text.contains("Open in browser"), text);
        assertEquals("in-app", page.reason("private-window"));
        assertEquals("system-only", page.reason("browser-os"));
    }
}
