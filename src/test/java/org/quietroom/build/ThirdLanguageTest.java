package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a language is one catalog file plus one line in languages.txt: proven with a small, partial,
 * right-to-left pseudo-language built into a copy of the project.
 */
class ThirdLanguageTest {
    @TempDir
    Path temp;

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    @Test
    void aPartialRightToLeftCatalogBuildsAPageThatFallsBackToEnglishKeyByKey() throws IOException {
        Path project = temp.resolve("project");
        copyTree(Path.of("web"), project.resolve("web"));
        Path messages = project.resolve("src/main/messages");
        copyTree(CatalogTest.MESSAGES, messages);
        Path target = temp.resolve("target");
        copyTree(Path.of("target", "teavm"), target.resolve("teavm"));

        Files.writeString(messages.resolve("xx.properties"), String.join("\n",
                "page.lang-name=Pseudo-RTL",
                "page.dir=rtl",
                "intro.heading=\u202Bpseudo heading\u202C",
                ""), StandardCharsets.UTF_8);
        Files.writeString(messages.resolve("languages.txt"), "xx partial\n", StandardOpenOption.APPEND);

        new SiteBuilder(project, target, "quietroom.app").build();

        String page = Files.readString(target.resolve("site/index.xx.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<html lang=\"xx\" dir=\"rtl\""), "lang and dir on the root element");
        assertTrue(page.contains("\u202Bpseudo heading\u202C"), "the language's own text");
        assertTrue(page.contains(PageTemplate.escape(Catalog.loadAll(CatalogTest.MESSAGES).get(0).get("intro.what"))),
                "English where the language has no text");
        assertTrue(Files.exists(target.resolve("site/messages.xx.js")), "its catalog for the scripts");
        String english = Files.readString(target.resolve("site/index.html"), StandardCharsets.UTF_8);
        assertTrue(english.contains("href=\"index.xx.html\" hreflang=\"xx\" lang=\"xx\" dir=\"rtl\""),
                "the switcher offers it, marked right-to-left");
    }
}
