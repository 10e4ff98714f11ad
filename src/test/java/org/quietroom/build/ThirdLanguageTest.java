package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a language is one catalog file plus one line in languages.txt: proven with a small, partial,
 * right-to-left pseudo-language built into a copy of the project ({@link RtlSite} adds exactly those two).
 */
class ThirdLanguageTest {
    @TempDir
    Path temp;

    @Test
    void aPartialRightToLeftCatalogBuildsAPageThatFallsBackToEnglishKeyByKey() throws IOException {
        Path site = RtlSite.build(temp);

        String page = Files.readString(site.resolve("index.xx.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<html lang=\"xx\" dir=\"rtl\""), "lang and dir on the root element");
        assertTrue(page.contains("\u202Bpseudo heading\u202C"), "the language's own text");
        assertTrue(page.contains(PageTemplate.escape(Catalog.loadAll(CatalogTest.MESSAGES).get(0).get("intro.what"))),
                "English where the language has no text");
        assertTrue(Files.exists(site.resolve("messages.xx.js")), "its catalog for the scripts");
        String english = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(english.contains("href=\"index.xx.html\" hreflang=\"xx\" lang=\"xx\" dir=\"rtl\""),
                "the switcher offers it, marked right-to-left");
    }
}
