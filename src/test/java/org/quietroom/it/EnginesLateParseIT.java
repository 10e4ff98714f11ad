package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.build.SiteServer;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;

/**
 * The page must never report its own work as something added by someone else, however its loading is timed. Here
 * DOMContentLoaded comes late on purpose: the other language's catalog, normally {@code async}, is made a
 * {@code defer} script (the page's structure record changed to match, so the page is still as built) and the server
 * holds it back for {@link #HOLD_MS}. The build loads and could start long before DOMContentLoaded; the watch must
 * still find nothing added, in every engine and both tiers. Before the watch took its first look when parsing ends,
 * and before the builds waited for that look, this setting made the page list its own elements as added.
 */
class EnginesLateParseIT {
    static final long HOLD_MS = 3000;

    @RegisterExtension
    static final EngineRig RIG = new EngineRig(EnginesLateParseIT::lateSite);

    static SiteServer lateSite() {
        try {
            return TestSite.server()
                    .delay("/messages.es.js", HOLD_MS)
                    .htmlFilter(html -> {
                        String asAsync = "<script async src=\"messages.es.js\"";
                        if (!html.contains(asAsync) || !html.contains(" @async=1")) {
                            return html;
                        }
                        return html.replace(asAsync, "<script defer src=\"messages.es.js\"")
                                .replace(" @async=1", " @defer=1");
                    })
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Arguments> enginesAndTiers() {
        return EngineRig.tiers(Engines.selected());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enginesAndTiers")
    void aLateDomContentLoadedLeavesNothingOfThePagesOwnReported(String engine, String path) {
        Page page = RIG.engines().page(engine).open("http://quietroom.test" + path);
        assertEquals("ready", page.state(), engine);
        assertEquals(path.endsWith("?tier=js") ? "js" : "wasm", page.tier(), engine);
        String build = path.endsWith("?tier=js") ? "/js/app.js" : "/wasm/app.js";
        // The setting took: the build had arrived well before DOMContentLoaded.
        Number margin = (Number) page.engine().script("var nav = performance.getEntriesByType('navigation')[0];"
                + " var app = performance.getEntriesByType('resource').filter(function (e) {"
                + " return e.name.indexOf(" + PlanDriver.q(build) + ") > 0; })[0];"
                + " return nav.domContentLoadedEventStart - app.responseEnd;");
        assertTrue(margin.doubleValue() > HOLD_MS / 2.0,
                engine + ": the build arrived " + margin + " ms before DOMContentLoaded");
        assertEquals("complete", page.engine().script("return document.readyState;"), engine);
        assertEquals("on", page.root("data-watch"), engine);
        assertEquals("", page.root("data-watch-elements"), engine + ": elements reported as added");
        assertEquals("", page.root("data-watch-attributes"), engine + ": attributes reported as added");
        assertEquals("nothing-seen", page.reason("injected-content"), engine);
        assertEquals("ok", page.outcomes().get("injected-content"), engine);
    }
}
