package org.quietroom.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fills one page template for one language. Placeholders: {@code {{lang}}}, {@code {{dir}}}, {@code {{csp}}},
 * {@code {{hosts}}}, {@code {{exit}}} (the default quick-exit target), {@code {{msg:key}}} (HTML-escaped catalog
 * text), {@code {{sri:path}}} (the integrity value of a file already written to the site), {@code {{languages}}}
 * (the language switcher's links), {@code {{language-options}}} (one {@code <option>} per shipped language),
 * {@code {{default-contacts}}} (the built-in helplines as list items, see {@link ContactsHtml}),
 * {@code {{questions}}} (every question as a plain list, {@link QuestionList}) and {@code {{structure}}} (the
 * page's own element and attribute counts, {@link PageStructure}, computed from the rendered page). An unknown
 * placeholder or a missing message stops the build.
 */
final class PageTemplate {
    /** Marks where the structure goes; it is computed once everything else is in place. */
    private static final String STRUCTURE_MARK = "\u0000structure\u0000";

    private final String template;
    private final Catalog catalog;
    private final List<Catalog> all;
    private final Path site;
    private final String hosts;

    PageTemplate(String template, Catalog catalog, List<Catalog> all, Path site, String hosts) {
        this.template = template;
        this.catalog = catalog;
        this.all = all;
        this.site = site;
        this.hosts = hosts;
    }

    /** The page file of a language for a page name ("index" → index.html for English, index.es.html). */
    static String pageFile(String page, String lang) {
        return Catalog.REFERENCE.equals(lang) ? page + ".html" : page + "." + lang + ".html";
    }

    /** Links to this page in every other shipped language; plain links, so they work without JavaScript. */
    private String languages() {
        StringBuilder sb = new StringBuilder();
        for (Catalog other : all) {
            String name = escape(other.get("page.lang-name"));
            sb.append("<li>");
            if (other.lang().equals(catalog.lang())) {
                sb.append("<span aria-current=\"page\" lang=\"").append(other.lang()).append("\">").append(name)
                        .append("</span>");
            } else {
                sb.append("<a href=\"").append(pageFile("index", other.lang())).append("\" hreflang=\"")
                        .append(other.lang()).append("\" lang=\"").append(other.lang()).append("\" dir=\"")
                        .append(other.dir()).append("\" data-lang=\"").append(other.lang()).append("\">")
                        .append(name).append("</a>");
            }
            sb.append("</li>");
        }
        return sb.toString();
    }

    String render() {
        String page = fill();
        // The value of the structure meta does not change the counts (it is one attribute value either way).
        return page.replace(STRUCTURE_MARK, escape(PageStructure.of(page)));
    }

    private String fill() {
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
            case "languages":
                return languages();
            case "exit":
                return escape(SiteBuilder.DEFAULT_EXIT);
            case "structure":
                return STRUCTURE_MARK;
            case "default-contacts":
                return ContactsHtml.defaults(catalog);
            case "language-options":
                return languageOptions();
            case "questions":
                return QuestionList.html(catalog);
            default:
                throw new IllegalStateException("Unknown placeholder {{" + name + "}}");
        }
    }

    /** One {@code <option value="tag">name</option>} per catalog, each named in its own language. */
    private String languageOptions() {
        StringBuilder sb = new StringBuilder();
        for (Catalog c : all) {
            sb.append("<option value=\"").append(escape(c.lang())).append("\" lang=\"").append(escape(c.lang()))
                    .append("\">").append(escape(c.get("page.lang-name"))).append("</option>");
        }
        return sb.toString();
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
