package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.it.ExitSite.arrive;
import static org.quietroom.it.ExitSite.assertLeftWithoutTrace;
import static org.quietroom.it.ExitSite.js;
import static org.quietroom.it.ExitSite.lights;
import static org.quietroom.it.ExitSite.press;
import static org.quietroom.it.ExitSite.shift;
import static org.quietroom.it.ExitSite.status;
import static org.quietroom.it.ExitSite.words;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.quietroom.build.SiteServer;
import org.quietroom.it.engine.Wait;

/**
 * The quick exit in real Chromium, with the WasmGC build: what needs Chromium's DevTools protocol or its
 * accessibility tree. The button, Shift x3, Escape x2, the announced presses, and the blank page with its neutral
 * title run on every engine in {@link EnginesQuickExitIT}; here stay: the skip link's and the button's accessible
 * names and roles (Chromium's accessibility tree), the lights' colours (reduced-motion emulation), Left and Right
 * Shift as separate keys (Input.dispatchKeyEvent), expiry timing and Shift used as a modifier, Escape that the page
 * handled, Ctrl-click and middle-click opening a new tab only (window handles), and a real back/forward-cache
 * restore, which Chromium makes on 127.0.0.1 without a proxy but not behind the engines' test proxy.
 */
class QuickExitIT {
    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.site(() -> ExitSite.start(ExitSite.builder())).flags(ExitSite.LOOPBACK_ONLY);

    @AfterEach
    void closeExtraTabsAndEmulation() {
        RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        List<String> handles = List.copyOf(RIG.driver().getWindowHandles());
        for (int i = 1; i < handles.size(); i++) {
            RIG.driver().switchTo().window(handles.get(i)).close();
        }
        RIG.driver().switchTo().window(handles.get(0));
    }

    private long arriveReady() {
        long history = arrive(RIG.driver(), RIG.server(), "/");
        PageProbe page = new PageProbe(RIG.driver());
        assertEquals("ready", page.state());
        assertEquals("wasm", page.tier());
        return history;
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndLeavesTheSameWay() {
        long history = arriveReady();
        press(RIG.driver(), Keys.TAB);
        WebElement first = RIG.driver().switchTo().activeElement();
        assertEquals("exit-skip", first.getDomAttribute("id"));
        assertEquals(words("exit.skip"), first.getAccessibleName());
        assertTrue(first.isDisplayed());
        press(RIG.driver(), Keys.ENTER);
        assertLeftWithoutTrace(RIG.driver(), history);
    }

    @Test
    void theButtonHasAnEmergencyLabelForScreenReaders() {
        arriveReady();
        WebElement exit = RIG.driver().findElement(By.id("exit"));
        assertEquals(words("exit.sr-prefix") + " " + words("exit.label"), exit.getAccessibleName());
        assertEquals("link", exit.getAriaRole());
        assertEquals("true", RIG.driver().findElement(By.id("exit-lights")).getDomAttribute("aria-hidden"));
        assertEquals("status", RIG.driver().findElement(By.id("exit-status")).getAriaRole());
    }

    @Test
    void eachShiftIsAnnouncedAndLightsUp() {
        arriveReady();
        assertEquals("", status(RIG.driver()));
        assertFalse(RIG.driver().findElement(By.id("exit-lights")).isDisplayed(), "no lights before a press");
        shift(RIG.driver(), 1);
        assertEquals(words("exit.shift-2"), status(RIG.driver()));
        assertEquals("1", lights(RIG.driver()));
        assertEquals(List.of(true, false, false), litLights());
        shift(RIG.driver(), 1);
        assertEquals(words("exit.shift-1"), status(RIG.driver()));
        assertEquals(List.of(true, true, false), litLights());
        press(RIG.driver(), "a");
        assertEquals(words("exit.expired"), status(RIG.driver()), "another key ends the sequence");
        assertEquals("0", lights(RIG.driver()));
        assertFalse(RIG.driver().findElement(By.id("exit-lights")).isDisplayed());
        assertEquals("/", ExitSite.path(RIG.driver()));
    }

    /** Whether each light is filled, from its computed background (without the transition, so at once). */
    @SuppressWarnings("unchecked")
    private List<Boolean> litLights() {
        RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        return (List<Boolean>) js(RIG.driver()).executeScript(
                "return Array.prototype.map.call(document.querySelectorAll('#exit-lights .exit__light'), function (l) {"
                        + " var c = getComputedStyle(l).backgroundColor;"
                        + " return c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent'; })");
    }

    @Test
    void theSequenceExpiresFiveSecondsAfterThePreviousPress() {
        arriveReady();
        shift(RIG.driver(), 2);
        long pressed = System.nanoTime();
        Wait.until("the presses to expire", Duration.ofSeconds(10), () -> words("exit.expired").equals(status(RIG.driver())));
        long waitedMs = (System.nanoTime() - pressed) / 1_000_000;
        assertTrue(waitedMs >= 4500, "expired after " + waitedMs + " ms, not 5 s");
        assertEquals("0", lights(RIG.driver()));
        shift(RIG.driver(), 2);
        assertEquals(words("exit.shift-1"), status(RIG.driver()), "counting starts again");
        assertEquals("/", ExitSite.path(RIG.driver()));
    }

    @Test
    void shiftUsedAsAModifierDoesNotCount() {
        long history = arriveReady();
        new Actions(RIG.driver()).keyDown(Keys.SHIFT).keyDown("a").keyUp("a").keyUp(Keys.SHIFT).perform();
        assertEquals("", status(RIG.driver()), "Shift+A is typing, not a press");
        shift(RIG.driver(), 2);
        assertEquals(words("exit.shift-1"), status(RIG.driver()), "two presses counted, not three");
        assertEquals("/", ExitSite.path(RIG.driver()));
        shift(RIG.driver(), 1);
        assertLeftWithoutTrace(RIG.driver(), history);
    }

    /** govuk-frontend#5393: a Shift released while the other Shift is held carries shiftKey; it still counts. */
    @Test
    void leftAndRightShiftTogetherStillCount() {
        long history = arriveReady();
        js(RIG.driver()).executeScript("window.testKeyups = [];"
                + "document.addEventListener('keyup', function (e) { testKeyups.push(e.code + ':' + e.shiftKey); }, true);");
        // ChromeDriver folds both Shift keys into one, so the keyboard is driven through the DevTools protocol:
        // Left down, Right down, Left up (Right still held, so shiftKey is set), Right up.
        shiftKey("rawKeyDown", "ShiftLeft", 1, true);
        shiftKey("rawKeyDown", "ShiftRight", 2, true);
        shiftKey("keyUp", "ShiftLeft", 1, true);
        shiftKey("keyUp", "ShiftRight", 2, false);
        assertEquals(List.of("ShiftLeft:true", "ShiftRight:false"), js(RIG.driver()).executeScript("return testKeyups"),
                "the case GOV.UK's rule reads as Shift used as a modifier");
        assertEquals(words("exit.shift-1"), status(RIG.driver()), "both releases counted");
        shift(RIG.driver(), 1);
        assertLeftWithoutTrace(RIG.driver(), history);
    }

    /** A real (trusted) Shift key event, as a keyboard sends it; {@code held}: a Shift key is down after it. */
    private static void shiftKey(String type, String code, int location, boolean held) {
        RIG.driver().executeCdpCommand("Input.dispatchKeyEvent", Map.of("type", type, "key", "Shift", "code", code,
                "windowsVirtualKeyCode", 16, "location", location, "modifiers", held ? 8 : 0));
    }

    @Test
    void escapeTwiceTooSlowlyDoesNotLeave() {
        arriveReady();
        press(RIG.driver(), Keys.ESCAPE);
        Wait.until("the presses to expire", Duration.ofSeconds(5), () -> words("exit.expired").equals(status(RIG.driver())));
        press(RIG.driver(), Keys.ESCAPE);
        assertEquals(words("exit.escape-1"), status(RIG.driver()), "a new first press");
        assertEquals("/", ExitSite.path(RIG.driver()));
    }

    @Test
    void escapeHandledByThePageDoesNotCount() {
        arriveReady();
        js(RIG.driver()).executeScript("document.addEventListener('keydown', function (e) {"
                + " if (e.key === 'Escape') { e.preventDefault(); } });");
        press(RIG.driver(), Keys.ESCAPE);
        press(RIG.driver(), Keys.ESCAPE);
        press(RIG.driver(), Keys.ESCAPE);
        assertEquals("/", ExitSite.path(RIG.driver()));
        assertNotEquals(words("exit.escape-1"), status(RIG.driver()));
    }

    @Test
    void ctrlClickIsJustALink() {
        arriveReady();
        WebElement exit = RIG.driver().findElement(By.id("exit"));
        new Actions(RIG.driver()).keyDown(Keys.CONTROL).click(exit).keyUp(Keys.CONTROL).perform();
        assertOpenedInANewTabOnly();
    }

    @Test
    void middleClickIsJustALink() {
        arriveReady();
        WebElement exit = RIG.driver().findElement(By.id("exit"));
        PointerInput mouse = new PointerInput(PointerInput.Kind.MOUSE, "mouse");
        Sequence middleClick = new Sequence(mouse, 0)
                .addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(exit), 0, 0))
                .addAction(mouse.createPointerDown(PointerInput.MouseButton.MIDDLE.asArg()))
                .addAction(mouse.createPointerUp(PointerInput.MouseButton.MIDDLE.asArg()));
        RIG.driver().perform(List.of(middleClick));
        assertOpenedInANewTabOnly();
    }

    private void assertOpenedInANewTabOnly() {
        Wait.until("a second tab", Duration.ofSeconds(10), () -> RIG.driver().getWindowHandles().size() == 2);
        assertEquals("/", ExitSite.path(RIG.driver()), "this tab stays");
        PageProbe page = new PageProbe(RIG.driver());
        assertEquals("ready", page.state(), "not exited");
        assertTrue(RIG.driver().findElement(By.id("main")).isDisplayed());
        assertTrue(RIG.driver().findElements(By.className("exit-overlay")).isEmpty());
    }

    /**
     * A real back/forward-cache restore of a page that was left (the exit target answers 204, then the person goes
     * elsewhere and comes Back). The production no-store header keeps pages out of that cache, so this server
     * sends no headers: the page must stay blank and empty even where the cache is used.
     */
    @Test
    void aPageRestoredFromTheBackForwardCacheStaysBlank() {
        try (SiteServer stay = ExitSite.start(ExitSite.builder("/stay", html -> html).headers(false)
                .override("/stay", 204, "text/plain", new byte[0]))) {
            PageProbe page = new PageProbe(RIG.driver()).open(stay.origin() + "/");
            js(RIG.driver()).executeScript("window.testRestored = false; window.addEventListener('pageshow',"
                    + " function (e) { if (e.persisted) { testRestored = true; } });");
            js(RIG.driver()).executeScript(ExitSite.KEEP_EXITED_PAGE);
            RIG.driver().findElement(By.id("exit")).click();
            Wait.until("data-session=dropped", Duration.ofSeconds(10), () -> "dropped".equals(page.root("data-session")));
            RIG.driver().get(stay.origin() + ExitSite.START);
            ExitSite.awaitPath(RIG.driver(), ExitSite.START);
            RIG.driver().navigate().back();
            ExitSite.awaitPath(RIG.driver(), "/");
            assertEquals(Boolean.TRUE, js(RIG.driver()).executeScript("return testRestored"), "restored from the cache");
            assertBlankAndEmpty(page);
        }
    }

    private void assertBlankAndEmpty(PageProbe page) {
        assertEquals("exited", page.state());
        assertEquals(words("exit.neutral-title"), RIG.driver().getTitle());
        for (String id : List.of("main", "exit", "exit-skip", "exit-intro")) {
            assertFalse(RIG.driver().findElement(By.id(id)).isDisplayed(), id + " hidden");
        }
        WebElement overlay = RIG.driver().findElement(By.className("exit-overlay"));
        assertTrue(overlay.isDisplayed());
        assertEquals("alert", overlay.getDomAttribute("role"));
        assertEquals(words("exit.overlay"), overlay.getText());
        assertEquals(0L, js(RIG.driver()).executeScript("return document.getElementById('results').children.length"));
        assertTrue(RIG.driver().findElements(By.id("findings")).isEmpty(), "the findings are gone from the page");
        assertEquals("", status(RIG.driver()));
    }
}
