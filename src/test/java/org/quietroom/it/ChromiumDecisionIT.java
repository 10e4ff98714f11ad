package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quietroom.it.PlanDriver.msg;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quietroom.build.SiteServer;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.EngineSession;
import org.quietroom.it.engine.Page;

/**
 * Three personas walked through the real page in Chromium, in both tiers, reading the decision the page shows
 * ({@code data-decision}, {@code data-reason}) and the remedies it names ({@code data-step}, {@code data-for-check}).
 * The expected values are written out by hand from the rules (README, "Your plan"), not computed by the core, so a
 * page that renders the core's plan wrongly, or a core that changed its rules, both fail here.
 */
class ChromiumDecisionIT {
    private static SiteServer site;
    private static HostRouter router;
    private static EngineSession engines;

    @BeforeAll
    static void start() {
        site = TestSite.production();
        // The same site reached as a translator's copy: Google Translate's host for quietroom.app.
        router = new HostRouter(Map.of("quietroom.test", site, "quietroom-app.translate.goog", site));
        engines = new EngineSession(name -> Engine.Options.defaults().withProxy(router.port()));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {engines, router, site}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    // keep closing the others
                }
            }
        }
    }

    private static PlanDriver open(String url) {
        Page page = engines.page("chromium").open(url);
        assertEquals("ready", page.state(), url);
        assertEquals(url.endsWith("?tier=js") ? "js" : "wasm", page.tier(), url);
        return new PlanDriver(page);
    }

    /*
     * Every test browser is driven by WebDriver (navigator.webdriver: automation "risk") and every test page is
     * served over plain http through the test proxy (connection "risk"): both findings are part of what each
     * persona's page really shows, so they are part of the expected reasons, written out like the rest. So is the
     * host's step: quietroom.test is an ordinary address, shown with "compare it with the one you were given",
     * which moves no decision (issue 19).
     */
    private static final List<String> TEST_RIG_REMEDIES = List.of("compare-address host",
            "automation-tools automation", "other-network connection");

    private static List<String> remedies(PlanDriver page) {
        return page.remedies().stream().map(r -> r.get(0) + " " + r.get(1)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?tier=js"})
    void beforeAnyAnswerOnlyTheFindingsDecideAndEachNamesItsOwnRemedy(String path) {
        PlanDriver page = open("http://quietroom.test" + path);
        assertEquals("use-safer-device", page.decision(), path);
        assertEquals("automated not-encrypted", page.reason(), path);
        assertEquals(TEST_RIG_REMEDIES, remedies(page), path);
        assertEquals("automation-tools", page.script(
                "return document.querySelector('#findings [data-check=\"automation\"] [data-remedy]')"
                + ".getAttribute('data-remedy');"), path);
        // A result that needs nothing is in the one collapsed list, whose summary says so once.
        assertEquals(Boolean.TRUE, page.script("return !!document.querySelector('#findings-quiet [data-check=\"framing\"]')"
                + " && !document.querySelector('#findings-quiet .finding__no-action');"), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?tier=js"})
    void livingWithThemWithKnownPasswordsSharedLocationAndTheirPhoneAccountEachCount(String path) {
        PlanDriver page = open("http://quietroom.test" + path);
        page.answerAll(Map.of(
                "purpose", List.of("person"),
                "living", List.of("together"),
                "accounts", List.of("email", "cloud"),
                "phone-plan", List.of("yes"),
                "location", List.of("yes")));
        assertEquals("use-safer-device", page.decision(), path);
        assertEquals("automated accounts-known phone-account not-encrypted lives-with-them"
                + " location-shared",
                page.reason(), path);
        // One sentence per reason, in that order, under the heading.
        assertEquals(msg("decision.use-safer-device.accounts-known"),
                page.text("#decision li[data-reason=\"accounts-known\"]"), path);
        assertEquals(6L, page.script("return document.querySelectorAll('#decision li[data-reason]').length;"),
                path);
        assertEquals(TEST_RIG_REMEDIES, remedies(page), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?tier=js"})
    void aTranslatorsCopyIsWorthALookAndFixedByOpeningTheRealAddress(String path) {
        PlanDriver page = open("http://quietroom-app.translate.goog" + path);
        assertEquals("caution", page.page().outcomes().get("host"), path);
        assertEquals("automated not-encrypted copy-of-page", page.reason(), path);
        assertEquals(List.of("open-real-address host", "automation-tools automation", "other-network connection"),
                remedies(page), path);
        assertEquals("open-real-address", page.script(
                "return document.querySelector('#findings [data-check=\"host\"] [data-remedy]')"
                + ".getAttribute('data-remedy');"), path);
    }
}
