package org.quietroom.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A copy of this build's site with one more language: {@code xx}, a partial right-to-left pseudo-language (one
 * catalog file and one line in languages.txt, which {@link ThirdLanguageTest} checks) whose few own sentences are
 * wrapped in right-to-left embedding marks and whose other
 * keys fall back to English. Its pages ({@code index.xx.html}, {@code build.xx.html}) carry
 * {@code <html dir="rtl">}, so browser tests can lay out a right-to-left page without a translation.
 */
public final class RtlSite {
    public static final String LANG = "xx";

    private RtlSite() {
    }

    /** Builds the site into {@code temp}/target/site from the project's web/, catalogs and TeaVM output. */
    public static Path build(Path temp) throws IOException {
        Path project = temp.resolve("project");
        copyTree(Path.of("web"), project.resolve("web"));
        copyTree(Path.of("src/main/passphrase"), project.resolve("src/main/passphrase"));
        copyTree(Path.of("src/main/data"), project.resolve("src/main/data"));
        Path messages = project.resolve("src/main/messages");
        copyTree(CatalogTest.MESSAGES, messages);
        // The pinned minifier, as installed here (scripts/build-tools): linked, not copied.
        Files.createDirectories(project.resolve(Minify.TOOLS).getParent());
        Files.createSymbolicLink(project.resolve(Minify.TOOLS), Path.of(Minify.TOOLS).toAbsolutePath());
        Path target = temp.resolve("target");
        copyTree(Path.of("target", "teavm"), target.resolve("teavm"));
        Files.writeString(messages.resolve(LANG + ".properties"), String.join("\n",
                "page.lang-name=Pseudo-RTL",
                "page.dir=rtl",
                "intro.heading=\u202Bpseudo heading\u202C",
                "exit.label=\u202Bpseudo exit\u202C",
                ""), StandardCharsets.UTF_8);
        Files.writeString(messages.resolve("languages.txt"), LANG + " partial\n", StandardOpenOption.APPEND);
        new SiteBuilder(project, target).build();
        return target.resolve("site");
    }

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
}
