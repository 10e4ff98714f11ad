package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quietroom.it.ExitSite.words;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.build.SiteServer;
import org.quietroom.core.check.Checks;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.EngineSession;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;
import org.quietroom.it.engine.Wait;

/**
 * The quick exit on every engine (Chromium, Firefox ESR, WebKitGTK), with the WasmGC build: the button, the skip
 * link (the first Tab stop), Shift three times and Escape twice each leave with location.replace, so history does
 * not grow and Back skips the page; each press is announced; after the exit the page is blank, holds nothing and
 * has a neutral title, also when the browser shows it again from its back/forward cache.
 *
 * <p>Every engine uses {@link HostRouter} as its HTTP proxy: {@code http://quietroom.test/} is the usual test site
 * (the exit leads to {@link ExitSite#NEUTRAL}), {@code http://stay.test/} a header-less copy whose exit target
 * answers 204, so the browser stays on the exited page and what the exit did can be read. Nothing leaves this
 * machine: a request for any other host is refused (Chromium's own update and time checks still try, through
 * the proxy, despite --disable-component-update; they are refused, not counted against the page, whose silence
 * {@link EnginesSilenceIT} proves).
 *
 * <p>What stays Chromium-only ({@link QuickExitIT}) needs the DevTools protocol or a WebDriver feature the other
 * engines lack here: Left and Right Shift as separate keys, reduced-motion emulation for the lights, and new tabs
 * from Ctrl-click or middle-click.
 */
class EnginesQuickExitIT {
    private static final String SITE = "http://quietroom.test";
    private static final String STAY = "http://stay.test";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String SCRIPT = "text/javascript; charset=utf-8";

    /**
     * Whether the engine restores a left page from its back/forward cache when it carries no {@code no-store}
     * header (measured with these packages, see the README's engines section). Where it does, the restored page
     * must be blank; where it does not, Back loads the page afresh. Declared per engine so that a change in
     * either direction fails the test and is looked at; empty where the engine is not consistent.
     */
    static final Map<String, Optional<Boolean>> RESTORES_FROM_BFCACHE = Map.of(
            // Chromium 156 behind the test proxy restores the page in some runs and not in others (seen both in
            // full runs; when it does not, the reason is withheld: NotRestoredReasons "masked"). Either way the
            // page must show nothing of the left visit, which both branches below check; the real restore on
            // 127.0.0.1 without a proxy is checked, strictly, by QuickExitIT.
            "chromium", Optional.empty(),
            "firefox", Optional.of(true),
            "webkit", Optional.of(true));

    private static SiteServer site;
    private static SiteServer stay;
    private static SiteServer noWasm;
    private static SiteServer garbageWasm;
    private static SiteServer noBuild;
    private static SiteServer noCatalog;
    private static HostRouter router;
    private static EngineSession engines;

    static List<String> engines() {
        return Engines.selected();
    }

    @BeforeAll
    static void start() {
        site = ExitSite.start(ExitSite.builder());
        stay = ExitSite.start(ExitSite.builder("/stay", html -> html).headers(false)
                .override("/stay", 204, "text/plain", new byte[0]));
        byte[] missing = "Not found\n".getBytes(StandardCharsets.UTF_8);
        byte[] garbage = new byte[4096];
        new Random(4).nextBytes(garbage);
        noWasm = ExitSite.start(ExitSite.builder().override("/wasm/app.js", 404, TEXT, missing));
        garbageWasm = ExitSite.start(ExitSite.builder().override("/wasm/app.js", 200, SCRIPT, garbage));
        noBuild = ExitSite.start(ExitSite.builder().override("/wasm/app.js", 404, TEXT, missing)
                .override("/js/app.js", 404, TEXT, missing));
        // The page's catalog failed to load (issue 20: the build must still start, whatever the order of load and
        // catalog, and say plainly that it cannot show its words).
        noCatalog = ExitSite.start(ExitSite.builder().override("/messages.en.js", 404, TEXT, missing));
        router = new HostRouter(Map.of("quietroom.test", site, "stay.test", stay, "nowasm.test", noWasm,
                "garbage.test", garbageWasm, "nobuild.test", noBuild, "nocatalog.test", noCatalog));
        engines = new EngineSession(name -> Engine.Options.defaults().withProxy(router.port()));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {engines, router, site, stay, noWasm, garbageWasm, noBuild,
            noCatalog}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    // keep closing the others
                }
            }
        }
    }

    // ---- the ways out ----

    @ParameterizedTest
    @MethodSource("engines")
    void theButtonLeavesAndBackDoesNotReturn(String engine) {
        Engine e = engines.get(engine);
        long history = arrive(e);
        e.click("#exit");
        assertLeftWithoutTrace(e, history);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theSkipLinkIsTheFirstTabStopAndLeavesTheSameWay(String engine) {
        Engine e = engines.get(engine);
        long history = arrive(e);
        e.press("Tab");
        @SuppressWarnings("unchecked")
        Map<String, Object> focused = (Map<String, Object>) e.script("var a = document.activeElement;"
                + " return {id: a.id, text: a.textContent.trim(), shown: a.checkVisibility()};");
        // WebKitGTK moves Tab through links (Safari on a Mac does so only with "Press Tab to highlight each item"
        // or Option+Tab; that setting is outside any page's reach).
        assertEquals("exit-skip", focused.get("id"), engine + ": the first Tab stop");
        assertEquals(words("exit.skip"), focused.get("text"), engine);
        assertEquals(true, focused.get("shown"), engine + ": visible once focused");
        e.press("Enter");
        assertLeftWithoutTrace(e, history);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void shiftThreeTimesLeavesAndEachPressIsAnnounced(String engine) {
        Engine e = engines.get(engine);
        long history = arrive(e);
        assertEquals("", status(e), engine);
        e.press("Shift");
        assertEquals(words("exit.shift-2"), status(e), engine);
        assertEquals("1", lights(e), engine);
        e.press("Shift");
        assertEquals(words("exit.shift-1"), status(e), engine);
        assertEquals("2", lights(e), engine);
        assertEquals("/", path(e), engine + ": two presses do not leave");
        e.press("Shift");
        assertLeftWithoutTrace(e, history);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void escapeTwiceLeaves(String engine) {
        Engine e = engines.get(engine);
        long history = arrive(e);
        e.press("Escape");
        assertEquals(words("exit.escape-1"), status(e), engine);
        assertEquals("/", path(e), engine + ": one Escape does not leave");
        e.press("Escape");
        assertLeftWithoutTrace(e, history);
    }

    static List<Arguments> failures() {
        List<Arguments> all = new ArrayList<>();
        for (String engine : Engines.selected()) {
            for (String way : List.of("shift", "button")) {
                all.add(Arguments.of(engine, "http://nowasm.test", way, "js", "ready"));
                all.add(Arguments.of(engine, "http://garbage.test", way, "js", "ready"));
                all.add(Arguments.of(engine, "http://nobuild.test", way, "none", "error"));
                all.add(Arguments.of(engine, "http://nocatalog.test", way, "wasm", "error"));
            }
        }
        return all;
    }

    /**
     * The exit does not depend on Java: with the WasmGC build missing or garbage (so its integrity check fails) the
     * JS build takes over, and with both missing the page shows its error; the exit works the same in each. (A
     * build still arriving and a long task on the main thread stay in the Chromium-only QuickExitUnderFailureIT.)
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("failures")
    void theExitWorksWhenABuildFails(String engine, String origin, String way, String tier, String state) {
        Engine e = engines.get(engine);
        e.open(origin + ExitSite.START);
        awaitPath(e, ExitSite.START);
        Page page = new Page(e).open(origin + "/");
        assertEquals(tier, page.tier(), engine + " " + origin);
        assertEquals(state, page.state(), engine + " " + origin);
        if (origin.contains("nocatalog")) {
            // Without its words the page says what happened, in the words it was built with, and shows no keys.
            assertEquals(Boolean.FALSE, e.script("return document.getElementById('error-catalog').hidden;"), engine);
            assertEquals(0L, ((Number) e.script("return document.querySelectorAll('#findings li').length;"))
                    .longValue(), engine + ": no findings drawn without words");
            assertEquals(Boolean.FALSE, e.script("return document.body.textContent.indexOf('summary.') >= 0;"),
                    engine + ": no catalog key on the page");
        }
        long history = historyLength(e);
        if ("shift".equals(way)) {
            e.press("Shift");
            e.press("Shift");
            e.press("Shift");
        } else {
            e.click("#exit");
        }
        assertLeftWithoutTrace(e, history);
    }

    // ---- what is left behind ----

    /**
     * The exit target answers 204, so the browser stays: the exit hides the page, then drops the state, then
     * retitles it (read at its {@code quietroom-exit} event); the exited page is blank (everything hidden behind
     * the overlay), holds no findings, has the neutral title, stays so when shown again (pageshow), and counts no
     * further presses.
     */
    @ParameterizedTest
    @MethodSource("engines")
    void afterTheExitThePageIsBlankAndTitledNeutrally(String engine) {
        Engine e = engines.get(engine);
        Page page = new Page(e).open(STAY + "/");
        assertEquals("ready", page.state(), engine);
        assertEquals(Checks.ALL.size(), page.outcomes().size(), engine + ": findings before the exit");
        String title = (String) e.script("return document.title;");
        e.script("document.addEventListener('quietroom-exit', function () {"
                + " var overlay = document.querySelector('.exit-overlay');"
                + " window.testAtExitEvent = {"
                + "  hidden: document.documentElement.classList.contains('qr-exited'),"
                + "  mainHidden: document.getElementById('main').hasAttribute('hidden'),"
                + "  overlayRole: overlay && overlay.getAttribute('role'),"
                + "  findings: document.querySelectorAll('#findings li[data-check]').length,"
                + "  title: document.title }; }); return null;");
        e.script(ExitSite.KEEP_EXITED_PAGE);
        e.click("#exit");
        awaitRoot(page, "data-session", "dropped");
        @SuppressWarnings("unchecked")
        Map<String, Object> atEvent = (Map<String, Object>) e.script("return window.testAtExitEvent;");
        assertEquals(true, atEvent.get("hidden"), engine + ": 1. hidden before the state is dropped");
        assertEquals(true, atEvent.get("mainHidden"), engine);
        assertEquals("alert", atEvent.get("overlayRole"), engine);
        assertEquals((long) Checks.ALL.size(), ((Number) atEvent.get("findings")).longValue(),
                engine + ": 2. the findings go after the event");
        assertEquals(title, atEvent.get("title"), engine + ": 3. the title changes after that");
        assertBlankAndEmpty(e, page);
        assertEquals("/", path(e), engine + ": 204, the browser stayed");

        e.script("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true})); return null;");
        assertBlankAndEmpty(e, page);
        e.press("Shift");
        e.press("Shift");
        e.press("Shift");
        assertEquals("", status(e), engine + ": an exited page counts nothing");
        assertEquals("/", path(e), engine);
    }

    /**
     * A real Back to a page that was left (exit target 204, then another page, then Back). The production
     * no-store header keeps pages out of the back/forward cache, so this server sends no headers: where the engine
     * restores the page from that cache it must still be blank and empty; where it loads it again, nothing of the
     * earlier visit is there (the page starts afresh). Which one happens is declared per engine.
     */
    @ParameterizedTest
    @MethodSource("engines")
    void backToALeftPageShowsNothingOfIt(String engine) {
        Engine e = engines.get(engine);
        Page page = new Page(e).open(STAY + "/");
        e.script("window.testRestored = false; window.addEventListener('pageshow',"
                + " function (ev) { if (ev.persisted) { testRestored = true; } }); return null;");
        e.script(ExitSite.KEEP_EXITED_PAGE);
        e.click("#exit");
        awaitRoot(page, "data-session", "dropped");
        e.open(STAY + ExitSite.START);
        awaitPath(e, ExitSite.START);
        e.back();
        awaitPath(e, "/");
        Object restored = e.script("return window.testRestored === true;");
        // Chromium says why a page was not restored (NotRestoredReasons); the others have no such record.
        Object why = e.script("var n = performance.getEntriesByType('navigation')[0];"
                + " return n && n.notRestoredReasons ? JSON.stringify(n.notRestoredReasons) : null;");
        RESTORES_FROM_BFCACHE.get(engine).ifPresent(expected -> assertEquals(expected, restored,
                engine + ": restored from the back/forward cache (not restored because: " + why + ")"));
        if (Boolean.TRUE.equals(restored)) {
            assertBlankAndEmpty(e, page);
        } else {
            page.awaitSettled();
            assertEquals("ready", page.state(), engine + ": a fresh load, with nothing of the left visit");
            assertEquals("live", page.root("data-session"), engine + ": a new session, not the dropped one");
            assertEquals(null, e.script("return window.testRestored === undefined ? null : 'kept';"),
                    engine + ": not the same document");
        }
    }

    // ---- steps ----

    /** Visits {@link ExitSite#START}, then Quietroom (settled, WasmGC tier); returns history.length there. */
    private static long arrive(Engine e) {
        e.open(SITE + ExitSite.START);
        awaitPath(e, ExitSite.START);
        Page page = new Page(e).open(SITE + "/");
        assertEquals("ready", page.state(), e.name());
        assertEquals("wasm", page.tier(), e.name());
        return historyLength(e);
    }

    /** After an exit: on the neutral page, no history entry was added, Back skips Quietroom. */
    private static void assertLeftWithoutTrace(Engine e, long historyAtQuietroom) {
        awaitPath(e, ExitSite.NEUTRAL);
        awaitScript(e, "return document.readyState === 'complete' && !!document.getElementById('neutral');");
        assertEquals(historyAtQuietroom, historyLength(e), e.name() + ": the exit replaced the history entry");
        e.back();
        awaitPath(e, ExitSite.START);
        awaitScript(e, "return document.readyState === 'complete' && !!document.getElementById('start');");
        assertEquals(false, e.script("return !!document.getElementById('exit');"),
                e.name() + ": no Quietroom content after Back");
    }

    private static void assertBlankAndEmpty(Engine e, Page page) {
        String engine = e.name();
        assertEquals("exited", page.state(), engine);
        assertEquals(words("exit.neutral-title"), e.script("return document.title;"), engine);
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) e.script(
                "function shown(id) { var el = document.getElementById(id);"
                + "  return !!el && el.checkVisibility({visibilityProperty: true, opacityProperty: true}); }"
                + "var overlays = document.querySelectorAll('.exit-overlay');"
                + "var o = overlays[0];"
                + "return {main: shown('main'), exit: shown('exit'), skip: shown('exit-skip'),"
                + " intro: shown('exit-intro'), overlays: overlays.length,"
                + " overlayShown: !!o && o.checkVisibility({visibilityProperty: true, opacityProperty: true}),"
                + " overlayRole: o ? o.getAttribute('role') : null, overlayText: o ? o.textContent : null,"
                + " results: document.getElementById('results').children.length,"
                + " findings: !!document.getElementById('findings'),"
                + " status: document.getElementById('exit-status').textContent};");
        for (String id : List.of("main", "exit", "skip", "intro")) {
            assertEquals(false, seen.get(id), engine + ": " + id + " hidden");
        }
        assertEquals(1L, ((Number) seen.get("overlays")).longValue(), engine);
        assertEquals(true, seen.get("overlayShown"), engine);
        assertEquals("alert", seen.get("overlayRole"), engine);
        assertEquals(words("exit.overlay"), seen.get("overlayText"), engine);
        assertEquals(0L, ((Number) seen.get("results")).longValue(), engine);
        assertEquals(false, seen.get("findings"), engine + ": the findings are gone from the page");
        assertEquals("", seen.get("status"), engine);
    }

    private static long historyLength(Engine e) {
        return ((Number) e.script("return history.length;")).longValue();
    }

    private static String status(Engine e) {
        return (String) e.script("return document.getElementById('exit-status').textContent;");
    }

    private static String lights(Engine e) {
        return (String) e.script("return document.getElementById('exit-lights').getAttribute('data-qr-count');");
    }

    /** The path the browser shows, read from the driver (not from script in the page). */
    private static String path(Engine e) {
        return URI.create(e.url()).getPath();
    }

    private static void awaitPath(Engine e, String path) {
        Wait.until(() -> e.name() + ": to be at " + path + ", at " + path(e), Duration.ofSeconds(10),
                () -> path.equals(path(e)));
    }

    private static void awaitRoot(Page page, String attribute, String value) {
        Wait.until(() -> page.engine().name() + ": " + attribute + " to become " + value + " (it is "
                + page.root(attribute) + ")", Duration.ofSeconds(10), () -> value.equals(page.root(attribute)));
    }

    /** Waits until a script returns true; a script that fails (the page is being replaced) counts as not yet. */
    private static void awaitScript(Engine e, String body) {
        Wait.until(e.name() + ": " + body + " to be true", Duration.ofSeconds(10), () -> {
            try {
                return Boolean.TRUE.equals(e.script(body));
            } catch (RuntimeException ex) {
                return false; // navigation in progress
            }
        });
    }
}
