package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.it.ExitSite.js;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.quietroom.it.engine.Wait;

/**
 * Leave no trace, in real Chromium: after a full visit every storage area of the origin is empty, read by the
 * page's own APIs and by the DevTools protocol; the interruption shows on every arrival (nothing remembers it was
 * dismissed); the opt-in cover hides the page while the tab is in the background and is not remembered either.
 */
class LeaveNoTraceIT {
    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.site(() -> ExitSite.start(ExitSite.builder())).flags(ExitSite.LOOPBACK_ONLY);

    private static PageProbe open() {
        PageProbe page = new PageProbe(RIG.driver()).open(RIG.server().origin() + "/");
        assertEquals("ready", page.state());
        return page;
    }

    /** Every storage area the page could write, as the page sees it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> storageSeenByThePage() {
        return (Map<String, Object>) RIG.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "Promise.all([indexedDB.databases(), caches.keys(), navigator.serviceWorker.getRegistrations(),"
                        + "  navigator.storage.estimate()]).then(function (r) {"
                        + "  done({cookie: document.cookie, local: localStorage.length, session: sessionStorage.length,"
                        + "   databases: r[0].length, caches: r[1].length, workers: r[2].length, usage: r[3].usage});"
                        + "}, function (e) { done({error: String(e)}); });");
    }

    private static void assertNothingStored(String when) {
        Map<String, Object> seen = storageSeenByThePage();
        assertEquals(Map.of("cookie", "", "local", 0L, "session", 0L, "databases", 0L, "caches", 0L, "workers", 0L,
                "usage", 0L), seen, when + ", seen by the page");
        Map<String, Object> usage = RIG.driver().executeCdpCommand("Storage.getUsageAndQuota",
                Map.of("origin", RIG.server().origin()));
        assertEquals(0L, ((Number) usage.get("usage")).longValue(), when + ", DevTools usage: " + usage);
        @SuppressWarnings("unchecked")
        List<Object> cookies = (List<Object>) RIG.driver().executeCdpCommand("Storage.getCookies", Map.of()).get("cookies");
        assertEquals(List.of(), cookies, when + ", DevTools cookies");
    }

    @Test
    void aFullVisitStoresNothingAnywhere() {
        open();
        assertNothingStored("on arrival");
        ExitSite.shift(RIG.driver(), 2);
        assertEquals(ExitSite.words("exit.shift-1"), ExitSite.status(RIG.driver()), "the shortcut counter was used");
        ExitSite.press(RIG.driver(), "a");
        ExitSite.press(RIG.driver(), Keys.ESCAPE);
        assertEquals(ExitSite.words("exit.escape-1"), ExitSite.status(RIG.driver()));
        RIG.driver().findElement(By.cssSelector("#exit-help > summary")).click();
        RIG.driver().findElement(By.id("cover-switch")).click();
        js(RIG.driver()).executeScript("window.dispatchEvent(new Event('blur')); window.dispatchEvent(new Event('focus'));");
        RIG.driver().findElement(By.id("cover-switch")).click();
        assertNothingStored("after using every control");
        ExitSite.shift(RIG.driver(), 3);
        ExitSite.awaitPath(RIG.driver(), ExitSite.NEUTRAL);
        assertNothingStored("after the exit (same origin)");
    }

    @Test
    void theWarningShowsOnEveryArrivalWithTheFullGuidanceOneTapAway() {
        open();
        WebElement intro = RIG.driver().findElement(By.id("exit-intro"));
        assertTrue(intro.isDisplayed());
        assertTrue(intro.getText().contains(ExitSite.words("exit-intro.short")), "says the history stays");
        assertFalse(intro.getText().contains(ExitSite.words("exit-intro.does-not")), "the rest is one tap away");
        RIG.driver().findElement(By.cssSelector("#exit-help > summary")).click();
        assertTrue(intro.getText().contains(ExitSite.words("exit-intro.does-not")), "opened");
        // This browser's history help (Chromium reports Chrome), and the general one; not the others.
        assertEquals("chrome", new PageProbe(RIG.driver()).root("data-browser"));
        assertTrue(RIG.driver().findElement(By.cssSelector("[data-browser-help=chrome]")).isDisplayed());
        assertTrue(RIG.driver().findElement(By.cssSelector("[data-browser-help=chrome] .this-browser")).isDisplayed());
        assertTrue(RIG.driver().findElement(By.cssSelector("[data-browser-help=other]")).isDisplayed());
        for (String other : List.of("edge", "firefox", "safari", "samsung")) {
            assertFalse(RIG.driver().findElement(By.cssSelector("[data-browser-help=" + other + "]")).isDisplayed(), other);
        }
        open();
        assertTrue(RIG.driver().findElement(By.id("exit-intro")).isDisplayed(), "shown again");
        assertEquals(null, RIG.driver().findElement(By.id("exit-help")).getDomAttribute("open"),
                "closed again: nothing remembered");
    }

    @Test
    void theCoverIsOffUnlessSwitchedOnAndHidesThePageInTheBackground() {
        open();
        // The switch is part of the exit guidance, one tap away.
        RIG.driver().findElement(By.cssSelector("#exit-help > summary")).click();
        WebElement main = RIG.driver().findElement(By.id("main"));
        WebElement coverSwitch = RIG.driver().findElement(By.id("cover-switch"));
        assertTrue(coverSwitch.isDisplayed());
        assertFalse(coverSwitch.isSelected());
        // Whether the page was covered each time it went into the background (a real tab switch).
        js(RIG.driver()).executeScript("window.testCovered = [];"
                + "document.addEventListener('visibilitychange', function () {"
                + "  if (document.visibilityState === 'hidden') {"
                + "    testCovered.push(document.documentElement.classList.contains('qr-covered')); } });");
        String quietroom = RIG.driver().getWindowHandle();
        String other = RIG.driver().switchTo().newWindow(WindowType.TAB).getWindowHandle();
        RIG.driver().switchTo().window(quietroom);
        awaitBackgroundVisits(List.of(false));

        coverSwitch.click();
        assertTrue(coverSwitch.isSelected());
        RIG.driver().switchTo().window(other);
        RIG.driver().switchTo().window(quietroom);
        awaitBackgroundVisits(List.of(false, true));
        // Chromium fires blur and visibilitychange when the other tab comes to the front, focus when this one does.
        awaitCovered(false);
        assertTrue(main.isDisplayed());

        js(RIG.driver()).executeScript("window.dispatchEvent(new Event('blur'))");
        assertTrue(covered(), "window blur covers");
        assertFalse(main.isDisplayed());
        assertEquals("hidden", js(RIG.driver()).executeScript("return getComputedStyle(document.body).visibility"));
        js(RIG.driver()).executeScript("window.dispatchEvent(new Event('focus'))");
        assertFalse(covered());

        RIG.driver().switchTo().window(other).close();
        RIG.driver().switchTo().window(quietroom);
        open();
        assertFalse(RIG.driver().findElement(By.id("cover-switch")).isSelected(), "not remembered after a reload");
    }

    /**
     * How long a tab switch may take to reach the page. Chromium delivers blur, visibilitychange and focus
     * asynchronously; on a loaded 2-core machine (the full suite running) focus once took more than 5 s.
     */
    private static final Duration TAB_EVENTS = Duration.ofSeconds(20);

    private static void awaitBackgroundVisits(List<Boolean> covered) {
        Wait.until("the background visits " + covered, TAB_EVENTS,
                () -> covered.equals(js(RIG.driver()).executeScript("return testCovered")));
    }

    /** Tab switches reach the page asynchronously. */
    private static void awaitCovered(boolean expected) {
        Wait.until("the cover to be " + (expected ? "on" : "off"), TAB_EVENTS, () -> covered() == expected);
    }

    private static boolean covered() {
        return (Boolean) js(RIG.driver()).executeScript("return document.documentElement.classList.contains('qr-covered')");
    }
}
