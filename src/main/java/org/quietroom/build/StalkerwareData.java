package org.quietroom.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Echap's stalkerware indicators ({@code src/main/data/stalkerware-indicators}: {@code ioc.yaml},
 * {@code watchware.yaml}, copied unchanged) at build time and writes the compact lookup table apps.html loads
 * (core/apps/AppTable reads it), and the plain list of names by letter for the page without JavaScript.
 *
 * <p>The YAML reader handles exactly the subset these files use: a top-level list of mappings ({@code - name: X}),
 * keys two spaces in with a scalar or a list ({@code  - item}) below them, and one nested mapping ({@code c2:})
 * whose keys are four spaces in. No quotes, anchors, flow style or multi-line scalars occur (the reader stops the
 * build when a line does not fit). Only {@code name}, {@code names}, {@code type}, {@code packages} and
 * {@code ios_bundles} are kept: websites, certificates and C2 addresses mean nothing to a person looking at an
 * app list.
 */
public final class StalkerwareData {
    /** One app of the list. */
    public record App(String name, String type, List<String> names, List<String> packages, List<String> bundles) {
    }

    private static final Pattern DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)");

    private StalkerwareData() {
    }

    public static Path dir(Path project) {
        return project.resolve("src/main/data/stalkerware-indicators");
    }

    /** Both files' apps, stalkerware first, each in its file's order. */
    public static List<App> load(Path project) throws IOException {
        List<App> apps = new ArrayList<>(read(Files.readAllLines(dir(project).resolve("ioc.yaml"), StandardCharsets.UTF_8)));
        apps.addAll(read(Files.readAllLines(dir(project).resolve("watchware.yaml"), StandardCharsets.UTF_8)));
        return apps;
    }

    /** The data's date, from SOURCE.md ("... (2026-06-21)"). */
    public static String date(Path project) throws IOException {
        Matcher m = DATE.matcher(Files.readString(dir(project).resolve("SOURCE.md"), StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("SOURCE.md of the stalkerware indicators names no date (yyyy-mm-dd)");
        }
        return m.group(1);
    }

    /** Reads one file of the subset described above. */
    static List<App> read(List<String> lines) {
        List<Map<String, List<String>>> entries = new ArrayList<>();
        Map<String, List<String>> entry = null;
        String key = null;
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            String rest = line.substring(indent).strip();
            if (indent == 0 && rest.startsWith("- ")) {
                entry = new LinkedHashMap<>();
                entries.add(entry);
                key = keyValue(entry, rest.substring(2), "", n);
            } else if (entry == null) {
                throw new IllegalStateException("line " + n + ": content before the first entry");
            } else if (rest.startsWith("- ")) {
                if (key == null) {
                    throw new IllegalStateException("line " + n + ": list item without a key");
                }
                entry.get(key).add(rest.substring(2).strip());
            } else if (indent == 2) {
                key = keyValue(entry, rest, "", n);
            } else if (indent == 4 && key != null) {
                String parent = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
                key = keyValue(entry, rest, parent + ".", n);
            } else {
                throw new IllegalStateException("line " + n + ": not in the YAML subset this reader knows: " + raw);
            }
        }
        List<App> apps = new ArrayList<>();
        for (Map<String, List<String>> e : entries) {
            String name = one(e, "name");
            apps.add(new App(name, one(e, "type"), list(e, "names"), list(e, "packages"), list(e, "ios_bundles")));
        }
        return apps;
    }

    private static String stripComment(String line) {
        String t = line.stripLeading();
        return t.startsWith("#") ? "" : line;
    }

    /** {@code key: value} or {@code key:}; returns the key whose list items follow. */
    private static String keyValue(Map<String, List<String>> entry, String text, String prefix, int n) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException("line " + n + ": expected key: value, got " + text);
        }
        String key = prefix + text.substring(0, colon).strip();
        String value = text.substring(colon + 1).strip();
        List<String> values = entry.computeIfAbsent(key, k -> new ArrayList<>());
        if (!value.isEmpty()) {
            values.add(value);
        }
        return key;
    }

    private static String one(Map<String, List<String>> e, String key) {
        List<String> v = e.get(key);
        if (v == null || v.size() != 1) {
            throw new IllegalStateException("an entry without exactly one " + key + ": " + e.get("name"));
        }
        return v.get(0);
    }

    private static List<String> list(Map<String, List<String>> e, String key) {
        List<String> v = e.get(key);
        return v == null ? List.of() : List.copyOf(v);
    }

    /** The compact table (see core/apps/AppTable): kind, name, other names, packages, bundle ids. */
    public static String compact(List<App> apps) {
        StringBuilder sb = new StringBuilder();
        for (App app : apps) {
            List<String> other = new ArrayList<>();
            for (String alias : app.names()) {
                if (!alias.equals(app.name()) && !other.contains(alias)) {
                    other.add(alias);
                }
            }
            sb.append("watchware".equals(app.type()) ? 'w' : 's').append('\t').append(clean(app.name())).append('\t')
                    .append(join(other)).append('\t').append(join(app.packages())).append('\t')
                    .append(join(app.bundles())).append('\n');
        }
        return sb.toString();
    }

    private static String join(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            sb.append(sb.length() == 0 ? "" : "|").append(clean(v));
        }
        return sb.toString();
    }

    private static String clean(String v) {
        if (v.indexOf('\t') >= 0 || v.indexOf('|') >= 0 || v.indexOf('\n') >= 0) {
            throw new IllegalStateException("a value the compact table cannot hold: " + v);
        }
        return v;
    }

    /** The catalog keys of the lookup page: not in messages.*.js (see SiteBuilder's catalogScript). */
    public static final String WORDS_PREFIX = "apps.";
    /** The keys the lookup's code shows (its results), which its tier scripts carry for every language. */
    public static final String RESULT_PREFIX = "apps.result.";

    /**
     * The result words of every language, as apps.html's tier scripts carry them after the table:
     * {@code globalThis.quietroomAppWords = {"en": {"apps.result.…": "…"}, "es": {…}};}.
     */
    public static String wordsScript(List<Catalog> catalogs) {
        StringBuilder sb = new StringBuilder("globalThis.quietroomAppWords = {");
        boolean firstLang = true;
        for (Catalog catalog : catalogs) {
            sb.append(firstLang ? "" : ",").append(SiteBuilder.jsString(catalog.lang())).append(": {");
            firstLang = false;
            boolean first = true;
            for (Map.Entry<String, String> e : catalog.messages().entrySet()) {
                if (e.getKey().startsWith(RESULT_PREFIX)) {
                    sb.append(first ? "" : ",").append(SiteBuilder.jsString(e.getKey())).append(": ")
                            .append(SiteBuilder.jsString(e.getValue()));
                    first = false;
                }
            }
            sb.append('}');
        }
        return sb.append("};\n").toString();
    }

    /** The script apps.html loads: the table as one string. */
    public static String script(List<App> apps) {
        return "globalThis.quietroomApps = " + SiteBuilder.jsString(compact(apps)) + ";\n";
    }

    /** Every name to look for (list names and other names), by first letter, as HTML for the page. */
    public static String namesHtml(List<App> apps) {
        Map<String, java.util.TreeSet<String>> byLetter = new TreeMap<>();
        for (App app : apps) {
            List<String> all = new ArrayList<>(app.names());
            all.add(app.name());
            for (String name : all) {
                char c = Character.toUpperCase(name.charAt(0));
                String letter = c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
                byLetter.computeIfAbsent(letter, k -> new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(java.util.Comparator.naturalOrder())))
                        .add(name);
            }
        }
        StringBuilder sb = new StringBuilder("<dl class=\"app-names\" id=\"app-names\">\n");
        for (Map.Entry<String, java.util.TreeSet<String>> e : byLetter.entrySet()) {
            sb.append("<dt>").append(e.getKey()).append("</dt><dd>");
            boolean first = true;
            for (String name : e.getValue()) {
                sb.append(first ? "" : ", ").append("<span lang=\"en\">").append(PageTemplate.escape(name))
                        .append("</span>");
                first = false;
            }
            sb.append("</dd>\n");
        }
        return sb.append("</dl>\n").toString();
    }
}
