package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The quick exit as built, read without a browser: loaded first, wired to the catalog, hand-written in ES5 without
 * user-facing text; and nothing Quietroom ships uses storage or asks for a permission.
 */
class ExitScriptTest {
    private static final Path EXIT_JS = Path.of("web", "exit.js");

    private static HtmlPage page() throws IOException {
        try (WebClient client = new WebClient()) {
            client.getOptions().setJavaScriptEnabled(false);
            client.getOptions().setCssEnabled(false);
            return client.getPage(BuiltSite.DIR.resolve("index.html").toAbsolutePath().toUri().toURL());
        }
    }

    private static Catalog english() throws IOException {
        return Catalog.loadAll(Path.of("src/main/messages")).get(0);
    }

    @Test
    void theExitScriptIsTheFirstScriptAndIsBuiltAsWritten() throws IOException {
        String html = BuiltSite.read("index.html");
        int exit = html.indexOf("<script src=\"exit.js\"");
        assertTrue(exit > 0, "exit.js is in the page");
        assertEquals(exit, html.indexOf("<script"), "exit.js comes before every other script");
        assertTrue(exit < html.indexOf("</head>"), "in <head>");
        // As written, with the user-agent markers it shares with Platform filled in by the build, then minified.
        String filled = SiteBuilder.exitScript(Files.readString(EXIT_JS, StandardCharsets.UTF_8));
        assertEquals(new Minify(Path.of("")).script("exit.js", filled), BuiltSite.read("exit.js"));
        assertTrue(BuiltSite.read("exit.js").length() < filled.length() / 2, "minified: "
                + BuiltSite.read("exit.js").length() + " of " + filled.length() + " characters");
        assertFalse(BuiltSite.read("exit.js").contains("{{"), "every list filled");
    }

    @Test
    void everyExitLinkAndTheMetaDefaultPointAtTheNeutralTarget() throws IOException {
        HtmlPage page = page();
        for (String id : List.of("exit", "exit-skip")) {
            DomElement link = page.getElementById(id);
            assertEquals("a", link.getTagName());
            assertEquals(SiteBuilder.DEFAULT_EXIT, link.getAttribute("href"), id);
            assertTrue(link.getAttribute("rel").contains("noreferrer"), id);
        }
        DomElement meta = page.getFirstByXPath("//meta[@name='quietroom-exit']");
        assertEquals(SiteBuilder.DEFAULT_EXIT, meta.getAttribute("content"));
        assertEquals("exit-skip", page.getBody().getFirstElementChild().getAttribute("id"), "first in <body>");
    }

    @Test
    void theButtonHasItsLabelLightsAndLiveRegion() throws IOException {
        HtmlPage page = page();
        Catalog en = english();
        DomElement exit = page.getElementById("exit");
        assertTrue(exit.getTextContent().startsWith(en.get("exit.sr-prefix") + " " + en.get("exit.label")));
        DomElement lights = page.getElementById("exit-lights");
        assertEquals("true", lights.getAttribute("aria-hidden"));
        assertEquals("0", lights.getAttribute("data-qr-count"));
        assertEquals(3, lights.getElementsByTagName("span").size());
        assertTrue(exit.isAncestorOf(lights));
        DomElement status = page.getElementById("exit-status");
        assertEquals("status", status.getAttribute("role"));
        assertEquals("", status.getTextContent());
        Map<String, String> words = Map.of("shift-2", "exit.shift-2", "shift-1", "exit.shift-1",
                "escape-1", "exit.escape-1", "expired", "exit.expired", "overlay", "exit.overlay",
                "neutral-title", "exit.neutral-title");
        words.forEach((attribute, key) -> assertEquals(en.get(key), status.getAttribute("data-qr-" + attribute), key));
    }

    @Test
    void whatNeedsTheScriptIsHiddenInTheMarkup() throws IOException {
        HtmlPage page = page();
        List<DomElement> needJs = new ArrayList<>();
        page.querySelectorAll("[data-js]").forEach(n -> needJs.add((DomElement) n));
        assertEquals(List.of("cover-option"), needJs.stream().map(e -> e.getAttribute("id")).toList());
        needJs.forEach(e -> assertTrue(e.hasAttribute("hidden"), e.getAttribute("id")));
        assertEquals("off", page.getElementById("cover-switch").getAttribute("autocomplete"), "never restored");
        assertTrue(page.getElementById("results").hasAttribute("data-exit-clear"), "the findings go on exit");
    }

    /** String literals of a script, outside comments (the scanner handles what exit.js uses: no regex literals). */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i) + 2;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (c == '\'' || c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (source.charAt(i) != c) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                    sb.append(source.charAt(i++));
                }
                literals.add(sb.toString());
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }

    @Test
    void theExitScriptHasNoUserFacingText() throws IOException {
        String source = Files.readString(EXIT_JS, StandardCharsets.UTF_8);
        List<String> literals = stringLiterals(source);
        assertTrue(literals.contains("exit-status") && literals.contains("quietroom-exit"), "the scanner works");
        for (String literal : literals) {
            if (literal.equals("use strict")) {
                continue;
            }
            assertFalse(literal.matches(".*\\p{L}.*\\s.*|.*\\s.*\\p{L}.*"),
                    "letters and a space are probably words: '" + literal + "'");
        }
        String code = withoutComments(source);
        for (String sentence : english().messages().values()) {
            if (sentence.contains(" ")) {
                assertFalse(code.contains(sentence), "catalog text in exit.js: " + sentence);
            }
        }
        String outsideStrings = code.replaceAll("'(?:[^'\\\\\\n]|\\\\.)*'|\"(?:[^\"\\\\\\n]|\\\\.)*\"", "''");
        assertFalse(outsideStrings.contains("/"), "no regex literal (nor division): the scanner reads none");
    }

    @Test
    void theExitScriptIsEs5() throws IOException {
        String code = withoutComments(Files.readString(EXIT_JS, StandardCharsets.UTF_8));
        for (String later : List.of("=>", "`", "?.", "??", "...")) {
            assertFalse(code.contains(later), "ES2015+ syntax: " + later);
        }
        Matcher declarations = Pattern.compile("\\b(let|const|class|async|await|of)\\s").matcher(code);
        assertFalse(declarations.find(), () -> "ES2015+ keyword: " + declarations.group());
        assertTrue(code.contains("'use strict'"));
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)(^|\\s)//.*$", "");
    }

    /** Storage, and anything that can ask the person for a permission, in code Quietroom writes or ships. */
    private static final Pattern NEVER = Pattern.compile("localStorage|sessionStorage|indexedDB|openDatabase"
            + "|document\\.cookie|\\bcaches\\b|serviceWorker|requestPermission|navigator\\.permissions|geolocation"
            + "|getUserMedia|requestStorageAccess|showSaveFilePicker|\\bNotification\\b|navigator\\.storage"
            + "|download=|createObjectURL");

    /**
     * The reviewed exceptions, file by file. boot.js only READS what this origin stored before (the visit-traces
     * check: cookie length, localStorage.length, service-worker registrations; measured to leave no trace) and never
     * writes. The locked file is a download the person chooses, after a warning (Blob URL + a download link).
     */
    private static final java.util.Map<String, List<String>> REVIEWED = java.util.Map.of(
            "boot.js", List.of("document.cookie", "localStorage", "serviceWorker"),
            "LockedFileMaker.java", List.of("createObjectURL", "download="),
            "JsPlanWindow.java", List.of("createObjectURL"),
            "index.html", List.of("download="),
            "index.es.html", List.of("download="),
            // The builds also carry the names of what visit-traces found, as evidence text shown to the person.
            "app.js", List.of("createObjectURL", "download=", "document.cookie", "localStorage", "serviceWorker"));

    @Test
    void nothingShippedUsesStorageOrAsksForPermissions() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("web"), BuiltSite.DIR, Path.of("src/main/java/org/quietroom/browser"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(js|html|java)$"))
                        // The catalogs are words for people, not code ("caches" can be a word).
                        .filter(p -> !p.getFileName().toString().startsWith("messages.")
                                && !p.getFileName().toString().startsWith("builder."))
                        .forEach(files::add);
            }
        }
        assertTrue(files.size() >= 12, "scanned " + files);
        assertTrue(files.contains(BuiltSite.DIR.resolve("wasm/app.js")), "the builds are scanned too");
        for (Path file : files) {
            Matcher m = NEVER.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String found = m.group();
                assertTrue(REVIEWED.getOrDefault(file.getFileName().toString(), List.of()).contains(found),
                        () -> file + " uses " + found);
            }
        }
        assertNotNull(NEVER.matcher("x = localStorage.length").results().findFirst().orElse(null), "the check works");
    }
}
