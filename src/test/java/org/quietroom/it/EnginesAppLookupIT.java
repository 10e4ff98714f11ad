package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.build.StalkerwareData;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.Text;
import org.quietroom.core.apps.AppMatch;
import org.quietroom.core.apps.AppTable;
import org.quietroom.core.preset.ExitSites;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetCodec;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;
import org.quietroom.it.engine.Wait;

/**
 * The app lookup (apps.html, issue 16) on every engine, in both tiers: names typed with real key presses give the
 * results the core's lookup gives for the real table (a stalkerware name, another name it is sold as, a package,
 * a package only a derived pattern matches, a watchware app, suggestive names, an ordinary name), on the English
 * and the Spanish page, as the person types and on Enter; after the page has loaded nothing more is requested
 * and nothing is stored; axe finds nothing. Escape in the search field does not count toward the exit, Shift three
 * times there does; and a quick exit in either of two tabs (the person's page and the lookup) leaves both.
 *
 * <p>The site is the production build whose exit leads to {@link ExitSite#NEUTRAL}, so no exit leaves loopback.
 */
class EnginesAppLookupIT {
    private static final String SITE = "http://quietroom.test";
    @RegisterExtension
    static final EngineRig RIG = new EngineRig(() -> ExitSite.start(ExitSite.builder()));

    private static AppTable table;

    static List<String> engines() {
        return Engines.selected();
    }

    static List<Arguments> tiers() {
        return EngineRig.tiers(engines()).stream()
                .map(a -> Arguments.of(a.get()[0], "/apps.html" + ((String) a.get()[1]).substring(1)))
                .toList();
    }

    private static synchronized AppTable table() {
        if (table == null) {
            try {
                table = AppTable.parse(StalkerwareData.compact(StalkerwareData.load(Path.of("."))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return table;
    }

    /** What the page should show for {@code typed}: "kind app" per result, in order, from the core's lookup. */
    private static List<String> expected(String typed) {
        List<String> out = new ArrayList<>();
        for (AppMatch m : table().lookup(typed)) {
            out.add(m.kind().attribute() + " " + (m.app() >= 0 ? table().name(m.app()) : ""));
        }
        return out;
    }

    /** The results the page shows: "kind app" per element with data-app-result. */
    @SuppressWarnings("unchecked")
    private static List<String> shown(Engine e) {
        return (List<String>) e.script("return Array.prototype.map.call("
                + "document.querySelectorAll('#app-results [data-app-result]'), function (r) {"
                + " return r.getAttribute('data-kind') + ' ' + (r.getAttribute('data-app') || ''); });");
    }

    /** Waits (10 s at most) until the results are {@code wanted}; returns them then, for the caller to compare. */
    private static List<String> awaitShown(Engine e, List<String> wanted) {
        Wait.until(() -> e.name() + ": the results " + wanted + " (shown: " + shown(e) + ")", Duration.ofSeconds(10),
                () -> shown(e).equals(wanted));
        return shown(e);
    }

    private static String firstParagraph(Engine e) {
        return (String) e.script("var p = document.querySelector('#app-results [data-app-result] p');"
                + " return p ? p.textContent : null;");
    }

    /** Empties the field (as selecting it and deleting would), then types {@code text} key by key. */
    private static void typeName(Engine e, String text) {
        e.script("var q = document.getElementById('app-query'); q.value = '';"
                + " q.dispatchEvent(new Event('input', {bubbles: true})); q.focus(); return null;");
        e.type(text);
        assertEquals(text, e.script("return document.getElementById('app-query').value;"), e.name() + ": typed");
    }

    private static Page open(String engine, String path) {
        Page page = RIG.engines().page(engine).open(SITE + path);
        assertEquals("ready", page.state(), engine + " " + path);
        assertEquals(path.endsWith("?tier=js") ? "js" : "wasm", page.tier(), engine + " " + path);
        return page;
    }

    /** Typed names with what must be in the result, besides what the core says (a guard against an empty table). */
    private static final List<List<String>> CASES = List.of(
            List.of("TheTruthSpy", "stalkerware TheTruthSpy"),
            List.of("copy 9", "stalkerware TheTruthSpy"),
            List.of("com.systemservice", "stalkerware TheTruthSpy"),
            List.of("com.android.internet.a20240101", "stalkerware iKeyMonitor"),
            List.of("Life360", "watchware Life360"),
            List.of("Hidden Spy Recorder", "suggestive-name "),
            List.of("Period Tracker", "suggestive-name "),
            List.of("Calculator", "no-match "));

    @ParameterizedTest
    @MethodSource("tiers")
    void typedNamesShowTheCoresResultsAndNothingIsRequestedOrStored(String engine, String path) {
        Page page = open(engine, path);
        Engine e = page.engine();
        EnginesSilenceIT.settled(page, RIG.server());
        RIG.server().clearRequests();
        for (List<String> c : CASES) {
            String typed = c.get(0);
            List<String> wanted = expected(typed);
            assertTrue(wanted.contains(c.get(1)), typed + ": the core gives " + wanted);
            typeName(e, typed);
            assertEquals(wanted, awaitShown(e, wanted), engine + " " + path + ": " + typed);
        }
        // The harmless explanation first for an everyday tracker; the full no-match sentence with the list's size.
        typeName(e, "Period Tracker");
        awaitShown(e, expected("Period Tracker"));
        assertEquals(EnglishCatalog.messages().get("apps.result.everyday"), firstParagraph(e), engine);
        typeName(e, "Calculator");
        awaitShown(e, expected("Calculator"));
        assertEquals(Text.fill(EnglishCatalog.messages().get("apps.result.no-match"),
                List.of(Integer.toString(table().size()))), firstParagraph(e), engine);
        // Enter looks up too, and sends nothing (the form is never submitted).
        typeName(e, "mSpy");
        e.press("Enter");
        assertEquals(expected("mSpy"), awaitShown(e, expected("mSpy")), engine + ": Enter");
        assertEquals(SITE + path, e.url(), engine + ": Enter stays on the page");
        // A stalkerware result names what to do first, and every other name it is sold as.
        String box = (String) e.script("return document.querySelector('#app-results [data-app-result]').textContent;");
        assertTrue(box.contains(EnglishCatalog.messages().get("apps.result.first-talk")), engine);
        for (String alias : table().aliases(table().lookup("mSpy").get(0).app())) {
            assertTrue(box.contains(alias), engine + ": mSpy's other name " + alias);
        }
        Wait.quietFor(Duration.ofMillis(1500));
        assertEquals(List.of(), RIG.server().requests(), engine + " " + path + ": requests after load");
        @SuppressWarnings("unchecked")
        Map<String, Object> storage = (Map<String, Object>) e.await(EnginesSilenceIT.STORAGE);
        assertEquals("", storage.get("cookie"), engine);
        for (String area : List.of("localStorage", "sessionStorage", "indexedDB", "caches", "serviceWorkers")) {
            assertEquals(0L, ((Number) storage.get(area)).longValue(), engine + " " + area);
        }
    }

    @ParameterizedTest
    @MethodSource("tiers")
    void theSpanishPageAnswersInSpanish(String engine, String path) {
        Engine e = open(engine, path.replace("apps.html", "apps.es.html")).engine();
        assertEquals("es", e.script("return document.documentElement.lang;"), engine);
        typeName(e, "Calculadora");
        assertEquals(expected("Calculadora"), awaitShown(e, expected("Calculadora")), engine);
        assertEquals(Text.fill(EnglishCatalog.messages("es").get("apps.result.no-match"),
                List.of(Integer.toString(table().size()))), firstParagraph(e), engine);
        typeName(e, "Life360");
        assertEquals(List.of("watchware Life360"), awaitShown(e, List.of("watchware Life360")), engine);
        String box = (String) e.script("return document.querySelector('#app-results [data-app-result]').textContent;");
        assertTrue(box.contains(EnglishCatalog.messages("es").get("apps.result.watchware-open")), engine);
    }

    @ParameterizedTest
    @MethodSource("tiers")
    void withResultsShownAxeFindsNoViolation(String engine, String path) {
        Engine e = open(engine, path).engine();
        typeName(e, "TheTruthSpy");
        awaitShown(e, expected("TheTruthSpy"));
        assertEquals(List.of(), Axe.violations(e), engine + " " + path + " with a stalkerware result");
        typeName(e, "Calculator");
        awaitShown(e, expected("Calculator"));
        assertEquals(List.of(), Axe.violations(e), engine + " " + path + " with no match");
    }

    private static String pathOf(Engine e) {
        return URI.create(e.url()).getPath();
    }

    private static void awaitPath(Engine e, String wanted) {
        Wait.until(() -> e.name() + ": the path " + wanted + " (at " + pathOf(e) + ")", Duration.ofSeconds(10),
                () -> wanted.equals(pathOf(e)));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void escapeInTheSearchFieldDoesNotCountButShiftThreeTimesLeaves(String engine) {
        Engine e = open(engine, "/apps.html").engine();
        typeName(e, "mSpy");
        e.press("Escape");
        e.press("Escape");
        assertEquals("/apps.html", pathOf(e), engine + ": Escape twice in the search field does not leave");
        assertEquals("ready", e.script("return document.documentElement.getAttribute('data-state');"), engine);
        assertEquals("", e.script("return document.getElementById('exit-status').textContent;"),
                engine + ": no Escape counted");
        e.script("document.getElementById('app-query').focus(); return null;");
        e.press("Shift");
        e.press("Shift");
        e.press("Shift");
        awaitPath(e, ExitSite.NEUTRAL);
    }

    /** Every link to the lookup on the person's page: "what no web page can see" and the plan's steps about apps. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> appsLinks(Engine e) {
        return (List<List<String>>) e.script("return Array.prototype.map.call(document.querySelectorAll("
                + "'#apps-link, li[data-step] .step__apps a'), function (a) { return [a.getAttribute('href'),"
                + " a.getAttribute('target'), a.closest('li[data-step]') ? a.closest('li[data-step]')"
                + ".getAttribute('data-step') : a.id]; });");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void thePersonsPageLinksToTheLookupInItsLanguageAndCarriesTheAdvocatesLink(String engine) {
        Preset preset = Preset.builder().language("es").exitId(ExitSites.ALL.get(1).id()).title("Recetas").build()
                .preset();
        String fragment = PresetCodec.encode(preset);
        for (String path : List.of("/", "/index.es.html", "/#" + fragment)) {
            Engine e = open(engine, path).engine();
            String wanted = path.equals("/") ? "apps.html" : path.startsWith("/#") ? "apps.es.html#" + fragment
                    : "apps.es.html";
            List<List<String>> links = appsLinks(e);
            assertTrue(links.size() >= 2, engine + " " + path + ": the section's link and the plan's: " + links);
            assertTrue(links.stream().anyMatch(l -> "device-apps".equals(l.get(2))), engine + ": " + links);
            for (List<String> link : links) {
                assertEquals(wanted, link.get(0), engine + " " + path + " " + link.get(2));
                assertEquals("_blank", link.get(1), engine + ": in a new tab, so the plan stays");
            }
        }
        // Opened with the advocate's link (as those links open it): that language's page, its exit and title.
        Page page = RIG.engines().page(engine).open(SITE + "/apps.html#" + fragment);
        Engine e = page.engine();
        awaitPath(e, "/apps.es.html");
        assertEquals("ready", page.awaitSettled().state(), engine);
        assertEquals("/apps.es.html", pathOf(e), engine + ": the link's language");
        assertEquals("Recetas", e.script("return document.title;"), engine + ": the link's title");
        assertEquals(ExitSites.ALL.get(1).url(), e.script("return document.getElementById('exit').getAttribute('href');"),
                engine + ": the link's exit");
        assertFalse(e.url().contains("#"), engine + ": the fragment left the address bar");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aQuickExitInEitherTabLeavesBoth(String engine) {
        for (boolean fromLookup : List.of(true, false)) {
            Engine e = open(engine, "/").engine();
            String person = e.tab();
            String lookup = e.openTab(SITE + "/apps.html");
            try {
                assertEquals("ready", new Page(e).awaitSettled().state(), engine);
                assertFalse(person.equals(lookup), engine);
                if (!fromLookup) {
                    e.useTab(person);
                }
                e.press("Shift");
                e.press("Shift");
                e.press("Shift");
                e.useTab(fromLookup ? person : lookup);
                awaitPath(e, ExitSite.NEUTRAL);
                e.useTab(fromLookup ? lookup : person);
                awaitPath(e, ExitSite.NEUTRAL);
            } finally {
                e.useTab(person);
                e.closeTab(lookup);
            }
        }
    }
}
