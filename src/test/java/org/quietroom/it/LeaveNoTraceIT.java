package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.it.ExitSite.js;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quietroom.build.SiteServer;

/**
 * Leave no trace, in real Chromium: after a full visit every storage area of the origin is empty, read by the
 * page's own APIs and by the DevTools protocol; the interruption shows on every arrival (nothing remembers it was
 * dismissed); the opt-in cover hides the page while the tab is in the background and is not remembered either.
 */
class LeaveNoTraceIT {
    private static SiteServer server;
    private static ChromeDriver chromium;

    @BeforeAll
    static void start() {
        server = ExitSite.start(ExitSite.builder());
        chromium = Chromium.start(ExitSite.LOOPBACK_ONLY);
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

    private static PageProbe open() {
        PageProbe page = new PageProbe(chromium).open(server.origin() + "/");
        assertEquals("ready", page.state());
        return page;
    }

    /** Every storage area the page could write, as the page sees it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> storageSeenByThePage() {
        return (Map<String, Object>) chromium.executeAsyncScript(
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
        Map<String, Object> usage = chromium.executeCdpCommand("Storage.getUsageAndQuota",
                Map.of("origin", server.origin()));
        assertEquals(0L, ((Number) usage.get("usage")).longValue(), when + ", DevTools usage: " + usage);
        @SuppressWarnings("unchecked")
        List<Object> cookies = (List<Object>) chromium.executeCdpCommand("Storage.getCookies", Map.of()).get("cookies");
        assertEquals(List.of(), cookies, when + ", DevTools cookies");
    }

    @Test
    void aFullVisitStoresNothingAnywhere() {
        open();
        assertNothingStored("on arrival");
        ExitSite.shift(chromium, 2);
        assertEquals(ExitSite.words("exit.shift-1"), ExitSite.status(chromium), "the shortcut counter was used");
        ExitSite.press(chromium, "a");
        ExitSite.press(chromium, Keys.ESCAPE);
        assertEquals(ExitSite.words("exit.escape-1"), ExitSite.status(chromium));
        chromium.findElement(By.cssSelector("#exit-help > summary")).click();
        chromium.findElement(By.id("cover-switch")).click();
        js(chromium).executeScript("window.dispatchEvent(new Event('blur')); window.dispatchEvent(new Event('focus'));");
        chromium.findElement(By.id("cover-switch")).click();
        assertNothingStored("after using every control");
        ExitSite.shift(chromium, 3);
        ExitSite.awaitPath(chromium, ExitSite.NEUTRAL);
        assertNothingStored("after the exit (same origin)");
    }

    @Test
    void theWarningShowsOnEveryArrivalWithTheFullGuidanceOneTapAway() {
        open();
        WebElement intro = chromium.findElement(By.id("exit-intro"));
        assertTrue(intro.isDisplayed());
        assertTrue(intro.getText().contains(ExitSite.words("exit-intro.short")), "says the history stays");
        assertFalse(intro.getText().contains(ExitSite.words("exit-intro.does-not")), "the rest is one tap away");
        chromium.findElement(By.cssSelector("#exit-help > summary")).click();
        assertTrue(intro.getText().contains(ExitSite.words("exit-intro.does-not")), "opened");
        // This browser's history help (Chromium reports Chrome), and the general one; not the others.
        assertEquals("chrome", new PageProbe(chromium).root("data-browser"));
        assertTrue(chromium.findElement(By.cssSelector("[data-browser-help=chrome]")).isDisplayed());
        assertTrue(chromium.findElement(By.cssSelector("[data-browser-help=chrome] .this-browser")).isDisplayed());
        assertTrue(chromium.findElement(By.cssSelector("[data-browser-help=other]")).isDisplayed());
        for (String other : List.of("edge", "firefox", "safari", "samsung")) {
            assertFalse(chromium.findElement(By.cssSelector("[data-browser-help=" + other + "]")).isDisplayed(), other);
        }
        open();
        assertTrue(chromium.findElement(By.id("exit-intro")).isDisplayed(), "shown again");
        assertEquals(null, chromium.findElement(By.id("exit-help")).getDomAttribute("open"),
                "closed again: nothing remembered");
    }

    @Test
    void theCoverIsOffUnlessSwitchedOnAndHidesThePageInTheBackground() {
        open();
        // The switch is part of the exit guidance, one tap away.
        chromium.findElement(By.cssSelector("#exit-help > summary")).click();
        WebElement main = chromium.findElement(By.id("main"));
        WebElement coverSwitch = chromium.findElement(By.id("cover-switch"));
        assertTrue(coverSwitch.isDisplayed());
        assertFalse(coverSwitch.isSelected());
        // Whether the page was covered each time it went into the background (a real tab switch).
        js(chromium).executeScript("window.testCovered = [];"
                + "document.addEventListener('visibilitychange', function () {"
                + "  if (document.visibilityState === 'hidden') {"
                + "    testCovered.push(document.documentElement.classList.contains('qr-covered')); } });");
        String quietroom = chromium.getWindowHandle();
        String other = chromium.switchTo().newWindow(WindowType.TAB).getWindowHandle();
        chromium.switchTo().window(quietroom);
        awaitBackgroundVisits(List.of(false));

        coverSwitch.click();
        assertTrue(coverSwitch.isSelected());
        chromium.switchTo().window(other);
        chromium.switchTo().window(quietroom);
        awaitBackgroundVisits(List.of(false, true));
        // Chromium fires blur and visibilitychange when the other tab comes to the front, focus when this one does.
        awaitCovered(false);
        assertTrue(main.isDisplayed());

        js(chromium).executeScript("window.dispatchEvent(new Event('blur'))");
        assertTrue(covered(), "window blur covers");
        assertFalse(main.isDisplayed());
        assertEquals("hidden", js(chromium).executeScript("return getComputedStyle(document.body).visibility"));
        js(chromium).executeScript("window.dispatchEvent(new Event('focus'))");
        assertFalse(covered());

        chromium.switchTo().window(other).close();
        chromium.switchTo().window(quietroom);
        open();
        assertFalse(chromium.findElement(By.id("cover-switch")).isSelected(), "not remembered after a reload");
    }

    /**
     * How long a tab switch may take to reach the page. Chromium delivers blur, visibilitychange and focus
     * asynchronously; on a loaded 2-core machine (the full suite running) focus once took more than 5 s.
     */
    private static final Duration TAB_EVENTS = Duration.ofSeconds(20);

    private static void awaitBackgroundVisits(List<Boolean> covered) {
        new WebDriverWait(chromium, TAB_EVENTS, Duration.ofMillis(25))
                .until(d -> covered.equals(js(d).executeScript("return testCovered")));
    }

    /** Tab switches reach the page asynchronously. */
    private static void awaitCovered(boolean expected) {
        new WebDriverWait(chromium, TAB_EVENTS, Duration.ofMillis(25)).until(d -> covered() == expected);
    }

    private static boolean covered() {
        return (Boolean) js(chromium).executeScript("return document.documentElement.classList.contains('qr-covered')");
    }
}
