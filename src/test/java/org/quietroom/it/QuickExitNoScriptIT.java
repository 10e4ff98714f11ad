package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.build.SiteServer;

/**
 * Chromium with JavaScript switched off for pages (the content setting a policy or the person can set): the exit
 * and the skip link are plain links to the neutral page, and the interruption is plain content, without the
 * controls that need the script.
 */
class QuickExitNoScriptIT {
    private static SiteServer server;
    private static ChromeDriver chromium;

    @BeforeAll
    static void start() {
        server = ExitSite.start(ExitSite.builder());
        chromium = Chromium.start(options -> options.setExperimentalOption("prefs",
                Map.of("profile.managed_default_content_settings.javascript", 2)), ExitSite.LOOPBACK_ONLY);
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

    @BeforeEach
    void arrive() {
        chromium.get(server.origin() + ExitSite.START);
        chromium.get(server.origin() + "/");
        ExitSite.awaitPath(chromium, "/");
    }

    @Test
    void scriptsReallyAreOff() {
        WebElement html = chromium.findElement(By.tagName("html"));
        assertEquals("static", html.getDomAttribute("data-state"), "boot.js did not run");
        assertEquals(null, html.getDomAttribute("data-browser"), "exit.js did not run");
        assertTrue(chromium.findElement(By.cssSelector("#checklist noscript p")).isDisplayed(),
                "the <noscript> lead-in is parsed and shown");
    }

    @Test
    void theExitIsAPlainLinkToTheNeutralPage() {
        WebElement exit = chromium.findElement(By.id("exit"));
        assertTrue(exit.isDisplayed());
        exit.click();
        ExitSite.awaitPath(chromium, ExitSite.NEUTRAL);
        assertEquals(1, chromium.findElements(By.id("neutral")).size());
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndAPlainLink() {
        ExitSite.press(chromium, Keys.TAB);
        assertEquals("exit-skip", chromium.switchTo().activeElement().getDomAttribute("id"));
        ExitSite.press(chromium, Keys.ENTER);
        ExitSite.awaitPath(chromium, ExitSite.NEUTRAL);
    }

    @Test
    void theInterruptionIsPlainContentWithoutScriptControls() {
        assertTrue(chromium.findElement(By.id("exit-intro")).isDisplayed());
        assertFalse(chromium.findElement(By.id("now-choices")).isDisplayed(), "answering here needs the script");
        assertTrue(chromium.findElement(By.id("now-why")).isDisplayed(), "the question and its why stay as text");
        // The full guidance is a <details>: it opens without the script.
        chromium.findElement(By.cssSelector("#exit-help > summary")).click();
        assertFalse(chromium.findElement(By.id("cover-option")).isDisplayed(), "covering needs the script");
        List<WebElement> help = chromium.findElements(By.cssSelector("[data-browser-help]"));
        assertEquals(6, help.size());
        for (WebElement item : help) {
            assertTrue(item.isDisplayed(), "every browser's history help shows: " + item.getDomAttribute("data-browser-help"));
        }
        for (WebElement label : chromium.findElements(By.className("this-browser"))) {
            assertFalse(label.isDisplayed(), "no browser is named as this one");
        }
        assertTrue(chromium.findElement(By.id("traces")).isDisplayed());
    }

    /**
     * The app lookup (apps.html) without JavaScript: no field (it needs the script), the <noscript> sentence, how
     * to find the names, and every name and other name of the list shown, by letter; its exit is a plain link.
     */
    @Test
    void theAppLookupPageShowsEveryNameToLookForWithoutScript() throws java.io.IOException {
        chromium.get(server.origin() + "/apps.html");
        ExitSite.awaitPath(chromium, "/apps.html");
        assertEquals("static", chromium.findElement(By.tagName("html")).getDomAttribute("data-state"));
        assertFalse(chromium.findElement(By.id("apps")).isDisplayed(), "the lookup needs the script");
        assertTrue(chromium.findElement(By.cssSelector("main noscript p")).isDisplayed());
        assertTrue(chromium.findElement(By.id("app-find")).isDisplayed());
        java.util.Set<String> shown = new java.util.TreeSet<>();
        for (WebElement name : chromium.findElements(By.cssSelector("#app-names dd > span"))) {
            assertTrue(name.isDisplayed(), name.getText());
            shown.add(name.getText());
        }
        java.util.Set<String> listed = new java.util.TreeSet<>();
        for (org.quietroom.build.StalkerwareData.App app
                : org.quietroom.build.StalkerwareData.load(java.nio.file.Path.of("."))) {
            listed.add(app.name());
            listed.addAll(app.names());
        }
        assertEquals(listed, shown, "every name of the list, as the person sees it");
        chromium.findElement(By.id("exit")).click();
        ExitSite.awaitPath(chromium, ExitSite.NEUTRAL);
    }
}
