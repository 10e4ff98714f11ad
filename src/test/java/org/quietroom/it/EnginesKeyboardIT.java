package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.core.questions.Answers;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;
import org.quietroom.it.engine.Wait;

/**
 * The whole visit with the keyboard only, on Chromium and WebKitGTK (see {@link #engines()}) and in both tiers: Tab from the top of the page to the
 * questions; every question answered with Space and the arrow keys (radio groups) or Space (checkboxes), with a
 * Shift+Tab back from Continue; Continue with Enter; focus on the plan's heading after the last question; Tab to
 * Print and Copy and both activated from the keyboard; then the quick exit with Escape twice. At every Tab stop and
 * after every arrow key the focused element draws a focus indicator (an outline or a box shadow, from the
 * stylesheet's {@code :focus-visible} rule, and {@code input:focus} for form fields, which WebKit needs after an
 * arrow key in a radio group: it does not match {@code :focus-visible} there). No pointer
 * event is sent at any point. The plan the page shows is the one the core writes for the answers the keyboard gave.
 */
class EnginesKeyboardIT {
    private static final String PAGE = "http://quietroom.test/";
    /** Tab stops from the top of the page to the first question, at most (the helplines have several links). */
    private static final int MAX_TABS = 80;
    @RegisterExtension
    static final EngineRig RIG = new EngineRig(() -> ExitSite.start(ExitSite.builder()));

    /**
     * Chromium and WebKitGTK. Not Firefox: headless Firefox under WebDriver BiDi never gives its window system focus
     * ({@code document.hasFocus()} stays false even after {@code browsingContext.activate} and with
     * {@code focusmanager.testmode}), so no element there can match {@code :focus} and the focus indicators this
     * test asserts cannot be observed. Tab order and activation in Firefox are left to a headed run.
     */
    static List<String> engines() {
        return Engines.selected().stream().filter(e -> !e.equals("firefox")).toList();
    }

    /** What has focus, and whether it shows it: [description, matches :focus, outline or shadow drawn, details]. */
    @SuppressWarnings("unchecked")
    private static List<Object> focus(Engine e) {
        return (List<Object>) e.script("var a = document.activeElement; if (!a || a === document.body) return ['body',"
                + " false, false, 'nothing focused']; var s = getComputedStyle(a);"
                + " var drawn = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';"
                + " return [a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + (a.getAttribute('data-action') ?"
                + " '[' + a.getAttribute('data-action') + ']' : ''), a.matches(':focus'), drawn,"
                + " 'hasFocus=' + document.hasFocus() + ' :focus=' + a.matches(':focus') + ' outline=' + s.outlineStyle"
                + " + ' ' + s.outlineWidth + ' shadow=' + s.boxShadow];");
    }

    /** Presses a key that moves focus, and asserts the new focus is visible. */
    private static String move(Engine e, String key, boolean shift) {
        if (shift) {
            e.chord("Shift", key);
        } else {
            e.press(key);
        }
        List<Object> f = focus(e);
        assertEquals(Boolean.TRUE, f.get(1), e.name() + ": " + f.get(0) + " has focus (" + f.get(3) + ")");
        assertEquals(Boolean.TRUE, f.get(2), e.name() + ": " + f.get(0) + " draws a focus indicator (" + f.get(3) + ")");
        return (String) f.get(0);
    }

    private static String active(Engine e, String expression) {
        return String.valueOf(e.script("var a = document.activeElement; return " + expression + ";"));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theWholeVisitWorksWithTheKeyboardOnly(String engine) {
        for (String url : List.of(PAGE, PAGE + "?tier=js")) {
            Page page = RIG.engines().page(engine).open(url);
            Engine e = page.engine();
            assertEquals("ready", page.state(), engine);
            assertEquals(url.endsWith("?tier=js") ? "js" : "wasm", page.tier(), engine + " " + url);
            // Nothing else may draw focus: a stub for print, so the browser's dialog cannot block the run.
            e.script("window.__prints = 0; window.print = function () { window.__prints++; }; return null;");

            assertEquals("a#exit-skip", move(e, "Tab", false), engine + ": the quick exit is the first Tab stop");
            int tabs = 1;
            while (!"true".equals(active(e, "!!a.closest('#question-form') && a.tagName === 'INPUT'"))) {
                move(e, "Tab", false);
                assertTrue(++tabs < MAX_TABS, engine + ": the questions within " + MAX_TABS + " Tab presses");
            }

            Answers given = Answers.NONE;
            List<String> seen = new ArrayList<>();
            for (int guard = 0; guard < 20; guard++) {
                PlanDriver driver = new PlanDriver(page);
                String id = driver.question();
                assertNotNull(id, engine + ": a question after " + seen);
                seen.add(id);
                String kind = (String) e.script("return document.querySelector('fieldset[data-question]')"
                        + ".getAttribute('data-kind');");
                assertEquals("q-" + id, active(e, "a.name"), engine + ": focus is on " + id + "'s first option");
                if ("single".equals(kind)) {
                    e.press("Space");
                    assertEquals("true", active(e, "a.checked"), engine + " " + id + ": Space ticks the radio");
                    move(e, "ArrowDown", false);
                    assertEquals("true", active(e, "a.checked && a === a.form.querySelectorAll('input')[1]"),
                            engine + " " + id + ": the arrow moves to the next option and ticks it");
                } else {
                    e.press("Space");
                    move(e, "Tab", false);
                    e.press("Space");
                }
                List<String> ticked = checked(e);
                assertFalse(ticked.isEmpty(), engine + " " + id);
                given = given.with(id, ticked);
                while (!"next".equals(active(e, "a.getAttribute('data-action')"))) {
                    move(e, "Tab", false);
                }
                String back = move(e, "Tab", true);
                assertTrue(back.startsWith("input#q-" + id + "-"), engine + ": Shift+Tab leaves Continue for " + back);
                String next = move(e, "Tab", false);
                assertEquals("button[next]", next, engine + ": Tab returns to Continue");
                e.press("Enter");
                if (new PlanDriver(page).done()) {
                    break;
                }
                assertEquals("question-text", active(e, "a.id"), engine + ": focus moves to the next question");
                move(e, "Tab", false);
            }
            PlanDriver driver = new PlanDriver(page);
            assertTrue(driver.done(), engine + ": the questions end after " + seen);
            assertEquals("plan-heading", active(e, "a.id"), engine + ": focus moves to the plan");
            assertEquals(PlanDriver.rows(driver.expected(given)), driver.steps(),
                    engine + " " + url + ": the plan is the one the core writes for the keyboard's answers " + given);

            int more = 0;
            while (!"keep-print".equals(active(e, "a.id"))) {
                move(e, "Tab", false);
                assertTrue(++more < MAX_TABS, engine + ": Print within " + MAX_TABS + " Tab presses of the plan");
            }
            e.press("Enter");
            assertEquals(1L, ((Number) e.script("return window.__prints;")).longValue(), engine + ": Enter prints");
            while (!"keep-copy".equals(active(e, "a.id"))) {
                move(e, "Tab", false);
                assertTrue(++more < MAX_TABS, engine + ": Copy is reachable");
            }
            e.press("Space");
            assertEquals(Boolean.FALSE, e.script("return document.getElementById('copy-box').hidden;"),
                    engine + ": Space on Copy shows the plan's text");
            assertFalse(((String) e.script("return document.getElementById('plan-text').textContent;")).isEmpty(), engine);
            assertFalse(((String) e.script("return document.getElementById('copy-status').textContent;")).isEmpty(),
                    engine + ": the copy says what happened");

            e.press("Escape");
            e.press("Escape");
            Wait.until(() -> engine + ": Escape twice to leave for the neutral page, at " + e.url(), Duration.ofSeconds(10),
                    () -> e.url().endsWith(ExitSite.NEUTRAL));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> checked(Engine e) {
        return (List<String>) e.script("return Array.prototype.map.call(document.querySelectorAll("
                + "'#question-form input:checked'), function (i) { return i.value; });");
    }
}
