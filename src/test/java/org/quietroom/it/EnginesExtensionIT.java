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
 * A real test extension (src/test/resources/extensions/injector, one MV3 manifest for both engines) whose
 * isolated-world content script adds an attribute to {@code <html>} and an element to {@code <body>} while the page
 * loads: the page must notice both and name them, harmless explanation first. Chromium loads it unpacked
 * (--load-extension); Firefox installs it as a temporary add-on through WebDriver BiDi {@code webExtension.install}
 * (FirefoxEngine). WebKitGTK's MiniBrowser cannot load web extensions at all, which is declared, not skipped.
 */
class EnginesExtensionIT {
    static final Path INJECTOR = Path.of("src", "test", "resources", "extensions", "injector").toAbsolutePath();

    /** Engines that can run a test extension here. */
    static final List<String> WITH_EXTENSIONS = List.of("chromium", "firefox");


    @RegisterExtension
    static final EngineRig RIG = EngineRig.withExtension(INJECTOR);

    static List<Arguments> extensionEnginesAndTiers() {
        return EngineRig.tiers(Engines.selected().stream().filter(WITH_EXTENSIONS::contains).toList());
    }

    static List<String> enginesWithoutExtensions() {
        return Engines.selected().stream().filter(e -> !WITH_EXTENSIONS.contains(e)).toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("extensionEnginesAndTiers")
    void anUnknownExtensionsChangesAreReportedWithEvidence(String engine, String path) {
        Page page = RIG.engines().page(engine).open("http://quietroom.test" + path);
        assertEquals("ready", page.state(), engine);
        assertEquals(path.endsWith("?tier=js") ? "js" : "wasm", page.tier(), engine);
        page.awaitReason("injected-content", "changed");
        assertEquals("caution", page.outcomes().get("injected-content"), engine);
        String text = page.finding("injected-content");
        assertTrue(text.contains("<qr-test-widget>"), engine + ": " + text);
        assertTrue(text.contains("data-qr-test-injector"), engine + ": " + text);
        assertEquals(List.of("finding__harmless", "finding__text", "finding__remedy", "finding__limits"),
                page.paragraphs("injected-content"), engine);
        // The content script inserts an element with text (no inline script or style), which no policy governs:
        // no violation in either engine, though Firefox applies the page's policy to what content scripts insert
        // (bug 1267027) and Chromium applies the extension's own.
        assertEquals(0, page.cspViolations(), engine);
        assertEquals("intact", page.reason("page-integrity"), engine);
    }

    /** WebKitGTK's MiniBrowser has no way to load a web extension: the engine says so instead of running without. */
    @ParameterizedTest
    @MethodSource("enginesWithoutExtensions")
    void anEngineWithoutExtensionsRefusesToStartWithOne(String engine) {
        assertEquals("webkit", engine);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> Engines.start(engine, Engine.Options.defaults().withExtension(INJECTOR)).close());
        assertTrue(e.getMessage().contains("extensions"), e.getMessage());
    }
}
