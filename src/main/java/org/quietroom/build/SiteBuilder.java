package org.quietroom.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.quietroom.core.OwnWrites;
import org.quietroom.core.i18n.Pages;
import org.quietroom.core.preset.ExitSites;

/**
 * Assembles the deployable static site in {@code target/site} from {@code web/}, the message catalogs and the
 * two TeaVM builds. Everything that must agree with something else is computed here, never hand-maintained:
 * the CSP in each page, the Subresource Integrity hashes, the localised pages and catalogs.
 *
 * <p>Usage: {@code SiteBuilder <project dir> <target dir>}
 */
public final class SiteBuilder {
    /**
     * sha256 of TeaVM 0.16.0's minified WasmGC runtime, as its jar ships it. The loader in
     * {@code web/loader/wasm-loader.js} adapts exactly this file; any other file stops the build until someone
     * reviews the runtime's code shapes against the loader and updates this pin.
     */
    static final String PINNED_RUNTIME_SHA256 = "4fa1e0e0d686cc6e0a0d111e606cb876f7168bd695d9e3d639e7d5684453089b";

    /**
     * The neutral page the quick exit goes to by default on the English pages: not personalised, not a search.
     * Each language's default is {@link ExitSites#defaultFor} its language.
     */
    public static final String DEFAULT_EXIT = ExitSites.BBC_WEATHER.url();

    private final Path project;
    private final Path target;
    private final Path site;
    private final Minify minify;

    SiteBuilder(Path project, Path target) {
        this.project = project;
        this.target = target;
        this.site = target.resolve("site");
        this.minify = new Minify(project);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SiteBuilder <project dir> <target dir>");
        }
        new SiteBuilder(Path.of(args[0]), Path.of(args[1])).build();
    }

    void build() throws IOException {
        deleteTree(site);
        Files.createDirectories(site);
        Path web = project.resolve("web");
        // The quick exit: hand-written, loaded first, and independent of both builds. Every hand-written script
        // ships minified (Minify); its source stays readable in web/.
        write("exit.js", minify.script("exit.js", exitScript(Files.readString(web.resolve("exit.js"), StandardCharsets.UTF_8))));
        write("boot.js", minify.script("boot.js", bootScript(Files.readString(web.resolve("boot.js"), StandardCharsets.UTF_8))));
        copy(web.resolve("site.css"), "site.css");
        copy(web.resolve("build.css"), "build.css");
        copy(web.resolve("favicon.svg"), "favicon.svg");
        // The page for the person (index.html) and the page that makes links (build.html) are two TeaVM
        // entry points, so the QR code library is only in the second; see the README, "For advocates".
        // Only the person's page makes locked files, so only its scripts carry the passphrase lists.
        String lists = PassphraseLists.script(project);
        write("wasm/app.js", lists + wasmApp(web, "wasm"));
        write("js/app.js", lists + jsApp(web, "js"));
        String wasmBuild = wasmApp(web, "wasm-build");
        String jsBuild = jsApp(web, "js-build");
        write("wasm/build.js", wasmBuild);
        write("js/build.js", jsBuild);
        // The app lookup (apps.html) runs in the link-making page's entry point (BuildMain picks the page by its
        // #apps), so it adds no TeaVM compile; its tier scripts are that build with the lookup table's statement
        // first, so the table is in neither index.html's nor build.html's scripts.
        List<StalkerwareData.App> apps = StalkerwareData.load(project);
        List<Catalog> catalogs = Catalog.loadAll(project.resolve("src/main/messages"));
        String lookup = StalkerwareData.script(apps) + StalkerwareData.wordsScript(catalogs);
        write("wasm/apps.js", lookup + wasmBuild);
        write("js/apps.js", lookup + jsBuild);
        // The page that opens a locked file: a small hand-written script, no TeaVM build (see web/open.js).
        write("open.js", minify.script("open.js", Files.readString(web.resolve("open.js"), StandardCharsets.UTF_8)));
        // Per page (issue 20): the person's page does not carry the link-making page's words; that page has a
        // catalog of its own with every word it needs, in one script.
        for (Catalog catalog : catalogs) {
            write("messages." + catalog.lang() + ".js", catalogScript(catalog));
            write("builder." + catalog.lang() + ".js", builderCatalogScript(catalog));
        }
        // Netlify and Cloudflare Pages read their headers from this file in the site's root.
        write("_headers", DeployConfigs.headersFile("Netlify or Cloudflare Pages"));
        Map<String, String> pages = new java.util.TreeMap<>();
        String appsDate = StalkerwareData.date(project);
        for (String name : List.of("index", "build", "open", "apps")) {
            String template = Files.readString(web.resolve(name + ".html"), StandardCharsets.UTF_8);
            for (Catalog catalog : catalogs) {
                String page = Pages.file(name, catalog.lang());
                Map<String, String> extras = name.equals("apps") ? appsExtras(catalog, apps, appsDate) : Map.of();
                pages.put(page, new PageTemplate(template, catalog, catalogs, site, name.equals("index"),
                        extras).render());
                write(page, pages.get(page));
            }
        }
        String fingerprint = Fingerprint.of(site);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            write(page.getKey(), Fingerprint.fill(page.getValue(), fingerprint));
        }
        // Each compressible file's .br and .gz, from the finished files (the pages carry the fingerprint), so
        // SHA256SUMS lists them too; the fingerprint covers the files, not their compressed copies.
        int copies = Precompress.site(site).size();
        write("SHA256SUMS", Manifest.sha256sums(site));
        System.out.println("Quietroom: site built in " + site + ", fingerprint " + fingerprint + ", " + copies
                + " compressed copies (.br, .gz)");
    }

    /** The app lookup page's generated parts: the names by letter, the count and the credit with the data's date. */
    static Map<String, String> appsExtras(Catalog catalog, List<StalkerwareData.App> apps, String date) {
        return Map.of(
                "apps:names", StalkerwareData.namesHtml(apps),
                "apps:names-intro", PageTemplate.escape(org.quietroom.core.Text.fill(catalog.get("apps.names-intro"),
                        List.of(Integer.toString(apps.size())))),
                "apps:credit", PageTemplate.escape(org.quietroom.core.Text.fill(catalog.get("apps.credit"),
                        List.of(date))));
    }

    /** A WasmGC tier script from the TeaVM output in {@code target/teavm/<dir>}. */
    private String wasmApp(Path web, String dir) throws IOException {
        Path runtime = target.resolve("teavm/" + dir + "/classes.wasm-runtime.js");
        byte[] runtimeBytes = Files.readAllBytes(runtime);
        String actual = sha256Hex(runtimeBytes);
        if (!PINNED_RUNTIME_SHA256.equals(actual)) {
            throw new IllegalStateException("TeaVM's WasmGC runtime changed (sha256 " + actual + ", pinned "
                    + PINNED_RUNTIME_SHA256 + "). web/loader/wasm-loader.js adapts that runtime's code shapes: review "
                    + "the new runtime's `new Function` sites against the loader, then update PINNED_RUNTIME_SHA256 "
                    + "in " + SiteBuilder.class.getName() + ".");
        }
        // Not through binaryen's wasm-opt -Oz: measured 2026-12-07, its output (7 KB brotli smaller) sent WebKitGTK's
        // web process into a spin at 100% CPU on some loads, so the page never became ready there.
        byte[] wasm = Files.readAllBytes(target.resolve("teavm/" + dir + "/classes.wasm"));
        String loader = minify.script("wasm-loader.js",
                Files.readString(web.resolve("loader/wasm-loader.js"), StandardCharsets.UTF_8));
        return "(function () {\n" + loader
                + "\n(function (Function) {\n" + new String(runtimeBytes, StandardCharsets.UTF_8) + "\n})(createFunction);\n"
                + "start(" + latin1Literal(wasm) + ", " + wasm.length + ");\n}());\n";
    }

    /**
     * The module's bytes as a JavaScript string literal with one character per byte: byte {@code b} is the
     * character U+00{@code b}, written raw (the file is UTF-8, so bytes 0x80 to 0xFF take two bytes in it). Only
     * what cannot stand raw in a string literal is escaped: backslash, double quote, CR and LF (as {@code \\},
     * {@code \"}, {@code \r}, {@code \n}), and NUL, as {@code \0}, or as {@code \x00} before a digit, where
     * {@code \0} would start a legacy octal escape (a syntax error in strict code). U+2028 and U+2029 cannot
     * occur (every character is below U+0100).
     *
     * <p>Why not base64: brotli shrinks this literal almost as well as the raw module (about 3% more), base64
     * about a third less well. The loader reads it back with {@code charCodeAt}; it checks the length and that no
     * character is above U+00FF, which is what a script read in another encoding than UTF-8 would give.
     */
    static String latin1Literal(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length + bytes.length / 2 + 2).append('"');
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '"' || b == '\\') {
                sb.append('\\').append((char) b);
            } else if (b == '\r') {
                sb.append("\\r");
            } else if (b == '\n') {
                sb.append("\\n");
            } else if (b == 0) {
                boolean digitNext = i + 1 < bytes.length && bytes[i + 1] >= '0' && bytes[i + 1] <= '9';
                sb.append(digitNext ? "\\x00" : "\\0");
            } else {
                sb.append((char) b);
            }
        }
        return sb.append('"').toString();
    }

    /** A JavaScript tier script from the TeaVM output in {@code target/teavm/<dir>}. */
    private String jsApp(Path web, String dir) throws IOException {
        String classes = Files.readString(target.resolve("teavm/" + dir + "/classes.js"), StandardCharsets.UTF_8);
        String starter = Files.readString(web.resolve("loader/js-start.js"), StandardCharsets.UTF_8);
        // TeaVM's output with the starter, minified as one script: inside the one function, terser can also
        // shorten the names TeaVM leaves (about 4 KB brotli less, measured).
        return minify.script(dir + "/app.js", "(function () {\n" + classes + "\n" + starter + "\n}());\n");
    }

    /**
     * A catalog as a script, without the app lookup's words ({@link StalkerwareData#WORDS_PREFIX}: apps.html has
     * them in its HTML and its tier scripts, so the person's page, which loads every catalog, does not grow): it
     * registers itself under its language in {@code quietroomCatalogs} (every shipped
     * catalog loads with the page, so changing language sends no request), and becomes {@code quietroomMessages},
     * the words the code starts with, on the page of its own language.
     */
    /** Keys only the link-making page uses: in {@code builder.<lang>.js}, not in the person's catalog. */
    static final String BUILDER_PREFIX = "builder.";

    /**
     * The link-making page's catalog: every word but the app lookup's, its own ({@link #BUILDER_PREFIX}) included,
     * in one script, so the page's build never starts between two halves of its words (boot.js starts it once a
     * catalog has run). The person's page loads {@code messages.<lang>.js}, without the builder's words.
     */
    static String builderCatalogScript(Catalog catalog) {
        return script(catalog, true);
    }

    /**
     * A catalog script: every word but the app lookup's ({@link StalkerwareData#WORDS_PREFIX}), and the
     * link-making page's own words ({@link #BUILDER_PREFIX}) only when {@code builderWords}.
     */
    private static String script(Catalog catalog, boolean builderWords) {
        StringBuilder sb = new StringBuilder("(function (m) {\nvar g = globalThis;\n"
                + "(g.quietroomCatalogs = g.quietroomCatalogs || Object.create(null))[" + jsString(catalog.lang())
                + "] = m;\nif (document.documentElement.getAttribute(\"lang\") === " + jsString(catalog.lang())
                + ") {\ng.quietroomMessages = m;\n}\n}({");
        boolean first = true;
        for (Map.Entry<String, String> e : catalog.messages().entrySet()) {
            if (!builderWords && e.getKey().startsWith(BUILDER_PREFIX)
                    || e.getKey().startsWith(StalkerwareData.WORDS_PREFIX)) {
                continue;
            }
            sb.append(first ? "\n" : ",\n");
            first = false;
            sb.append(jsString(e.getKey())).append(": ").append(jsString(e.getValue()));
        }
        return sb.append("\n}));\n").toString();
    }

    static String catalogScript(Catalog catalog) {
        return script(catalog, false);
    }

    /** A JavaScript string literal; escapes everything that could end the string or the script. */
    static String jsString(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029
                    || (c >= 0x7f && c <= 0x9f)) {
                sb.append("\\u").append(String.format("%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** boot.js with the page's own writes, as {@link OwnWrites} declares them, in place of its placeholders. */
    /**
     * web/exit.js with the user-agent markers it shares with {@link org.quietroom.core.platform.Platform} written
     * in, '|'-separated (a marker may hold a space: "; wv)"), so the exit's browser detection and the plan's are one
     * rule (issue 18).
     */
    static String exitScript(String source) {
        String[][] lists = {
            {"{{platform:other-markers}}", String.join("|", org.quietroom.core.platform.Platform.otherMarkers())},
            {"{{platform:edge-tokens}}", String.join("|", org.quietroom.core.platform.Platform.edgeTokens())},
        };
        return fill("web/exit.js", source, lists);
    }

    /**
     * Writes each list into its placeholder, inside a single-quoted string of a hand-written script: each
     * placeholder must be there, no value may need escaping, and none may be left that the builder does not know.
     */
    private static String fill(String file, String source, String[][] lists) {
        String out = source;
        for (String[] list : lists) {
            if (!out.contains(list[0]) || list[1].indexOf('\'') >= 0 || list[1].indexOf('\\') >= 0) {
                throw new IllegalStateException(file + " has no " + list[0] + ", or a value needs escaping");
            }
            out = out.replace(list[0], list[1]);
        }
        if (out.contains("{{")) {
            throw new IllegalStateException(file + " has a placeholder the site builder does not know");
        }
        return out;
    }

    static String bootScript(String source) {
        String[][] lists = {
            {"{{own:root-attributes}}", OwnWrites.spaced(OwnWrites.ROOT_ATTRIBUTES)},
            {"{{own:fill-tags}}", OwnWrites.spaced(OwnWrites.FILL_TAGS)},
            {"{{own:fill-attributes}}", OwnWrites.spaced(OwnWrites.FILL_ATTRIBUTES)},
            {"{{own:root-classes}}", OwnWrites.spaced(OwnWrites.ROOT_CLASSES)},
        };
        return fill("web/boot.js", source, lists);
    }

    private void copy(Path from, String to) throws IOException {
        Path dest = site.resolve(to);
        Files.createDirectories(dest.getParent());
        Files.copy(from, dest);
    }

    private void write(String to, String content) throws IOException {
        Path dest = site.resolve(to);
        Files.createDirectories(dest.getParent());
        Files.writeString(dest, content, StandardCharsets.UTF_8);
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest("SHA-256", bytes));
    }

    /** The value of an {@code integrity} attribute for a file's bytes. */
    static String sri(byte[] bytes) {
        return "sha384-" + Base64.getEncoder().encodeToString(digest("SHA-384", bytes));
    }

    static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
