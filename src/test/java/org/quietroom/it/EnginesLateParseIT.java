package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.build.SiteServer;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;

/**
 * The page must never report its own work as something added by someone else, however its loading is timed. Here
 * DOMContentLoaded comes late on purpose: the other language's catalog, normally loaded by boot.js from a template,
 * is made a {@code defer} script in the page (the page's structure record changed to match, so the page is still as built) and the server
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
                    .htmlFilter(EnginesLateParseIT::deferTheOtherCatalog)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The other language's catalog, which boot.js loads from {@code <template id="later-catalogs">}, as a
     * {@code defer} script in the page instead, and the page's structure record changed to match: one template fewer
     * (with its {@code id}), one script more (with {@code defer}, {@code src} and {@code integrity}).
     */
    static String deferTheOtherCatalog(String html) {
        Matcher template = Pattern.compile("<template id=\"later-catalogs\"><script type=\"text/x-quietroom-inert\""
                + " (src=\"messages\\.es\\.js\" integrity=\"[^\"]+\")></script></template>").matcher(html);
        Matcher structure = Pattern.compile("name=\"quietroom-structure\" content=\"([^\"]*)\"").matcher(html);
        if (!html.contains("later-catalogs")) {
            return html;
        }
        if (!template.find() || !structure.find()) {
            throw new IllegalStateException("the page's later catalogs are no longer one Spanish catalog in a template:"
                    + " this test's filter needs to follow");
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (String token : structure.group(1).split(" ")) {
            int eq = token.indexOf('=');
            counts.put(token.substring(0, eq), Integer.parseInt(token.substring(eq + 1)));
        }
        counts.merge("template", -1, Integer::sum);
        counts.merge("@id", -1, Integer::sum);
        for (String key : List.of("script", "@defer", "@src", "@integrity")) {
            counts.merge(key, 1, Integer::sum);
        }
        StringBuilder tags = new StringBuilder();
        StringBuilder attributes = new StringBuilder();
        counts.forEach((key, n) -> {
            if (n > 0) {
                (key.startsWith("@") ? attributes : tags).append(' ').append(key).append('=').append(n);
            }
        });
        String record = (tags.toString() + attributes).trim();
        return html.substring(0, structure.start(1)) + record
                + html.substring(structure.end(1), template.start()) + "<script defer " + template.group(1) + "></script>"
                + html.substring(template.end());
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
