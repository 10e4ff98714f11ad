package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pages as built: complete without JavaScript, nothing inline, every script and style pinned by SRI. */
class StaticPageTest {

    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(BuiltSite.DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted()
                    .toList().stream();
        }
    }

    private static HtmlPage parse(String file) throws IOException {
        try (WebClient client = new WebClient()) {
            client.getOptions().setJavaScriptEnabled(false);
            client.getOptions().setCssEnabled(false);
            return client.getPage(BuiltSite.DIR.resolve(file).toAbsolutePath().toUri().toURL());
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void hasNoInlineScriptAndNoEventHandlerAttributes(String file) throws IOException {
        HtmlPage page = parse(file);
        for (DomElement script : page.getElementsByTagName("script")) {
            assertFalse(script.getAttribute("src").isEmpty(), file + ": inline <script>");
            assertTrue(script.getTextContent().isBlank(), file + ": <script> with a body");
        }
        // querySelectorAll: HtmlUnit's getElementsByTagName("*") finds nothing.
        List<DomElement> all = new ArrayList<>();
        page.querySelectorAll("*").forEach(n -> all.add((DomElement) n));
        // The page that opens a locked file is small: a form and what the lock does and does not do.
        assertTrue(all.size() > (file.startsWith("open") ? 30 : 50), file + ": every element is checked, " + all.size());
        for (DomElement e : all) {
            e.getAttributesMap().keySet().forEach(name ->
                    assertFalse(name.toLowerCase().startsWith("on"), file + ": on* attribute " + name + " on " + e));
            assertFalse(e.hasAttribute("style"), file + ": inline style on " + e);
        }
        // <template> content is parsed separately: the tier scripts live there.
        String html = BuiltSite.read(file);
        assertFalse(html.contains("<script>"), file + ": inline <script>");
        assertFalse(html.contains("javascript:"), file + ": javascript: URL");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyScriptAndStylesheetCarriesAMatchingIntegrityHash(String file) throws IOException {
        String html = BuiltSite.read(file);
        List<String> refs = new ArrayList<>();
        int i = 0;
        while ((i = html.indexOf("<script ", i)) >= 0) {
            int end = html.indexOf('>', i);
            refs.add(html.substring(i, end));
            i = end;
        }
        i = 0;
        while ((i = html.indexOf("<link ", i)) >= 0) {
            int end = html.indexOf('>', i);
            refs.add(html.substring(i, end));
            i = end;
        }
        assertTrue(refs.size() >= (file.startsWith("open") ? 4 : 5), file
                + ": expected the stylesheet, icon, boot, messages and two tier scripts (open: icon, stylesheet, exit.js, open.js)");
        for (String tag : refs) {
            String src = attribute(tag, tag.startsWith("<script") ? "src" : "href");
            String integrity = attribute(tag, "integrity");
            assertNotNull(integrity, file + ": no integrity on " + tag);
            byte[] bytes = Files.readAllBytes(BuiltSite.DIR.resolve(src));
            assertEquals(SiteBuilder.sri(bytes), integrity, file + ": stale integrity for " + src);
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void worksWithoutJavaScript(String file) throws IOException {
        HtmlPage page = parse(file);
        DomElement exit = page.getElementById("exit");
        assertNotNull(exit, "quick exit link");
        assertEquals("a", exit.getTagName());
        assertTrue(exit.getAttribute("rel").contains("noreferrer"));
        assertTrue(exit.getAttribute("href").startsWith("https://"));
        assertFalse(exit.getAttribute("href").contains("?"), "the exit target is never a search query");
        assertEquals(1, page.getElementsByTagName("noscript").size(), "one <noscript> lead-in");
        if (file.startsWith("open")) {
            // Opening a locked file needs its script; without it, the <noscript> sentence, what the lock does and
            // does not protect against, and the exit.
            assertTrue(page.getElementById("open-form").hasAttribute("hidden"), file + ": the form waits for JS");
            assertNotNull(page.getElementById("open-does-not"), file);
        } else if (file.startsWith("build")) {
            // The link-making page needs its script; without it, only its <noscript> sentence and the exit.
            assertTrue(page.getElementById("builder").hasAttribute("hidden"), file + ": the form waits for JS");
        } else if (file.startsWith("apps")) {
            // The app lookup's field needs its script; without it, the names to look for by letter and how to
            // find the names on a phone (AppsPageTest checks that every name of the list is there).
            assertTrue(page.getElementById("apps").hasAttribute("hidden"), file + ": the field waits for JS");
            assertTrue(page.getElementById("app-names").getElementsByTagName("span").size() > 300, file);
            assertTrue(page.getElementById("app-find").getElementsByTagName("li").size() >= 7, file);
        } else {
            DomElement checklist = page.getElementById("checklist");
            assertTrue(checklist.getElementsByTagName("li").size() >= 5, "a checklist to do by hand");
        }
        assertEquals("none", page.getDocumentElement().getAttribute("data-tier"));
        assertFalse(page.getTitleText().isBlank());
    }

    @Test
    void theMetaPolicyIsTheOneTheServerSends() throws IOException {
        HtmlPage page = parse("index.html");
        DomElement meta = page.getFirstByXPath("//meta[@http-equiv='Content-Security-Policy']");
        assertEquals(Headers.META_CSP, meta.getAttribute("content"));
        assertEquals(Headers.META_CSP + "; frame-ancestors 'none'", Headers.HEADER_CSP);
    }

    private static String attribute(String tag, String name) {
        int i = tag.indexOf(" " + name + "=\"");
        if (i < 0) {
            return null;
        }
        int start = i + name.length() + 3;
        return tag.substring(start, tag.indexOf('"', start));
    }
}
