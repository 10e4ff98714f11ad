package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.build.SiteServer;
import org.quietroom.it.engine.Wait;

/**
 * Running every check leaves no storage record for the site in the browser profile. Chromium keeps one row per
 * site that touched a storage API in {@code Default/WebStorage/QuotaManager} (SQLite; the site's origin is stored
 * as text). A control page on another origin calls {@code indexedDB.databases()}, which writes such a row, so the
 * test proves it can see one.
 */
class ChromiumNoStorageIT {
    private static Path resource(String name) {
        return Path.of("src", "test", "resources", "tamper", name);
    }

    @Test
    void bothBuildsLeaveNoStorageRecordWhileAControlPageDoes() throws IOException {
        Path profile = Chromium.freshProfile();
        try (SiteServer site = TestSite.production();
                SiteServer control = TestSite.server().headers(false)
                        .override("/control.html", 200, "text/html; charset=utf-8",
                                Files.readAllBytes(resource("control.html")))
                        .override("/control.js", 200, "text/javascript; charset=utf-8",
                                Files.readAllBytes(resource("control.js")))
                        .start()) {
            ChromeDriver chromium = Chromium.startWithProfile(profile);
            try {
                PageProbe page = new PageProbe(chromium);
                assertEquals("wasm", page.open(site.origin() + "/").tier());
                assertEquals("js", page.open(site.origin() + "/?tier=js").tier());
                assertEquals("ready", page.state());
                chromium.get(control.origin() + "/control.html");
                try {
                    Wait.until("the control page's storage call", Duration.ofSeconds(10), () -> "1".equals(
                            chromium.findElement(By.tagName("html")).getDomAttribute("data-done")));
                } catch (AssertionError e) {
                    // The promise may settle late; the row is written when the call is made.
                }
            } finally {
                chromium.quit();
            }
            String quota = new String(Files.readAllBytes(profile.resolve("Default/WebStorage/QuotaManager")),
                    StandardCharsets.ISO_8859_1);
            assertTrue(quota.contains(control.origin() + "/"), "the control's storage record is visible");
            assertFalse(quota.contains(site.origin() + "/"), "Quietroom left a storage record for its site");
        }
    }
}
