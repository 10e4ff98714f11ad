package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.build.SiteServer;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetCodec;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;

/**
 * When the other language's catalog is asked for (issue 20): on a plain visit in the page's language, only once the
 * build's script has arrived, so that on a slow line the two do not share it; with a link, whose language may be
 * the other one, at once. Either way it has arrived before the page's load event, so that changing language in
 * place needs no request after the page loaded. The server holds each build back for {@link #HOLD_MS}, so that
 * "at once" and "after the build" are far apart in every engine and tier; and the page's own catalog as long, so that
 * the page can be seen to be parsed, its quick exit with it, while that catalog is still coming.
 */
class EnginesCatalogTimingIT {
    static final long HOLD_MS = 600;
    private static final AtomicInteger FRESH = new AtomicInteger();

    @RegisterExtension
    static final EngineRig RIG = new EngineRig(EnginesCatalogTimingIT::slowBuilds);

    static SiteServer slowBuilds() {
        try {
            return TestSite.server().delay("/wasm/app.js", HOLD_MS).delay("/js/app.js", HOLD_MS)
                    .delay("/messages.en.js", HOLD_MS).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Arguments> enginesAndTiers() {
        return EngineRig.tiers(Engines.selected());
    }

    /**
     * Start times and ends of the build, the other catalog and the page's own catalog, the end of parsing and the
     * page's load event, in ms from navigation.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> timing(Page page, String path) {
        String build = path.endsWith("?tier=js") ? "/js/app.js" : "/wasm/app.js";
        return (Map<String, Number>) page.engine().script("var nav = performance.getEntriesByType('navigation')[0];"
                + " function entry(part) { return performance.getEntriesByType('resource').filter(function (e) {"
                + " return e.name.indexOf(part) > 0; })[0]; }"
                + " var build = entry(" + PlanDriver.q(build) + "), catalog = entry('/messages.es.js');"
                + " return { buildEnd: build.responseEnd, catalogStart: catalog.startTime,"
                + " catalogEnd: catalog.responseEnd, load: nav.loadEventStart,"
                + " parsed: nav.domInteractive, pageCatalogEnd: entry('/messages.en.js').responseEnd,"
                + " catalogs: performance.getEntriesByType('resource').filter(function (e) {"
                + " return e.name.indexOf('/messages.es.js') > 0; }).length };");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enginesAndTiers")
    void aPlainVisitAsksForTheOtherCatalogAfterTheBuildAndHasItBeforeLoad(String engine, String path) {
        Page page = RIG.engines().page(engine).open("http://quietroom.test" + path);
        assertEquals("ready", page.state(), engine);
        List<?> languages = (List<?>) page.engine().script("return navigator.languages;");
        assertTrue(!languages.isEmpty() && languages.stream().allMatch(l -> String.valueOf(l).startsWith("en")),
                engine + ": the browser's languages are English only (else the page asks at once): " + languages);
        Map<String, Number> t = timing(page, path);
        String where = engine + " " + path + " " + t;
        assertEquals(1, t.get("catalogs").intValue(), where + ": asked for once");
        assertTrue(t.get("catalogStart").doubleValue() >= t.get("buildEnd").doubleValue(),
                where + ": the other catalog was asked for while the build was still coming");
        assertTrue(t.get("load").doubleValue() >= t.get("catalogEnd").doubleValue(),
                where + ": the page's load event came before the other catalog");
        assertEquals(Boolean.TRUE, page.engine().script("return !!(window.quietroomCatalogs"
                + " && window.quietroomCatalogs.es && window.quietroomCatalogs.en);"), where + ": both catalogs ran");
        assertEquals("", page.root("data-watch-elements"), where + ": boot.js's own scripts reported as added");
    }

    /**
     * The page's catalog is {@code defer}: the body, the quick exit first, is parsed while it is still on its way
     * (a blocking script would hold the parser until it had arrived), and the build starts only once it has run.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enginesAndTiers")
    void thePageIsParsedWhileItsCatalogIsStillComing(String engine, String path) {
        // A host of its own for each load: WebKit serves a preloaded file again from its memory cache, no-store or
        // not, and the catalog must come from the (slow) server here.
        Page page = RIG.engines().page(engine).open("http://fresh" + FRESH.incrementAndGet() + ".quietroom.test" + path);
        // Ready, not "error": the build started with the catalog (without it, the page says it did not arrive).
        assertEquals("ready", page.state(), engine);
        Map<String, Number> t = timing(page, path);
        String where = engine + " " + path + " " + t;
        assertTrue(t.get("parsed").doubleValue() < t.get("pageCatalogEnd").doubleValue() - HOLD_MS / 2.0,
                where + ": the parser waited for the page's catalog");
        assertEquals("en", page.root("lang"), where);
        assertTrue(page.outcomes().size() > 5, where + ": the findings: " + page.outcomes());
        assertEquals("", page.root("data-watch-elements"), where);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enginesAndTiers")
    void aLinkAsksForTheOtherCatalogAtOnceAndStartsInItsLanguage(String engine, String path) {
        String fragment = PresetCodec.encode(Preset.builder().language("es").organisation("Riverside").build().preset());
        // From a blank page: opening the same address with a fragment would not load the page again.
        RIG.engines().page(engine).engine().open("about:blank");
        Page page = RIG.engines().page(engine).open("http://quietroom.test" + path + "#" + fragment);
        assertEquals("ready", page.state(), engine);
        Map<String, Number> t = timing(page, path);
        String where = engine + " " + path + " " + t;
        assertEquals(1, t.get("catalogs").intValue(), where + ": asked for once");
        assertTrue(t.get("catalogStart").doubleValue() < t.get("buildEnd").doubleValue() - HOLD_MS / 2.0,
                where + ": the other catalog waited for the build");
        assertTrue(t.get("load").doubleValue() >= t.get("catalogEnd").doubleValue(),
                where + ": the page's load event came before the other catalog");
        assertEquals("es", page.root("lang"), where + ": the link's language");
        assertEquals("/", page.engine().script("return location.pathname;"),
                where + ": in place, not by opening the Spanish page");
        assertEquals("applied", page.root("data-preset"), where);
        assertEquals("", page.root("data-watch-elements"), where + ": boot.js's own scripts reported as added");
    }
}
