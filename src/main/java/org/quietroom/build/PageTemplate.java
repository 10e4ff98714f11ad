package org.quietroom.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fills one page template for one language. Placeholders: {@code {{lang}}}, {@code {{dir}}}, {@code {{csp}}},
 * {@code {{hosts}}}, {@code {{exit}}}, {@code {{questions}}} (every question as a plain list, {@link QuestionList}),
 * {@code {{msg:key}}} (HTML-escaped catalog text) and
 * {@code {{sri:path}}} (the integrity value of a file already written to the site). An unknown placeholder
 * or a missing message stops the build.
 */
final class PageTemplate {
    private final String template;
    private final Catalog catalog;
    private final Path site;
    private final String hosts;

    PageTemplate(String template, Catalog catalog, Path site, String hosts) {
        this.template = template;
        this.catalog = catalog;
        this.site = site;
        this.hosts = hosts;
    }

    String render() {
        String text = template.replace("{{lang}}", catalog.lang());
        StringBuilder out = new StringBuilder(text.length() + 4096);
        int i = 0;
        while (true) {
            int start = text.indexOf("{{", i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            int end = text.indexOf("}}", start);
            if (end < 0) {
                throw new IllegalStateException("Unclosed placeholder at " + start);
            }
            out.append(text, i, start);
            out.append(value(text.substring(start + 2, end)));
            i = end + 2;
        }
        return out.toString();
    }

    private String value(String name) {
        if (name.startsWith("msg:")) {
            return escape(catalog.get(name.substring(4)));
        }
        if (name.startsWith("sri:")) {
            try {
                return SiteBuilder.sri(Files.readAllBytes(site.resolve(name.substring(4))));
            } catch (IOException e) {
                throw new UncheckedIOException("SRI for a file not built: " + name, e);
            }
        }
        switch (name) {
            case "dir":
                return catalog.dir();
            case "csp":
                return escape(Headers.META_CSP);
            case "hosts":
                return escape(hosts);
            case "exit":
                return escape(SiteBuilder.DEFAULT_EXIT);
            case "questions":
                return QuestionList.html(catalog);
            default:
                throw new IllegalStateException("Unknown placeholder {{" + name + "}}");
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }
}
