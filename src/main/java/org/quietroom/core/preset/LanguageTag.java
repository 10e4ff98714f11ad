package org.quietroom.core.preset;

/**
 * The language a preset asks the page to use: a small subset of BCP 47 (RFC 5646 §2.1), a 2- or 3-letter
 * lower-case language subtag, optionally followed by {@code -} and a region subtag of two upper-case letters
 * ({@code pt-BR}) or three digits ({@code es-419}, UN M.49). Only this canonical case is accepted, so each
 * language has one spelling in a link. Whether a catalog exists for it is for the page to decide.
 */
public final class LanguageTag {
    private LanguageTag() {
    }

    /** True when {@code tag} has the shape described above. */
    public static boolean isValid(String tag) {
        if (tag == null) {
            return false;
        }
        int dash = tag.indexOf('-');
        int languageEnd = dash < 0 ? tag.length() : dash;
        if (languageEnd < 2 || languageEnd > 3 || !all(tag, 0, languageEnd, 'a', 'z')) {
            return false;
        }
        if (dash < 0) {
            return true;
        }
        int regionLength = tag.length() - dash - 1;
        return (regionLength == 2 && all(tag, dash + 1, tag.length(), 'A', 'Z'))
                || (regionLength == 3 && all(tag, dash + 1, tag.length(), '0', '9'));
    }

    private static boolean all(String s, int from, int to, char low, char high) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < low || c > high) {
                return false;
            }
        }
        return true;
    }
}
