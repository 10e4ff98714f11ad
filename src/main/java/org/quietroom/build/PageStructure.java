package org.quietroom.build;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The structure of a built page as boot.js compares it when parsing ends: how many elements of each tag and
 * how many attributes of each name the page has, as a browser with scripting on parses it. Written into
 * {@code <meta name="quietroom-structure">} as {@code tag=count ... @attribute=count ...}, sorted.
 *
 * <p>A small scanner, not an HTML parser: it reads the site's own generated markup (attribute values escaped by
 * {@link PageTemplate#escape}). Content of {@code <template>} is not in the document tree; content of
 * {@code <noscript>}, {@code <script>}, {@code <style>}, {@code <title>} and {@code <textarea>} is text (HTML
 * Living Standard, "parsing HTML documents", with scripting enabled). The real-browser tests prove the counts
 * match Chromium's parse: a plain visit has nothing to report.
 */
final class PageStructure {
    private static final String[] RAW_TEXT = {"template", "noscript", "script", "style", "title", "textarea"};

    private PageStructure() {
    }

    static String of(String html) {
        Map<String, Integer> tags = new TreeMap<>();
        Map<String, Integer> attributes = new TreeMap<>();
        int i = 0;
        while ((i = html.indexOf('<', i)) >= 0) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? html.length() : end + 3;
                continue;
            }
            if (i + 1 >= html.length() || !Character.isLetter(html.charAt(i + 1))) {
                i++;
                continue;
            }
            int p = i + 1;
            while (p < html.length() && !isSpace(html.charAt(p)) && html.charAt(p) != '>' && html.charAt(p) != '/') {
                p++;
            }
            String tag = html.substring(i + 1, p).toLowerCase(Locale.ROOT);
            tags.merge(tag, 1, Integer::sum);
            p = readAttributes(html, p, attributes);
            i = skipRawText(html, tag, p);
        }
        StringBuilder sb = new StringBuilder();
        tags.forEach((tag, n) -> sb.append(sb.length() == 0 ? "" : " ").append(tag).append('=').append(n));
        attributes.forEach((name, n) -> sb.append(" @").append(name).append('=').append(n));
        return sb.toString();
    }

    /** Reads attribute names up to the end of the start tag; returns the index after {@code >}. */
    private static int readAttributes(String html, int p, Map<String, Integer> attributes) {
        while (p < html.length()) {
            char c = html.charAt(p);
            if (c == '>') {
                return p + 1;
            }
            if (isSpace(c) || c == '/') {
                p++;
                continue;
            }
            int start = p;
            while (p < html.length() && !isSpace(html.charAt(p)) && "=>/".indexOf(html.charAt(p)) < 0) {
                p++;
            }
            attributes.merge(html.substring(start, p).toLowerCase(Locale.ROOT), 1, Integer::sum);
            while (p < html.length() && isSpace(html.charAt(p))) {
                p++;
            }
            if (p < html.length() && html.charAt(p) == '=') {
                p++;
                while (p < html.length() && isSpace(html.charAt(p))) {
                    p++;
                }
                if (p < html.length() && (html.charAt(p) == '"' || html.charAt(p) == '\'')) {
                    int close = html.indexOf(html.charAt(p), p + 1);
                    p = close < 0 ? html.length() : close + 1;
                } else {
                    while (p < html.length() && !isSpace(html.charAt(p)) && html.charAt(p) != '>') {
                        p++;
                    }
                }
            }
        }
        return p;
    }

    /** For elements whose content is not elements, the index after their end tag; else {@code p}. */
    private static int skipRawText(String html, String tag, int p) {
        for (String raw : RAW_TEXT) {
            if (raw.equals(tag)) {
                int end = html.toLowerCase(Locale.ROOT).indexOf("</" + tag, p);
                return end < 0 ? html.length() : end;
            }
        }
        return p;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
