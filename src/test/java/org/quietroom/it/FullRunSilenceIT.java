package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetCodec;
import org.quietroom.it.engine.Page;
import org.quietroom.it.engine.Wait;

/**
 * Proof of silence over one whole visit, in real Chromium, both tiers: a person opens an advocate's link (Spanish,
 * an organisation, a message, a contact, a neutral title), the checks run, every question is answered, the plan is
 * built, printed and copied, the language is changed twice, and the person leaves with the quick exit. From the
 * moment the page has loaded until the exit, nothing is requested: counted at the test server (every request the
 * browser makes goes through it, as its proxy) and in the browser's own network log (Chromium's performance log,
 * {@code Network.requestWillBeSent}, which also sees requests that a proxy would not, such as ones that fail
 * before leaving the browser). The page sees no CSP violation, and every storage area is empty afterwards.
 */
class FullRunSilenceIT {
    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.site(() -> ExitSite.start(ExitSite.builder())).proxied()
            .options(options -> options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL", "performance", "ALL")));

    private static final String SITE = "http://quietroom.test/";
    private static final Json JSON = new Json();

    /** Someone living with the person they fear, on a shared device. */
    private static final Map<String, List<String>> ANSWERS = Map.of(
            "purpose", List.of("person"),
            "living", List.of("together"),
            "private-now", List.of("unsure"),
            "device", List.of("own", "shared"),
            "access", List.of("yes"),
            "network", List.of("home"),
            "monitoring", List.of("unsure"),
            "accounts", List.of("email", "social"),
            "phone-plan", List.of("yes"),
            "location", List.of("unsure"));

    static Preset link() {
        return Preset.builder()
                .organisation("Riverside Women's Aid")
                .language("es")
                .title("Recipes")
                .message("Hi, this is Sam.")
                .contact("Sam (advocate)", "+44 20 7946 0000", "", "", "")
                .build().preset();
    }

    /** Every request Chromium started since the last call, as URLs (the log is read, and so emptied). */
    @SuppressWarnings("unchecked")
    private static List<String> browserRequests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : RIG.driver().manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> whole = JSON.toType(entry.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) whole.get("message");
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                urls.add((String) ((Map<String, Object>) params.get("request")).get("url"));
            }
        }
        return urls;
    }

    /** Loaded: the document is complete, and neither the server nor the browser's log has seen a request for 700 ms. */
    private static void settled(Page page) {
        Wait.until("the page to finish loading", Duration.ofSeconds(20),
                () -> "complete".equals(page.engine().script("return document.readyState;")) && "ready".equals(page.state()));
        AtomicInteger inLog = new AtomicInteger();
        Wait.untilStill(() -> "the page to stop requesting: " + RIG.server().requests(), Duration.ofMillis(700),
                Duration.ofSeconds(20), () -> RIG.server().requests().size() + inLog.addAndGet(browserRequests().size()));
    }

    @Test
    void aWholeVisitRequestsNothingAfterLoadAndStoresNothing() throws InterruptedException {
        for (String query : List.of("", "?tier=js")) {
            String where = "tier " + (query.isEmpty() ? "wasm" : "js");
            RIG.server().clearRequests();
            browserRequests();
            Page page = new Page(RIG.engine()).open(SITE + query + "#" + PresetCodec.encode(link()));
            settled(page);
            List<String> loaded = RIG.server().requests();
            assertTrue(loaded.contains("/messages.es.js"), where + ": every catalog comes with the page: " + loaded);
            RIG.server().clearRequests();
            browserRequests();

            // The link: Spanish in place, its words on the page.
            assertEquals(query.isEmpty() ? "wasm" : "js", page.tier(), where);
            assertEquals("applied", page.root("data-preset"), where);
            assertEquals("es", page.root("lang"), where);
            assertEquals("Riverside Women's Aid", page.text("#preset-org-name"), where);
            // The checks.
            assertEquals(11, page.outcomes().size(), where + ": every check shows a finding");

            // Every question, then the plan.
            PlanDriver plan = new PlanDriver(page);
            plan.answerAll(ANSWERS);
            assertTrue(plan.done(), where);
            assertFalse(plan.steps().isEmpty(), where + ": a plan");

            // Print (with the site's name on the paper), then copy.
            plan.click("#keep-site");
            plan.click("#keep-print");
            plan.click("#keep-copy");
            assertFalse(((String) page.engine().script("return document.getElementById('plan-text').textContent;"))
                    .isEmpty(), where + ": the copied text");

            // The language, twice.
            plan.click("#languages a[data-lang='en']");
            assertEquals("en", page.root("lang"), where);
            plan.click("#languages a[data-lang='es']");
            assertEquals("es", page.root("lang"), where);

            Wait.quietFor(Duration.ofMillis(500));
            assertEquals(List.of(), RIG.server().requests(), where + ": requests at the server, before the exit");
            assertEquals(List.of(), browserRequests(), where + ": requests in Chromium's network log, before the exit");
            assertEquals(0, page.cspViolations(), where);

            // The quick exit: the only request is the way out.
            plan.click("#exit");
            ExitSite.awaitPath(RIG.driver(), ExitSite.NEUTRAL);
            assertEquals(ExitSite.NEUTRAL, RIG.server().requests().get(0), where);
            List<String> after = browserRequests();
            assertEquals(SITE + ExitSite.NEUTRAL.substring(1), after.get(0), where + ": " + after);
            for (String url : after) {
                assertTrue(url.equals(SITE + ExitSite.NEUTRAL.substring(1)) || url.equals(SITE + "favicon.ico"),
                        where + ": after the exit, only the neutral page (and its icon): " + after);
            }

            @SuppressWarnings("unchecked")
            Map<String, Object> storage = (Map<String, Object>) page.engine().await(EnginesSilenceIT.STORAGE);
            assertEquals("", storage.get("cookie"), where);
            for (String area : List.of("localStorage", "sessionStorage", "indexedDB", "caches", "serviceWorkers")) {
                assertEquals(0L, ((Number) storage.get(area)).longValue(), where + " " + area);
            }
            Map<String, Object> usage = RIG.driver().executeCdpCommand("Storage.getUsageAndQuota",
                    Map.of("origin", "http://quietroom.test"));
            assertEquals(0L, ((Number) usage.get("usage")).longValue(), where + ": DevTools usage " + usage);
            @SuppressWarnings("unchecked")
            List<Object> cookies = (List<Object>) RIG.driver().executeCdpCommand("Storage.getCookies", Map.of())
                    .get("cookies");
            assertEquals(List.of(), cookies, where + ": DevTools cookies");
        }
    }
}
