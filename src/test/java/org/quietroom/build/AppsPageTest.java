package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.Text;

/**
 * The built app lookup pages (apps.html, apps.es.html; issue 16) as a browser without JavaScript gets them: every
 * name and other name of the list in the plain list by letter, the count, the credit with the data's date, one
 * search field; and the table only in the lookup's own tier scripts, never in the person's page's or the link
 * builder's.
 */
class AppsPageTest {
    private static final List<String> PAGES = List.of("apps.html", "apps.es.html");

    private static List<StalkerwareData.App> apps() throws IOException {
        return StalkerwareData.load(Path.of("."));
    }

    /** The part of the page between the list's opening and closing tags. */
    private static String noScriptList(String page) {
        int start = page.indexOf("<dl class=\"app-names\" id=\"app-names\">");
        int end = page.indexOf("</dl>", start);
        assertTrue(start > 0 && end > start, "the page has the list of names");
        return page.substring(start, end);
    }

    @Test
    void everyNameAndOtherNameOfTheListIsInThePlainList() throws IOException {
        for (String file : PAGES) {
            String list = noScriptList(BuiltSite.read(file));
            int names = 0;
            for (StalkerwareData.App app : apps()) {
                List<String> all = new ArrayList<>(app.names());
                all.add(app.name());
                for (String name : all) {
                    assertTrue(list.contains("<span lang=\"en\">" + PageTemplate.escape(name) + "</span>"),
                            file + " lists " + name);
                    names++;
                }
            }
            assertTrue(names > 300, file + ": names checked: " + names);
            // By first letter: the letters are in order and each name sits under its own.
            List<String> letters = new ArrayList<>();
            for (int at = list.indexOf("<dt>"); at >= 0; at = list.indexOf("<dt>", at + 1)) {
                letters.add(list.substring(at + 4, list.indexOf("</dt>", at)));
            }
            assertTrue(letters.size() > 20, file + ": " + letters);
            List<String> sorted = new ArrayList<>(letters);
            java.util.Collections.sort(sorted);
            assertEquals(sorted, letters, file);
            int m = list.indexOf("<dt>M</dt>");
            assertTrue(m >= 0 && list.indexOf("<span lang=\"en\">mSpy</span>", m) > m
                    && list.indexOf("<span lang=\"en\">mSpy</span>", m) < list.indexOf("<dt>", m + 1), file);
        }
    }

    @Test
    void theCountTheCreditAndTheDataDateAreShown() throws IOException {
        String date = StalkerwareData.date(Path.of("."));
        assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}"), date);
        for (String file : PAGES) {
            String lang = file.equals("apps.html") ? "en" : "es";
            String page = BuiltSite.read(file);
            assertTrue(page.contains(PageTemplate.escape(Text.fill(EnglishCatalog.messages(lang).get("apps.credit"),
                    List.of(date)))), file + ": the credit with the data's date");
            assertTrue(page.contains("Echap (echap.eu.org), CC BY 4.0"), file);
            assertTrue(page.contains(PageTemplate.escape(Text.fill(EnglishCatalog.messages(lang).get("apps.names-intro"),
                    List.of(Integer.toString(apps().size()))))), file + ": the count");
            assertEquals(1, page.split("type=\"search\"", -1).length - 1, file + ": one search field");
            assertTrue(page.contains("src=\"exit.js\""), file + ": the quick exit");
            assertTrue(page.contains("<noscript><p>" + PageTemplate.escape(EnglishCatalog.messages(lang)
                    .get("apps.noscript")) + "</p></noscript>"), file);
            assertTrue(page.contains("wasm/apps.js") && page.contains("js/apps.js"), file);
            assertFalse(page.contains("app.js\"") || page.contains("build.js"), file + ": only its own tier scripts");
        }
    }

    @Test
    void theTableIsInTheLookupsTierScriptsOnly() throws IOException {
        String table = StalkerwareData.script(apps());
        for (String script : List.of("wasm/apps.js", "js/apps.js")) {
            assertTrue(BuiltSite.read(script).startsWith(table), script);
        }
        for (String script : List.of("wasm/app.js", "js/app.js", "wasm/build.js", "js/build.js")) {
            assertFalse(BuiltSite.read(script).contains("quietroomApps ="), script + " carries no table");
        }
        assertFalse(BuiltSite.read("index.html").contains("apps.js"), "the person's page loads no lookup script");
    }
}
