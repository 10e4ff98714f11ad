package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.build.SiteServer;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.EngineSession;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;

/**
 * axe-core (WCAG 2.0-2.2 A and AA, {@link Axe}; no rule disabled) finds no violation in the page's other states,
 * in both tiers and both languages, on every engine: the exit interruption on arrival, the questionnaire mid-way
 * (on a multiple-choice question, with answers ticked), the plan with the copy box open, and the link-making page.
 * In Chromium also the findings under the fixtures the Chromium tests use: an in-app browser's User-Agent
 * (Instagram), a rewriting-proxy host (Defender for Cloud Apps), a page served without its policy (the fixtures
 * {@link EnginesChecksIT} uses), and a secure local copy; together with the plain page they show every outcome a
 * test browser can reach (ok, caution, risk, not-checked), each with its badge.
 */
class EnginesAccessibilityStatesIT {
    private static final String HOST = "http://quietroom.test/";
    private static SiteServer server;
    private static SiteServer noPolicy;
    private static EngineSession engines;
    private static EngineSession inApp;
    private static EngineSession stripped;

    static List<String> engines() {
        return Engines.selected();
    }

    @BeforeAll
    static void start() throws IOException {
        server = TestSite.production();
        noPolicy = TestSite.server().headers(false).htmlFilter(EnginesChecksIT::withoutMetaPolicy).start();
        engines = new EngineSession(name -> Engine.Options.defaults().withProxy(server.port()));
        inApp = new EngineSession(name -> Engine.Options.defaults().withProxy(server.port())
                .withUserAgent(EnginesChecksIT.INSTAGRAM_ANDROID));
        stripped = new EngineSession(name -> Engine.Options.defaults().withProxy(noPolicy.port()));
    }

    @AfterAll
    static void stop() {
        for (EngineSession s : new EngineSession[] {engines, inApp, stripped}) {
            if (s != null) {
                s.close();
            }
        }
        for (SiteServer s : new SiteServer[] {server, noPolicy}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private static Page open(EngineSession session, String engine, String url) {
        Page page = session.page(engine).open(url);
        assertEquals("ready", page.state(), engine + " " + url);
        assertEquals(url.contains("tier=js") ? "js" : "wasm", page.tier(), engine + " " + url);
        return page;
    }

    private static void assertNoViolations(Page page, String what) {
        assertEquals(List.of(), Axe.violations(page.engine()), page.engine().name() + ": " + what);
    }

    private static List<String> pages(String name) {
        return List.of(name + ".html", name + ".html?tier=js", name + ".es.html", name + ".es.html?tier=js");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theInterruptionTheQuestionsAndThePlanHaveNoViolations(String engine) {
        for (String path : pages("index")) {
            String url = HOST + path;
            Page page = open(engines, engine, url);
            assertEquals(Boolean.TRUE, page.engine().script("var s = document.getElementById('exit-intro');"
                    + " return !s.hidden && s.getBoundingClientRect().height > 0;"), engine + ": the interruption shows");
            assertNoViolations(page, url + " with the exit interruption");

            PlanDriver driver = new PlanDriver(page);
            driver.choose("person");
            driver.next();
            driver.choose("together");
            driver.next();
            assertEquals("device", driver.question(), engine);
            // The first screen answered, the exit guidance and the collapsed results open.
            driver.click("#now-choices [data-now='unsure']");
            driver.click("#exit-help > summary");
            driver.click("#findings-quiet > summary");
            driver.choose("shared");
            assertEquals("multi", page.engine().script("return document.querySelector('fieldset[data-question]')"
                    + ".getAttribute('data-kind');"), engine);
            assertNoViolations(page, url + " mid-way through the questions");

            driver.answerAll(Map.of("access", List.of("unsure"), "accounts", List.of("email")));
            driver.click("#keep-copy");
            assertEquals(Boolean.FALSE, page.engine().script("return document.getElementById('copy-box').hidden;"));
            assertTrue(!driver.steps().isEmpty(), engine + ": the plan shows");
            assertNoViolations(page, url + " with the plan and the copy box");
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theLinkMakingPageHasNoViolations(String engine) {
        for (String path : pages("build")) {
            Page page = open(engines, engine, HOST + path);
            assertNotNull(page.engine().script("return document.getElementById('builder');"), engine);
            assertNoViolations(page, path);
        }
    }

    @Test
    void everyFindingStateInChromiumHasNoViolations() {
        Set<String> outcomes = new TreeSet<>();
        for (String path : pages("index")) {
            Page plain = open(engines, "chromium", HOST + path);
            outcomes.addAll(plain.outcomes().values());
            assertNoViolations(plain, path + " plain http");

            Page local = open(engines, "chromium", server.origin() + "/" + path);
            assertEquals("ok", local.outcomes().get("connection"), "127.0.0.1 is a secure local copy");
            outcomes.addAll(local.outcomes().values());
            assertNoViolations(local, path + " local copy");

            Page proxy = open(engines, "chromium", "http://quietroom-app.mcas.ms/" + path);
            assertEquals("risk", proxy.outcomes().get("host"), "a rewriting proxy is named");
            assertNoViolations(proxy, path + " behind a rewriting proxy");

            // A translator's copy: worth a look (any other address is shown without a verdict, issue 19).
            Page translated = open(engines, "chromium", "http://quietroom-app.translate.goog/" + path);
            assertEquals("caution", translated.outcomes().get("host"), "a translator's copy is named");
            outcomes.addAll(translated.outcomes().values());
            assertNoViolations(translated, path + " in a translator's copy");

            Page app = open(inApp, "chromium", HOST + path);
            assertEquals("risk", app.outcomes().get("in-app-browser"), "an in-app browser is named");
            outcomes.addAll(app.outcomes().values());
            assertNoViolations(app, path + " in an in-app browser");

            Page bare = open(stripped, "chromium", HOST + path);
            assertEquals("risk", bare.outcomes().get("page-integrity"), "the missing policy is reported");
            assertNoViolations(bare, path + " without its policy");
        }
        assertTrue(outcomes.containsAll(List.of("ok", "caution", "risk", "not-checked")), "outcomes shown: " + outcomes);
    }
}
