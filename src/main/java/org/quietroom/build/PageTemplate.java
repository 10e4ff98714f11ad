package org.quietroom.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.i18n.Pages;
import org.quietroom.core.view.SwitcherView;
import org.quietroom.core.preset.ExitSite;
import org.quietroom.core.preset.ExitSites;

/**
 * Fills one page template for one language. Placeholders: {@code {{lang}}}, {@code {{dir}}}, {@code {{csp}}},
 * {@code {{exit}}} and {@code {{exit-name}}} (the page language's default quick-exit target,
 * {@link ExitSites#defaultFor}), {@code {{exit-options}}} (the built-in exit targets), {@code {{msg:key}}} (HTML-escaped catalog
 * text), {@code {{sri:path}}} (the integrity value of a file already written to the site), {@code {{languages}}}
 * (the language switcher's links; {@code {{languages:apps}}} for another page's), values the site builder computed
 * for one page ({@code {{apps:names}}}, {@code {{apps:names-intro}}}, {@code {{apps:credit}}}, already HTML),
 * {@code {{language-options}}} (one {@code <option>} per shipped language),
 * {@code {{default-contacts}}} (the built-in helplines as list items, see {@link ContactsHtml}),
 * {@code {{questions}}} (every question as a plain list, {@link QuestionList}), {@code {{page:name}}} (another
 * page's file in this language) and {@code {{structure}}} (the
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
    private final boolean annotate;
    /** Values the site builder computed for this page and language ({@code {{apps:names}}}), as HTML. */
    private final java.util.Map<String, String> extras;

    PageTemplate(String template, Catalog catalog, List<Catalog> all, Path site) {
        this(template, catalog, all, site, false);
    }

    PageTemplate(String template, Catalog catalog, List<Catalog> all, Path site, boolean annotate) {
        this(template, catalog, all, site, annotate, java.util.Map.of());
    }

    /**
     * With {@code annotate}, every catalog text is marked with its key ({@code data-m}, {@code data-ma}) so the
     * page can change language in place; the page for the person is, the link-making page is not.
     */
    PageTemplate(String template, Catalog catalog, List<Catalog> all, Path site, boolean annotate,
            java.util.Map<String, String> extras) {
        this.annotate = annotate;
        this.extras = extras;
        this.template = template;
        this.catalog = catalog;
        this.all = all;
        this.site = site;
    }

    /** Links to the page for the person in every other shipped language; plain links, without JavaScript. */
    private String languages() {
        return languages("index");
    }

    /** Links to {@code page} ("index", "apps") in every other shipped language. */
    private String languages(String page) {
        List<String> langs = new ArrayList<>(all.size());
        for (Catalog other : all) {
            langs.add(other.lang());
        }
        return Markup.of(SwitcherView.items(Pages.switcher(page, langs, catalog.lang()),
                lang -> all.get(langs.indexOf(lang))));
    }

    String render() {
        String page = fill();
        // The value of the structure meta does not change the counts (it is one attribute value either way).
        return page.replace(STRUCTURE_MARK, escape(PageStructure.of(page)));
    }

    private String fill() {
        String text = template.replace("{{lang}}", catalog.lang());
        StringBuilder out = new StringBuilder(text.length() + 4096);
        // Where the scan is: inside a tag's angle brackets, inside <noscript> (text with scripting on).
        boolean inTag = false;
        boolean inNoscript = false;
        // Catalog text in the current tag's attributes (written as data-ma at its end: Pages.markAttributes).
        List<Pages.Marked> tagMessages = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("{{", i)) {
                int end = text.indexOf("}}", i);
                if (end < 0) {
                    throw new IllegalStateException("Unclosed placeholder at " + i);
                }
                String name = text.substring(i + 2, end);
                i = end + 2;
                if (!annotate || !name.startsWith("msg:") || inNoscript) {
                    out.append(value(name));
                } else if (inTag) {
                    tagMessages.add(new Pages.Marked(attributeName(out), name.substring(4)));
                    out.append(value(name));
                } else {
                    textMessage(out, name.substring(4), text.startsWith("</", i));
                }
                continue;
            }
            char c = text.charAt(i);
            if (c == '<') {
                inTag = true;
                if (text.startsWith("<noscript", i)) {
                    inNoscript = true;
                } else if (text.startsWith("</noscript", i)) {
                    inNoscript = false;
                }
            } else if (c == '>' && inTag) {
                inTag = false;
                if (!tagMessages.isEmpty()) {
                    out.append(' ').append(Pages.MARKED_ATTRIBUTES).append("=\"")
                            .append(escape(Pages.markAttributes(tagMessages))).append('"');
                    tagMessages.clear();
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * Catalog text between tags. On the page for the person each one is marked with its key, so that the page
     * can change language in place (browser/LanguageSwitch): {@code data-m} on the element when the text is its
     * whole content, else the text in its own {@code <span data-m>}.
     */
    private void textMessage(StringBuilder out, String key, boolean closesNext) {
        String words = escape(catalog.get(key));
        int open = out.lastIndexOf("<");
        boolean wholeContent = closesNext && out.length() > 0 && out.charAt(out.length() - 1) == '>'
                && open >= 0 && open + 1 < out.length() && Character.isLetter(out.charAt(open + 1));
        if (wholeContent) {
            out.insert(out.length() - 1, " data-m=\"" + escape(key) + "\"");
            out.append(words);
        } else {
            out.append("<span data-m=\"").append(escape(key)).append("\">").append(words).append("</span>");
        }
    }

    /** The attribute whose quoted value the output is in: {@code name="} just before the placeholder. */
    private static String attributeName(StringBuilder out) {
        int quote = out.length() - 1;
        if (quote < 1 || out.charAt(quote) != '"' || out.charAt(quote - 1) != '=') {
            throw new IllegalStateException("A message in a tag must be a whole attribute value: name=\"{{msg:key}}\"");
        }
        int start = quote - 1;
        while (start > 0 && !Character.isWhitespace(out.charAt(start - 1))) {
            start--;
        }
        return out.substring(start, quote - 1);
    }

    private String value(String name) {
        if (name.startsWith("msg:")) {
            return escape(catalog.get(name.substring(4)));
        }
        if (name.startsWith("page:")) {
            // Another page of the site in this page's language ("page:open" → open.html, open.es.html).
            return escape(Pages.file(name.substring(5), catalog.lang()));
        }
        if (name.startsWith("languages:")) {
            return languages(name.substring(10));
        }
        if (extras.containsKey(name)) {
            return extras.get(name);
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
            case "languages":
                return languages();
            case "exit":
                return escape(ExitSites.defaultFor(catalog.lang()).url());
            case "exit-name":
                return escape(ExitSites.defaultFor(catalog.lang()).name());
            case "exit-options":
                return exitOptions();
            case "structure":
                return STRUCTURE_MARK;
            case "default-contacts":
                return ContactsHtml.defaults(catalog);
            case "helplines":
                return ContactsHtml.helplines(catalog);
            case "helpline-countries":
                return ContactsHtml.countryOptions(catalog);
            case "language-options":
                return languageOptions();
            case "other-catalogs":
                return otherCatalogs();
            case "questions":
                return QuestionList.html(catalog);
            default:
                throw new IllegalStateException("Unknown placeholder {{" + name + "}}");
        }
    }

    /** One {@code <option>} per built-in exit target ({@link ExitSites#ALL}): its name and host. */
    private static String exitOptions() {
        StringBuilder sb = new StringBuilder();
        for (ExitSite s : ExitSites.ALL) {
            sb.append("<option value=\"").append(escape(s.id())).append("\">").append(escape(s.name()))
                    .append(" (").append(escape(s.host())).append(")</option>");
        }
        return sb.toString();
    }

    /**
     * The other languages' catalogs, inert in a {@code <template>} that boot.js loads from: at once when the visit
     * may start in another language (a link, or a browser language other than the page's), else when the build's
     * script has arrived, so that they do not share the line with it. Either way before the page's load event, so
     * that the page can change language in place, keeping the answers, without a request after it has loaded.
     */
    private String otherCatalogs() {
        StringBuilder sb = new StringBuilder("<template id=\"later-catalogs\">");
        for (Catalog c : all) {
            if (!c.lang().equals(catalog.lang())) {
                String file = "messages." + c.lang() + ".js";
                sb.append("<script type=\"text/x-quietroom-inert\" src=\"").append(escape(file))
                        .append("\" integrity=\"").append(value("sri:" + file)).append("\"></script>");
            }
        }
        return sb.append("</template>").toString();
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
