package org.quietroom.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quietroom.core.keep.Passphrase;

/**
 * The two lists the locked file's passphrase needs ({@code src/main/passphrase/}, see its SOURCE.md): EFF's short
 * word list for generated passphrases and the common passwords the strength estimate checks. They reach the page
 * for the person as the first statement of its two tier scripts ({@link #script}), so they are covered by the
 * scripts' Subresource Integrity, load with the page (no request later) and count in the tier budgets; the
 * link-making page's scripts do not carry them.
 */
final class PassphraseLists {
    /** The global the page reads the lists from: {@code {words: "acid acorn ...", common: "..."}}. */
    static final String GLOBAL = "quietroomPassphraseLists";

    private PassphraseLists() {
    }

    static List<String> words(Path project) throws IOException {
        return read(project.resolve("src/main/passphrase/eff-short.txt"));
    }

    static List<String> common(Path project) throws IOException {
        return read(project.resolve("src/main/passphrase/common-passwords.txt"));
    }

    private static List<String> read(Path file) throws IOException {
        return Passphrase.split(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The statement the page's tier scripts start with. */
    static String script(Path project) throws IOException {
        List<String> words = words(project);
        List<String> common = common(project);
        // Fails the build on a list the page could not use (a repeated word, a word with a space).
        new Passphrase(words, common);
        return "globalThis." + GLOBAL + " = {words: " + SiteBuilder.jsString(String.join(" ", words))
                + ", common: " + SiteBuilder.jsString(String.join(" ", common)) + "};\n";
    }
}
