package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.it.ExitSite.js;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.quietroom.build.SiteServer;

/**
 * Where the exit is and how the page looks around it, in real Chromium: visible on arrival, sticky, never covered,
 * nothing scrolling sideways at 320 px, hidden in print, in both colour schemes, without motion when asked; and
 * the rule for on-screen keyboards (Shift is not counted in a text field on a touch-only device).
 */
class QuickExitLayoutIT {
    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.site(() -> ExitSite.start(ExitSite.builder(ExitSite.NEUTRAL,
            ExitSite.beforeEnd("main", "<p><label for=\"test-field\">Test</label> <input id=\"test-field\"></p>"))))
            .flags(ExitSite.LOOPBACK_ONLY);

    @AfterEach
    void clearEmulation() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        cdp("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    private static void cdp(String command, Map<String, Object> params) {
        RIG.driver().executeCdpCommand(command, params);
    }

    private static void phone() {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 640, "deviceScaleFactor", 1,
                "mobile", true));
    }

    private static void open() {
        new PageProbe(RIG.driver()).open(RIG.server().origin() + "/");
    }

    /** The exit is inside the viewport, and what is at its centre is the exit itself (nothing covers it). */
    private static void assertExitOnTopAndUncovered(String when) {
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) js(RIG.driver()).executeScript(
                "var exit = document.getElementById('exit'); var r = exit.getBoundingClientRect();"
                        + " var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,"
                        + "  height: innerHeight, width: innerWidth, hit: !!hit && exit.contains(hit)};");
        double top = ((Number) at.get("top")).doubleValue();
        assertTrue(top >= 0 && top < 20, when + ": at the top, " + at);
        assertTrue(((Number) at.get("bottom")).doubleValue() <= ((Number) at.get("height")).doubleValue(), when);
        assertTrue(((Number) at.get("left")).doubleValue() >= 0, when);
        assertTrue(((Number) at.get("right")).doubleValue() <= ((Number) at.get("width")).doubleValue(), when);
        assertEquals(Boolean.TRUE, at.get("hit"), when + ": nothing covers it, " + at);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theExitIsVisibleOnArrivalStickyAndNeverCovered(boolean small) {
        if (small) {
            phone();
        }
        open();
        assertTrue(RIG.driver().findElement(By.id("exit-intro")).isDisplayed(), "the interruption shows too");
        assertExitOnTopAndUncovered("on arrival");
        js(RIG.driver()).executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
        assertTrue(((Number) js(RIG.driver()).executeScript("return scrollY")).doubleValue() > 200, "the page scrolled");
        assertExitOnTopAndUncovered("scrolled to the end");
        js(RIG.driver()).executeScript("document.getElementById('intro-heading').scrollIntoView()");
        assertExitOnTopAndUncovered("a heading scrolled into view");
    }

    @Test
    void theSkipLinkShowsOnTopWhenFocused() {
        open();
        ExitSite.press(RIG.driver(), Keys.TAB);
        assertEquals(Boolean.TRUE, js(RIG.driver()).executeScript(
                "var skip = document.getElementById('exit-skip'); var r = skip.getBoundingClientRect();"
                        + " return document.activeElement === skip && r.top >= 0"
                        + "  && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === skip;"));
    }

    @Test
    void nothingScrollsSidewaysAt320Pixels() {
        phone();
        open();
        assertEquals(320L, js(RIG.driver()).executeScript("return innerWidth"));
        assertNoSidewaysScroll("on arrival");
        ExitSite.shift(RIG.driver(), 2);
        assertEquals("2", ExitSite.lights(RIG.driver()));
        assertNoSidewaysScroll("with the lights on");
        RIG.driver().findElement(By.cssSelector("#exit-help > summary")).click();
        assertNoSidewaysScroll("with the exit guidance open");
    }

    private static void assertNoSidewaysScroll(String when) {
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) js(RIG.driver()).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        assertTrue(widths.get(0).intValue() <= widths.get(1).intValue(), when + ": " + widths);
    }

    @Test
    void printHidesTheExitAndTheScriptControls() {
        open();
        cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String selector : List.of(".exit-bar", "#exit-skip", "#cover-option")) {
            assertEquals("none", js(RIG.driver()).executeScript(
                    "return getComputedStyle(document.querySelector(arguments[0])).display", selector), selector);
        }
        // Only the plan prints (issue 5's print stylesheet); the rest of the page, the checklist included, does not.
        assertNotEquals("none", js(RIG.driver()).executeScript(
                "return getComputedStyle(document.getElementById('plan')).display"), "the plan prints");
        assertEquals("none", js(RIG.driver()).executeScript(
                "return getComputedStyle(document.getElementById('checklist')).display"), "the checklist does not");
    }

    @Test
    void bothColourSchemesAndTheBlankOverlayFollowTheSystem() {
        try (SiteServer stay = ExitSite.start(ExitSite.builder("/stay", html -> html)
                .override("/stay", 204, "text/plain", new byte[0]))) {
            String light = exitColourAfterLeaving(stay);
            cdp("Emulation.setEmulatedMedia", Map.of("media", "",
                    "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            String dark = exitColourAfterLeaving(stay);
            assertNotEquals(light, dark);
        }
    }

    /** The exit button's colour, then (after leaving to a 204) that the overlay has the page's Canvas colours. */
    private static String exitColourAfterLeaving(SiteServer stay) {
        new PageProbe(RIG.driver()).open(stay.origin() + "/");
        String exit = (String) js(RIG.driver()).executeScript(
                "return getComputedStyle(document.getElementById('exit')).backgroundColor");
        js(RIG.driver()).executeScript(ExitSite.KEEP_EXITED_PAGE);
        RIG.driver().findElement(By.id("exit")).click();
        @SuppressWarnings("unchecked")
        List<String> colours = (List<String>) js(RIG.driver()).executeScript(
                "var o = getComputedStyle(document.querySelector('.exit-overlay'));"
                        + " var dark = matchMedia('(prefers-color-scheme: dark)').matches;"
                        + " return [o.backgroundColor, o.color, dark ? 'dark' : 'light'];");
        boolean dark = "dark".equals(colours.get(2));
        assertEquals(dark ? "rgb(18, 18, 18)" : "rgb(255, 255, 255)", colours.get(0), "Canvas");
        assertEquals(dark ? "rgb(255, 255, 255)" : "rgb(0, 0, 0)", colours.get(1), "CanvasText");
        return exit;
    }

    @Test
    void reducedMotionTurnsTheLightsTransitionOff() {
        open();
        String normal = lightTransition();
        cdp("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        assertNotEquals("0s", normal);
        assertEquals("0s", lightTransition());
    }

    private static String lightTransition() {
        return (String) js(RIG.driver()).executeScript(
                "return getComputedStyle(document.querySelector('.exit__light')).transitionDuration");
    }

    /**
     * govuk-frontend#4095: on a touch-only device, Shift in a text field comes from the on-screen keyboard (caps lock
     * is two taps, and one more turns it off): it does not count there. Outside a field it counts; Escape twice and
     * the button work everywhere.
     */
    @Test
    void onATouchOnlyDeviceShiftInATextFieldDoesNotCount() {
        cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        open();
        assertEquals(List.of(true, false), js(RIG.driver()).executeScript(
                "return [matchMedia('(any-pointer:coarse)').matches, matchMedia('(any-pointer:fine)').matches]"),
                "a touch-only device");
        js(RIG.driver()).executeScript("document.getElementById('test-field').focus()");
        ExitSite.shift(RIG.driver(), 3);
        assertEquals("", ExitSite.status(RIG.driver()), "no press counted");
        assertEquals("/", ExitSite.path(RIG.driver()));
        js(RIG.driver()).executeScript("document.getElementById('test-field').blur()");
        ExitSite.shift(RIG.driver(), 1);
        assertEquals(ExitSite.words("exit.shift-2"), ExitSite.status(RIG.driver()), "outside a field Shift counts");
        js(RIG.driver()).executeScript("document.getElementById('test-field').focus()");
        ExitSite.press(RIG.driver(), Keys.ESCAPE);
        ExitSite.press(RIG.driver(), Keys.ESCAPE);
        ExitSite.awaitPath(RIG.driver(), ExitSite.NEUTRAL);
    }

    /** Headless Chromium reports no coarse pointer: not touch-only, so Shift counts in a text field. */
    @Test
    void onADeviceThatIsNotTouchOnlyShiftInATextFieldCounts() {
        open();
        js(RIG.driver()).executeScript("document.getElementById('test-field').focus()");
        ExitSite.shift(RIG.driver(), 3);
        ExitSite.awaitPath(RIG.driver(), ExitSite.NEUTRAL);
    }
}
