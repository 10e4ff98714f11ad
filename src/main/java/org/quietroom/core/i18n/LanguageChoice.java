package org.quietroom.core.i18n;

import java.util.List;
import org.quietroom.core.Text;

/**
 * Chooses the page language, in this order: the advocate link's preset, else what the person picked with the
 * switcher, else the browser's languages (first match wins, region ignored when only the base language is
 * shipped), else English. Nothing is remembered between visits: there is nowhere to remember it.
 */
public final class LanguageChoice {
    public static final String FALLBACK = "en";

    private LanguageChoice() {
    }

    /**
     * @param preset     the advocate link's language, or "" when there is none
     * @param picked     the language picked with the switcher in this visit, or ""
     * @param browser    navigator.languages, most preferred first (may be empty)
     * @param available  the shipped languages
     */
    public static String choose(String preset, String picked, List<String> browser, List<String> available) {
        String p = match(preset, available);
        if (!p.isEmpty()) {
            return p;
        }
        String s = match(picked, available);
        if (!s.isEmpty()) {
            return s;
        }
        for (String lang : browser) {
            String b = match(lang, available);
            if (!b.isEmpty()) {
                return b;
            }
        }
        return available.contains(FALLBACK) || available.isEmpty() ? FALLBACK : available.get(0);
    }

    /** The shipped language for a tag: exact (case-insensitive), else its base language; "" when none. */
    public static String match(String tag, List<String> available) {
        if (tag == null || tag.isEmpty()) {
            return "";
        }
        String lower = Text.lower(tag.trim());
        for (String a : available) {
            if (Text.lower(a).equals(lower)) {
                return a;
            }
        }
        int dash = lower.indexOf('-');
        if (dash < 0) {
            dash = lower.indexOf('_');
        }
        String base = dash < 0 ? lower : lower.substring(0, dash);
        for (String a : available) {
            if (Text.lower(a).equals(base)) {
                return a;
            }
        }
        return "";
    }
}
