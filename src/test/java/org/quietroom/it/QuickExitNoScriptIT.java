package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Chromium with JavaScript switched off for pages (the content setting a policy or the person can set): the exit
 * and the skip link are plain links to the neutral page, and the interruption is plain content, without the
 * controls that need the script.
 */
class QuickExitNoScriptIT {
    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.site(() -> ExitSite.start(ExitSite.builder()))
            .options(options -> options.setExperimentalOption("prefs",
                    Map.of("profile.managed_default_content_settings.javascript", 2)))
            .flags(ExitSite.LOOPBACK_ONLY);

    @BeforeEach
    void arrive() {
        RIG.driver().get(RIG.server().origin() + ExitSite.START);
        RIG.driver().get(RIG.server().origin() + "/");
        ExitSite.awaitPath(RIG.driver(), "/");
    }

    @Test
    void scriptsReallyAreOff() {
        WebElement html = RIG.driver().findElement(By.tagName("html"));
        assertEquals("static", html.getDomAttribute("data-state"), "boot.js did not run");
        assertEquals(null, html.getDomAttribute("data-browser"), "exit.js did not run");
        assertTrue(RIG.driver().findElement(By.cssSelector("#checklist noscript p")).isDisplayed(),
                "the <noscript> lead-in is parsed and shown");
    }

    @Test
    void theExitIsAPlainLinkToTheNeutralPage() {
        WebElement exit = RIG.driver().findElement(By.id("exit"));
        assertTrue(exit.isDisplayed());
        exit.click();
        ExitSite.awaitPath(RIG.driver(), ExitSite.NEUTRAL);
        assertEquals(1, RIG.driver().findElements(By.id("neutral")).size());
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndAPlainLink() {
        ExitSite.press(RIG.driver(), Keys.TAB);
        assertEquals("exit-skip", RIG.driver().switchTo().activeElement().getDomAttribute("id"));
        ExitSite.press(RIG.driver(), Keys.ENTER);
        ExitSite.awaitPath(RIG.driver(), ExitSite.NEUTRAL);
    }

    @Test
    void theInterruptionIsPlainContentWithoutScriptControls() {
        assertTrue(RIG.driver().findElement(By.id("exit-intro")).isDisplayed());
        assertFalse(RIG.driver().findElement(By.id("now-choices")).isDisplayed(), "answering here needs the script");
        assertTrue(RIG.driver().findElement(By.id("now-why")).isDisplayed(), "the question and its why stay as text");
        // The full guidance is a <details>: it opens without the script.
        RIG.driver().findElement(By.cssSelector("#exit-help > summary")).click();
        assertFalse(RIG.driver().findElement(By.id("cover-option")).isDisplayed(), "covering needs the script");
        List<WebElement> help = RIG.driver().findElements(By.cssSelector("[data-browser-help]"));
        assertEquals(6, help.size());
        for (WebElement item : help) {
            assertTrue(item.isDisplayed(), "every browser's history help shows: " + item.getDomAttribute("data-browser-help"));
        }
        for (WebElement label : RIG.driver().findElements(By.className("this-browser"))) {
            assertFalse(label.isDisplayed(), "no browser is named as this one");
        }
        assertTrue(RIG.driver().findElement(By.id("traces")).isDisplayed());
    }

    /**
     * The app lookup (apps.html) without JavaScript: no field (it needs the script), the <noscript> sentence, how
     * to find the names, and every name and other name of the list shown, by letter; its exit is a plain link.
     */
    @Test
    void theAppLookupPageShowsEveryNameToLookForWithoutScript() throws java.io.IOException {
        RIG.driver().get(RIG.server().origin() + "/apps.html");
        ExitSite.awaitPath(RIG.driver(), "/apps.html");
        assertEquals("static", RIG.driver().findElement(By.tagName("html")).getDomAttribute("data-state"));
        assertFalse(RIG.driver().findElement(By.id("apps")).isDisplayed(), "the lookup needs the script");
        assertTrue(RIG.driver().findElement(By.cssSelector("main noscript p")).isDisplayed());
        assertTrue(RIG.driver().findElement(By.id("app-find")).isDisplayed());
        java.util.Set<String> shown = new java.util.TreeSet<>();
        for (WebElement name : RIG.driver().findElements(By.cssSelector("#app-names dd > span"))) {
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
        RIG.driver().findElement(By.id("exit")).click();
        ExitSite.awaitPath(RIG.driver(), ExitSite.NEUTRAL);
    }
}
