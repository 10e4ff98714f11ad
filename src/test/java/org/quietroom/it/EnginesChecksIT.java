package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.build.SiteServer;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.EngineSession;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;

/**
 * The check fixtures on every engine (Chromium, Firefox ESR, WebKitGTK), in both tiers: every check renders a
 * finding with its harmless explanation, evidence and limits; a page-world script that wraps addEventListener, a
 * stripped security policy, a foreign policy violation and a Microsoft Defender for Cloud Apps host name are each
 * reported; an in-app browser's user agent names the app. Where an engine legitimately differs, the expectation is
 * declared below with the engine's name and the reason.
 *
 * <p>Every engine uses {@link HostRouter} as its HTTP proxy, so each fixture has its own origin
 * ({@code http://wrapped.test/}, ...) and nothing leaves this machine.
 */
class EnginesChecksIT {
    /** Instagram's Android in-app browser (shalanah/inapp-spy fixture). */
    static final String INSTAGRAM_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.58 Mobile Safari/537.36 "
            + "Instagram 355.1.0.44.103 Android (34/14; 420dpi; 1080x2205; Google/google; Pixel 8; shiba; shiba; "
            + "en_US; 658190016)";

    /**
     * The private-window how-to each engine gets (check.private-window.*). WebKitGTK's user agent on Linux
     * ("Version/60.5 Safari/605.1.15" on X11) names no browser the page knows how to guide (Safari runs only on
     * Apple systems), so it gets the generic how-to; whether the window is private is never checked anywhere.
     */
    static final Map<String, String> PRIVATE_WINDOW = Map.of(
            "chromium", "ask-chrome",
            "firefox", "ask-firefox",
            "webkit", "ask-generic");

    /** How browser-os reads each engine's user agent, for the same reason as above: WebKitGTK is "a browser on Linux". */
    static final Map<String, String> BROWSER_OS = Map.of(
            "chromium", "identified",
            "firefox", "identified",
            "webkit", "system-only");

    /** The browser name browser-os shows, where it names one. */
    static final Map<String, String> BROWSER_NAME = Map.of(
            "chromium", "Chrome 156",
            "firefox", "Firefox 153");

    private static SiteServer production;
    private static SiteServer wrapped;
    private static SiteServer noPolicy;
    private static SiteServer noHeaders;
    private static SiteServer foreignImage;
    private static HostRouter router;
    private static EngineSession engines;
    private static EngineSession inApp;

    static List<String> engines() {
        return Engines.selected();
    }

    static List<Arguments> enginesAndTiers() {
        return EngineRig.tiers(Engines.selected());
    }

    private static byte[] resource(String name) {
        try {
            return Files.readAllBytes(Path.of("src", "test", "resources", "tamper", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String insertBefore(String html, String marker, String insert) {
        int at = html.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("marker not in page: " + marker);
        }
        return html.substring(0, at) + insert + html.substring(at);
    }

    static String withoutMetaPolicy(String html) {
        int start = html.indexOf("<meta http-equiv=\"Content-Security-Policy\"");
        if (start < 0) {
            throw new IllegalStateException("no meta policy to remove");
        }
        return html.substring(0, start) + html.substring(html.indexOf('>', start) + 1);
    }

    @BeforeAll
    static void start() throws IOException {
        production = TestSite.production();
        wrapped = TestSite.server()
                .htmlFilter(h -> insertBefore(h, "<script src=\"boot.js\"",
                        "<script src=\"/test-wrap.js\"></script>\n"))
                .override("/test-wrap.js", 200, "text/javascript; charset=utf-8", resource("test-wrap.js"))
                .start();
        noPolicy = TestSite.server().headers(false).htmlFilter(EnginesChecksIT::withoutMetaPolicy).start();
        // A host that sends no headers (GitHub Pages, a shared host): the page keeps its meta policy only.
        noHeaders = TestSite.server().headers(false).start();
        // Header-less: only the page's meta policy applies, so one blocked image is one violation.
        foreignImage = TestSite.server().headers(false)
                .htmlFilter(h -> insertBefore(h, "</main>", "<img src=\"http://example.invalid/x.png\" alt=\"\">"))
                .start();
        router = new HostRouter(Map.of(
                "quietroom.test", production,
                "quietroom-app.mcas.ms", production,
                "wrapped.test", wrapped,
                "nopolicy.test", noPolicy,
                "noheaders.test", noHeaders,
                "foreign.test", foreignImage));
        engines = new EngineSession(name -> Engine.Options.defaults().withProxy(router.port()));
        inApp = new EngineSession(name -> Engine.Options.defaults().withProxy(router.port())
                .withUserAgent(INSTAGRAM_ANDROID));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {engines, inApp, router, production, wrapped, noPolicy, noHeaders,
                foreignImage}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    // keep closing the others
                }
            }
        }
    }

    private static Page open(String engine, String url) {
        Page page = engines.page(engine).open(url);
        assertEquals("ready", page.state(), engine + " " + url);
        assertEquals(url.endsWith("?tier=js") ? "js" : "wasm", page.tier(), engine + " " + url);
        return page;
    }

    /**
     * The page notices when the host's header policy did not arrive (issue 19): the canary's violation events name
     * the policy they came from, and only the header carries frame-ancestors. Said plainly, as an ok result.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enginesAndTiers")
    void thePageTellsWhetherTheHostsHeaderPolicyArrived(String engine, String path) {
        Page page = open(engine, "http://quietroom.test" + path);
        assertEquals("yes", page.root("data-csp-header"), engine + " " + path + ": the header policy arrived");
        assertEquals("intact", page.reason("page-integrity"), engine + " " + path);
        page = open(engine, "http://noheaders.test" + path);
        assertEquals("no", page.root("data-csp-header"), engine + " " + path + ": only the meta policy");
        assertEquals("blocked", page.root("data-csp-canary"), engine + " " + path);
        assertEquals("intact-page-only", page.reason("page-integrity"), engine + " " + path);
        assertEquals("ok", page.outcomes().get("page-integrity"), engine + " " + path);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enginesAndTiers")
    void everyCheckRendersAFindingAndAPlainRunHasOnlyTheExpectedRisks(String engine, String path) {
        Page page = open(engine, "http://quietroom.test" + path);
        Map<String, String> outcomes = page.outcomes();
        List<String> open = page.openChecks();
        ChromiumFoundationIT.assertShownInOrder(outcomes, open, engine + " " + path);
        // The ones that need nothing are collapsed; one tap on the summary shows them.
        assertEquals(Boolean.FALSE, page.quietListOpen(), engine);
        page.tapQuietList();
        assertEquals(Boolean.TRUE, page.quietListOpen(), engine);
        for (String check : outcomes.keySet()) {
            List<String> paragraphs = page.paragraphs(check);
            assertTrue(paragraphs.containsAll(List.of("finding__text", "finding__limits")),
                    engine + " " + check + ": " + paragraphs);
            // An open finding says what to do about it, or that it needs nothing: never both, never neither. A
            // collapsed one says neither: the list's summary says that they need nothing.
            // Worth a look or important; or the address shown with its step, compare it (issue 19).
            boolean asks = outcomes.get(check).equals("risk") || outcomes.get(check).equals("caution")
                    || check.equals("host") && "address".equals(page.reason("host"));
            boolean shownOpen = open.contains(check);
            assertEquals(asks, paragraphs.contains("finding__remedy"), engine + " " + check + ": " + paragraphs);
            assertEquals(shownOpen && !asks, paragraphs.contains("finding__no-action"),
                    engine + " " + check + ": " + paragraphs);
            String text = page.finding(check);
            assertFalse(text == null || text.isBlank(), engine + " " + check);
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("you are safe"), engine + " " + check);
        }
        assertEquals("blocked", page.root("data-csp-canary"), engine);
        assertEquals(0, page.cspViolations(), engine);
        // Plain http to a host that is not the published one, under WebDriver: the only risks, on every engine.
        assertEquals(Map.of("connection", "risk", "automation", "risk"), risks(outcomes), engine);
        assertEquals("intact", page.reason("page-integrity"), engine);
        assertEquals("nothing-seen", page.reason("injected-content"), engine);
        assertEquals("address", page.reason("host"), engine);
        assertEquals("top-level", page.reason("framing"), engine);
        assertEquals("not-found", page.reason("in-app-browser"), engine);
        assertEquals(PRIVATE_WINDOW.get(engine), page.reason("private-window"), engine);
        assertEquals(BROWSER_OS.get(engine), page.reason("browser-os"), engine);
        if (BROWSER_NAME.containsKey(engine)) {
            assertTrue(page.finding("browser-os").contains(BROWSER_NAME.get(engine)), page.finding("browser-os"));
        }
    }

    private static Map<String, String> risks(Map<String, String> outcomes) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        outcomes.forEach((k, v) -> {
            if ("risk".equals(v)) {
                m.put(k, v);
            }
        });
        return m;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enginesAndTiers")
    void aScriptThatWrapsAddEventListenerBeforeTheAppIsReported(String engine, String path) {
        Page page = open(engine, "http://wrapped.test" + path);
        assertEquals("risk", page.outcomes().get("injected-content"), engine);
        assertEquals("code-added-patched", page.reason("injected-content"), engine);
        String text = page.finding("injected-content");
        assertTrue(text.contains("<script>") && text.contains("addEventListener"), engine + ": " + text);
        assertEquals("risk", page.outcomes().get("page-integrity"), engine);
        assertEquals("unpinned-script", page.reason("page-integrity"), engine);
        assertTrue(page.finding("page-integrity").contains("/test-wrap.js"), engine + ": "
                + page.finding("page-integrity"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enginesAndTiers")
    void aStrippedPolicyIsReported(String engine, String path) {
        Page page = open(engine, "http://nopolicy.test" + path);
        assertEquals("ran", page.root("data-csp-canary"), engine + ": with no policy, new Function runs");
        assertEquals("risk", page.outcomes().get("page-integrity"), engine);
        assertEquals("policy-missing", page.reason("page-integrity"), engine);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aForeignViolationIsCountedExactlyOnce(String engine) {
        Page page = open(engine, "http://foreign.test/");
        assertEquals("blocked", page.root("data-csp-canary"), engine);
        assertEquals(1, page.cspViolations(), engine);
        assertEquals("caution", page.outcomes().get("page-integrity"), engine);
        assertEquals("blocked-attempts", page.reason("page-integrity"), engine);
        assertTrue(page.finding("page-integrity").contains("Blocked attempts: 1."), engine + ": "
                + page.finding("page-integrity"));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aDefenderForCloudAppsHostIsNamed(String engine) {
        Page page = open(engine, "http://quietroom-app.mcas.ms/");
        assertEquals("risk", page.outcomes().get("host"), engine);
        assertEquals("session-proxy", page.reason("host"), engine);
        String text = page.finding("host");
        assertTrue(text.contains("Microsoft Defender for Cloud Apps") && text.contains("quietroom-app.mcas.ms"),
                engine + ": " + text);
    }

    /**
     * Each engine started with the user agent of Instagram's Android in-app browser (Chromium --user-agent,
     * Firefox general.useragent.override, MiniBrowser --user-agent): the check reads only the user agent, so every
     * engine must name the app the same way.
     */
    @ParameterizedTest
    @MethodSource("engines")
    void anInAppBrowserIsNamedWithHowToLeaveIt(String engine) {
        Page page = inApp.page(engine).open("http://quietroom.test/");
        assertEquals("ready", page.state(), engine);
        assertEquals(INSTAGRAM_ANDROID, page.engine().script("return navigator.userAgent;"),
                engine + ": the user agent was set");
        assertEquals("risk", page.outcomes().get("in-app-browser"), engine);
        assertEquals("app", page.reason("in-app-browser"), engine);
        String text = page.finding("in-app-browser");
        assertTrue(text.contains("Instagram is showing this page in its own built-in browser"), engine + ": " + text);
        assertTrue(text.contains("Open in browser"), engine + ": " + text);
        assertEquals("in-app", page.reason("private-window"), engine);
        assertEquals("system-only", page.reason("browser-os"), engine);
    }
}
