package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quietroom.build.Catalog;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetCodec;
import org.quietroom.it.engine.Page;

/**
 * The order in which the page picks its language, for a person whose browser prefers Mexican Spanish: the
 * default page turns Spanish in place, and an advocate's link that says English keeps English (the switcher,
 * which comes between the two, is EnginesLanguageIT's). Chromium only: the engine whose languages a test sets
 * at start ({@code intl.accept_languages}); the order itself is core code, tested in LanguageChoiceTest.
 */
class ChromiumBrowserLanguageIT {
    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.site(TestSite::production).proxied()
            .options(options -> options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-MX,es,en")))
            .flags("--accept-lang=es-MX,es,en");

    @BeforeAll
    static void start() throws IOException {
        for (Catalog c : Catalog.loadAll(Path.of("src/main/messages"))) {
            if (c.lang().equals("es")) {
                spanish = c.messages();
            }
        }
    }

    private static final String SITE = "http://quietroom.test/";
    private static Map<String, String> spanish;

    /**
     * The page is ready, and its load event has run: when the other language's catalog arrives after the code
     * started, the page changes to it on load.
     */
    private static Page loaded(Page page) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!"complete".equals(RIG.engine().script("return document.readyState;"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page never finished loading");
            }
            Thread.onSpinWait();
        }
        return page;
    }

    @Test
    void theBrowsersLanguageComesAfterTheLinksAndBeforeEnglish() {
        assertEquals(List.of("es-MX", "es", "en"), RIG.engine().script("return navigator.languages;"),
                "the browser prefers Mexican Spanish");
        for (String query : List.of("", "?tier=js")) {
            Page page = loaded(new Page(RIG.engine()).open(SITE + query));
            assertEquals("ready", page.state(), query);
            assertEquals("es", page.root("lang"), query + ": the browser's language, in place");
            assertEquals(spanish.get("intro.heading"), page.text("#intro-heading"), query);
            assertEquals(SITE + query, RIG.engine().script("return location.href;"), query + ": no other page");

            Preset english = Preset.builder().language("en").organisation("Riverside").build().preset();
            RIG.engine().open("about:blank");
            page = loaded(new Page(RIG.engine()).open(SITE + query + "#" + PresetCodec.encode(english)));
            assertEquals("applied", page.root("data-preset"), query);
            assertEquals("en", page.root("lang"), query + ": the link's language comes first");
        }
    }
}
