package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;

/**
 * A real MV3 extension (src/test/resources/extensions/known-helper, one manifest for both engines) that adds
 * Grammarly's two {@code <body>} attributes only after the findings are on screen: the page must notice the later
 * change, render again, and name Grammarly in the harmless explanation shown first, keeping the caveat that it can
 * read what is typed. Loaded as in {@link EnginesExtensionIT}: Chromium unpacked (--load-extension), Firefox as a
 * temporary add-on through WebDriver BiDi {@code webExtension.install}; WebKitGTK's MiniBrowser cannot load web
 * extensions at all, which is declared, not skipped.
 */
class EnginesKnownHelperIT {
    static final Path KNOWN_HELPER = Path.of("src", "test", "resources", "extensions", "known-helper")
            .toAbsolutePath();


    @RegisterExtension
    static final EngineRig RIG = EngineRig.withExtension(KNOWN_HELPER);

    static List<Arguments> extensionEnginesAndTiers() {
        return EngineRig.tiers(Engines.selected().stream().filter(EnginesExtensionIT.WITH_EXTENSIONS::contains).toList());
    }

    static List<String> enginesWithoutExtensions() {
        return EnginesExtensionIT.enginesWithoutExtensions();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("extensionEnginesAndTiers")
    void aKnownHelperIsNamedFirstAfterTheFirstRender(String engine, String path) {
        Page page = RIG.engines().page(engine).open("http://quietroom.test" + path);
        assertEquals("ready", page.state(), engine);
        assertEquals(path.endsWith("?tier=js") ? "js" : "wasm", page.tier(), engine);
        page.awaitReason("injected-content", "known-helper");
        assertEquals("caution", page.outcomes().get("injected-content"), engine);
        assertEquals(List.of("finding__harmless", "finding__text", "finding__remedy", "finding__limits"),
                page.paragraphs("injected-content"), engine);
        String text = page.finding("injected-content");
        int harmless = text.indexOf("This looks like a helpful tool (Grammarly)");
        int caveat = text.indexOf("can also read what you type");
        assertTrue(harmless >= 0 && caveat > harmless, engine + ": " + text);
        assertEquals("data-new-gr-c-s-check-loaded data-gr-ext-installed", page.root("data-watch-attributes"),
                engine);
        // Attributes on <body> are governed by no policy: nothing was blocked.
        assertEquals(0, page.cspViolations(), engine);
    }

    /** WebKitGTK's MiniBrowser has no way to load a web extension: the engine says so instead of running without. */
    @ParameterizedTest
    @MethodSource("enginesWithoutExtensions")
    void anEngineWithoutExtensionsRefusesToStartWithOne(String engine) {
        assertEquals("webkit", engine);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> Engines.start(engine, Engine.Options.defaults().withExtension(KNOWN_HELPER)).close());
        assertTrue(e.getMessage().contains("extensions"), e.getMessage());
    }
}
