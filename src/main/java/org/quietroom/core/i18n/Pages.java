package org.quietroom.core.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules the site builder and the page share about a page's languages, written once: the file of each language's
 * page, the items of the language switcher, and the {@code data-ma} list that marks catalog words in attributes
 * (so the page can change language in place).
 */
public final class Pages {
    /** The attribute naming the catalog key of each attribute value ({@link #markedAttributes}). */
    public static final String MARKED_ATTRIBUTES = "data-ma";

    private Pages() {
    }

    /** The page file of a language for a page name ("index" gives index.html for English, index.es.html). */
    public static String file(String page, String lang) {
        return LanguageChoice.FALLBACK.equals(lang) ? page + ".html" : page + "." + lang + ".html";
    }

    /**
     * One item of the language switcher: the current language as text ({@code aria-current}), every other as a link
     * to its page ({@link #href}).
     */
    public record Item(String lang, boolean current, String href) {
    }

    /** The switcher's items for {@code page} ("index", "apps"), in the shipped order. */
    public static List<Item> switcher(String page, List<String> shipped, String current) {
        List<Item> items = new ArrayList<>(shipped.size());
        for (String lang : shipped) {
            boolean here = lang.equals(current);
            items.add(new Item(lang, here, here ? "" : file(page, lang)));
        }
        return items;
    }

    /** One attribute whose value is catalog text: its name and the catalog key. */
    public record Marked(String attribute, String key) {
    }

    /** The {@code data-ma} value for these attributes: {@code name=key;name=key}. */
    public static String markAttributes(List<Marked> marked) {
        StringBuilder sb = new StringBuilder();
        for (Marked m : marked) {
            if (m.attribute().isEmpty() || m.attribute().indexOf('=') >= 0 || m.attribute().indexOf(';') >= 0
                    || m.key().indexOf(';') >= 0) {
                throw new IllegalArgumentException("not an attribute name and a key: " + m);
            }
            sb.append(sb.length() == 0 ? "" : ";").append(m.attribute()).append('=').append(m.key());
        }
        return sb.toString();
    }

    /**
     * Reads a {@code data-ma} value back. A part without a name or a key is left out (something else may have
     * changed the value: the page then fills only what it can still read).
     */
    public static List<Marked> markedAttributes(String value) {
        List<Marked> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        int start = 0;
        while (start < value.length()) {
            int end = value.indexOf(';', start);
            if (end < 0) {
                end = value.length();
            }
            int eq = value.indexOf('=', start);
            if (eq > start && eq + 1 < end) {
                out.add(new Marked(value.substring(start, eq), value.substring(eq + 1, end)));
            }
            start = end + 1;
        }
        return out;
    }
}
