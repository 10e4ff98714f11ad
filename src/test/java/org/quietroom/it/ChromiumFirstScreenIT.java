package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.it.ExitSite.js;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.build.SiteServer;

/**
 * The first screen and the page's length on a phone (issue 15), in real Chromium with mobile emulation at
 * 412 × 915 CSS pixels: page metrics, not timings. A "screen" is {@code innerHeight}. Both languages, both tiers.
 * Also: no sentence of five words or more is rendered twice on the page (the plan's printed copy aside).
 * The numbers are printed for the README.
 */
class ChromiumFirstScreenIT {
    private static SiteServer server;
    private static ChromeDriver chromium;

    /** The rendered text's sentences that occur in more than one element, in document order. */
    private static final String REPEATED_SENTENCES = "var sel = 'p, li, h1, h2, h3, h4, summary, label, button, legend';"
            + " var seen = {}; var twice = [];"
            + " function shown(el) { for (var a = el; a && a.nodeType === 1; a = a.parentElement) {"
            + "   if (a.hasAttribute('hidden') || a.localName === 'noscript' || a.localName === 'template'"
            + "     || a.id === 'plan-text' || getComputedStyle(a).display === 'none') { return false; } } return true; }"
            // Every step whose next action could be noticed carries this mark, by rule: a mark, not a repetition.
            + " function mark(el) { return el.classList.contains('step__may-alert'); }"
            + " var all = document.querySelectorAll('body ' + sel.split(', ').join(', body '));"
            + " for (var i = 0; i < all.length; i++) { var el = all[i];"
            + "   if (el.querySelector(sel) || !shown(el) || mark(el)) { continue; }"
            + "   var parts = el.textContent.replace(/\\s+/g, ' ').split(/(?<=[.!?:])\\s+/);"
            + "   for (var j = 0; j < parts.length; j++) { var s = parts[j].trim();"
            + "     if (s.split(' ').length < 5) { continue; }"
            + "     if (seen[s] !== undefined && seen[s] !== el && twice.indexOf(s) < 0) { twice.push(s); }"
            + "     if (seen[s] === undefined) { seen[s] = el; } } }"
            + " return twice;";

    @BeforeAll
    static void start() {
        server = TestSite.production();
        chromium = Chromium.start(ExitSite.LOOPBACK_ONLY);
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 412, "height", 915,
                "deviceScaleFactor", 1, "mobile", true));
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

    private static double number(String body) {
        return ((Number) js(chromium).executeScript(body)).doubleValue();
    }

    private static double bottomOf(String selector) {
        return ((Number) js(chromium).executeScript(
                "return document.querySelector(arguments[0]).getBoundingClientRect().bottom + scrollY;", selector))
                .doubleValue();
    }

    private static double topOf(String selector) {
        return ((Number) js(chromium).executeScript(
                "return document.querySelector(arguments[0]).getBoundingClientRect().top + scrollY;", selector))
                .doubleValue();
    }

    @ParameterizedTest
    @CsvSource({"/, wasm", "/?tier=js, js", "/index.es.html, wasm", "/index.es.html?tier=js, js"})
    void thePurposeAndTheFirstQuestionFitTheFirstScreenAndThePageIsShort(String path, String tier) {
        PageProbe probe = new PageProbe(chromium).open(server.origin() + path);
        assertEquals("ready", probe.state(), path);
        assertEquals(tier, probe.tier(), path);
        double screen = number("return innerHeight;");
        assertEquals(915.0, screen, path + ": the emulated phone");
        double h1 = bottomOf("#intro-heading");
        double warning = bottomOf(".exit-intro__warning");
        double now = bottomOf("#now-choices [data-now='no']");
        double firstQuestion = topOf("#question-form");
        double before = number("return document.documentElement.scrollHeight;");
        new PlanDriver(new org.quietroom.it.engine.Page(org.quietroom.it.engine.Engines.chromium(chromium)))
                .answerAll(EnginesPlanIT.PERSON);
        double after = number("return document.documentElement.scrollHeight;");
        System.out.printf("first screen %s (%s): h1 ends at %.2f screens, exit warning %.2f, 'can anyone see' choice %.2f,"
                + " first plan question at %.2f, page %.1f screens before answering, %.1f after every answer%n",
                path, tier, h1 / screen, warning / screen, now / screen, firstQuestion / screen, before / screen,
                after / screen);
        assertTrue(h1 <= screen, path + ": the h1 is on the first screen");
        assertTrue(warning <= screen, path + ": the exit warning is on the first screen");
        assertTrue(now <= screen, path + ": the 'can anyone see or hear you' choice is on the first screen");
        assertTrue(firstQuestion <= 3 * screen, path + ": the first plan question within 3 screens: "
                + firstQuestion / screen);
        // Issue 15 asks for at most 8 screens before answering and 11 after; not reached yet (the README gives the
        // numbers). These bounds are what this commit reaches, so the page cannot grow back unnoticed.
        assertTrue(before <= 14 * screen, path + ": at most 14 screens before answering: " + before / screen);
        assertTrue(after <= 21 * screen, path + ": at most 21 screens after answering: " + after / screen);
    }

    @ParameterizedTest
    @CsvSource({"/", "/index.es.html"})
    void noSentenceIsRenderedTwice(String path) {
        PageProbe probe = new PageProbe(chromium).open(server.origin() + path);
        assertEquals("ready", probe.state(), path);
        js(chromium).executeScript("document.getElementById('exit-help').open = true;");
        assertEquals(List.of(), js(chromium).executeScript(REPEATED_SENTENCES), path + ": before answering");
        new PlanDriver(new org.quietroom.it.engine.Page(org.quietroom.it.engine.Engines.chromium(chromium)))
                .answerAll(EnginesPlanIT.PERSON);
        js(chromium).executeScript("document.getElementById('findings-quiet').open = true;");
        assertEquals(List.of(), js(chromium).executeScript(REPEATED_SENTENCES), path + ": after answering");
    }
}
