package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The size budgets of src/main/budgets/budgets.properties, in bytes of brotli at quality 11: the .br files the
 * build wrote, which are what a host sends.
 * Sizes are deterministic, so they are enforced here; timings live in scripts/bench.
 */
class SizeBudgetTest {
    private static final Properties BUDGETS = new Properties();

    @BeforeAll
    static void load() throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of("src/main/budgets/budgets.properties"), StandardCharsets.UTF_8)) {
            BUDGETS.load(r);
        }
    }

    /**
     * A built file's size in brotli at quality 11: its {@code .br}, the bytes a host sends, which the build writes
     * with the pinned encoder ({@link Precompress}; the same size as {@code brotli -q 11}, give or take a byte
     * between brotli versions). A file without a {@code .br} is sent as it is, which is allowed only where
     * brotli would not make it smaller.
     */
    static long brotli(String file) {
        Path path = BuiltSite.DIR.resolve(file);
        if (!Files.isRegularFile(path)) {
            // A budgeted file that is not built would otherwise count as 0 bytes and pass every budget.
            fail(file + " is budgeted but was not built (src/main/budgets/budgets.properties)");
        }
        try {
            Path br = BuiltSite.DIR.resolve(file + ".br");
            if (Files.isRegularFile(br)) {
                return Files.size(br);
            }
            byte[] raw = Files.readAllBytes(path);
            assertTrue(Precompress.brotli(raw).length >= raw.length, file + " was built without its .br");
            return raw.length;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Text's size in brotli at quality 11, by the build's encoder. */
    static long brotliOfText(String text) throws IOException {
        return Precompress.brotli(text.getBytes(StandardCharsets.UTF_8)).length;
    }

    private static long budget(String key) {
        String value = BUDGETS.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("budgets.properties has no " + key);
        }
        return Long.parseLong(value.trim());
    }

    /**
     * What the page needs on first load in a tier: with every catalog the page loads (boot.js asks for the other
     * languages' before the load event, so that changing language needs no request; they are part of the first load
     * all the same).
     */
    static List<String> firstLoad(String tierScript) {
        List<String> files = new ArrayList<>(List.of("index.html", "site.css", "favicon.svg", "boot.js",
                tierScript));
        String page = BuiltSite.read("index.html");
        for (int at = page.indexOf("src=\"messages."); at >= 0; at = page.indexOf("src=\"messages.", at + 1)) {
            files.add(page.substring(at + 5, page.indexOf('"', at + 5)));
        }
        if (Files.exists(BuiltSite.DIR.resolve("exit.js"))) {
            files.add("exit.js");
        }
        return files;
    }

    private static void assertWithin(String what, long size, long budget) {
        assertTrue(size <= budget, what + " is " + size + " bytes brotli, over its budget of " + budget
                + " (src/main/budgets/budgets.properties)");
    }

    @Test
    void everyBudgetedFileIsWithinItsCeiling() {
        for (String key : BUDGETS.stringPropertyNames()) {
            if (key.startsWith("file.")) {
                String file = key.substring(5);
                assertWithin(file, brotli(file), budget(key));
            }
        }
    }

    @Test
    void theWasmGcTierFirstLoadIsWithinBudget() {
        assertTrue(firstLoad("wasm/app.js").containsAll(List.of("messages.en.js", "messages.es.js")),
                "every catalog the page loads counts");
        long total = 0;
        for (String f : firstLoad("wasm/app.js")) {
            total += brotli(f);
        }
        assertWithin("The WasmGC tier's first load", total, budget("tier.wasm"));
    }

    @Test
    void theJavaScriptTierFirstLoadIsWithinBudget() {
        long total = 0;
        for (String f : firstLoad("js/app.js")) {
            total += brotli(f);
        }
        assertWithin("The JS tier's first load", total, budget("tier.js"));
    }

    @Test
    void thePageAndItsQuickExitArriveInTheFirstFourteenKilobytes() {
        long size = brotli("index.html") + brotli("site.css");
        assertWithin("index.html + site.css", size, budget("first-paint"));
    }

    @Test
    void theOpenPageAndEverythingItLoadsIsWithinBudget() {
        String page = BuiltSite.read("open.html");
        long total = 0;
        for (String f : List.of("open.html", "site.css", "favicon.svg", "exit.js", "open.js")) {
            assertTrue(page.contains("\"" + f + "\"") || f.equals("open.html"), "open.html loads " + f);
            total += brotli(f);
        }
        assertFalse(page.contains("app.js") || page.contains("build.js") || page.contains("messages."),
                "no tier script and no catalog: the page's words are in its HTML");
        assertWithin("open.html with all it loads", total, budget("page.open"));
    }

    @Test
    void theAppLookupTableIsWithinItsBudgetInEachTier() throws IOException {
        String table = StalkerwareData.script(StalkerwareData.load(Path.of(".")));
        assertWithin("the app lookup table", brotliOfText(table), budget("app-table"));
        for (String script : List.of("wasm/apps.js", "js/apps.js")) {
            assertTrue(BuiltSite.read(script).startsWith(table), script + " carries the table, counted in its tier");
        }
        for (String script : List.of("wasm/app.js", "js/app.js")) {
            assertFalse(BuiltSite.read(script).contains("globalThis.quietroomApps"), script + ": the person's page does not grow");
        }
    }

    @Test
    void thePassphraseListsAreWithinTheirBudgetAndInThePersonsTierScriptsOnly() throws IOException {
        String lists = PassphraseLists.script(Path.of("."));
        assertWithin("the passphrase lists", brotliOfText(lists), budget("passphrase-lists"));
        for (String script : List.of("wasm/app.js", "js/app.js")) {
            assertTrue(BuiltSite.read(script).startsWith(lists), script + " carries the lists, counted in its tier");
        }
        for (String script : List.of("wasm/build.js", "js/build.js")) {
            assertFalse(BuiltSite.read(script).contains(PassphraseLists.GLOBAL), script);
        }
    }
}
