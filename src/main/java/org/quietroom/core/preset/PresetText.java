package org.quietroom.core.preset;

/**
 * The plain-text rules for every text field of a preset (organisation, labels, hours, title, message).
 *
 * <p>A link is written by someone the reader cannot see, so text from it must not be able to hide or reorder
 * what is shown around it. Bidirectional formatting characters (Unicode UAX #9: U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069) can make "Call 0808..." display as something else, or spill into the page's
 * own wording; controls and invisible characters (U+200B, U+2060, U+FEFF, U+00AD, ...) can hide text or break
 * layout; Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) show as blanks. Text is one line: every kind of space, tab and line break becomes one ordinary space.
 *
 * <p>Kept on purpose: U+200C and U+200D (zero-width non-joiner and joiner), which Persian, Indic scripts and
 * emoji need, variation selectors and tag characters (emoji and flags). They cannot make a field look
 * non-empty on their own: see {@link #hasVisible}. Markup characters such as {@code <} are ordinary text: the
 * page always shows preset text as text, never as HTML.
 *
 * <p>{@link #clean} is for a form where an advocate types; {@link #isClean} is what a preset requires, so a
 * link carries only text that cleaning would leave unchanged.
 */
public final class PresetText {
    private PresetText() {
    }

    /**
     * The canonical form of {@code raw}: forbidden characters and lone surrogates removed, runs of any
     * whitespace turned into one space, no leading or trailing space. {@code null} becomes the empty string.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int cp = c;
            i++;
            if (Character.isHighSurrogate(c) && i < raw.length() && Character.isLowSurrogate(raw.charAt(i))) {
                cp = Character.toCodePoint(c, raw.charAt(i));
                i++;
            } else if (Character.isSurrogate(c)) {
                continue;
            }
            if (isSpace(cp)) {
                pendingSpace = out.length() > 0;
            } else if (!isForbidden(cp)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** True when {@code text} is already in canonical form (see {@link #clean}). */
    public static boolean isClean(String text) {
        return text != null && clean(text).equals(text);
    }

    /**
     * True when {@code text} has at least one character that shows: not a space and not one of the invisible
     * characters that are kept for joining (U+034F, U+200C, U+200D, U+2800, variation selectors, tags). A
     * label of nothing but joiners would be an invisible link.
     */
    public static boolean hasVisible(String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean invisible = cp == ' ' || cp == 0x034F || cp == 0x200C || cp == 0x200D || cp == 0x2800
                    || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0000 && cp <= 0xE007F)
                    || (cp >= 0xE0100 && cp <= 0xE01EF);
            if (!invisible) {
                return true;
            }
        }
        return false;
    }

    /** The length a person would count, in Unicode code points (a surrogate pair is one). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Any space, tab or line break, which in one-line text all mean one ordinary space. */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
                || cp == 0x205F || cp == 0x3000;
    }

    /** Characters cleaning removes outright (tested after {@link #isSpace}, so tab and newline become spaces). */
    static boolean isForbidden(int cp) {
        return isControl(cp) || isBidiControl(cp) || isInvisible(cp) || isNoncharacter(cp)
                || (cp >= 0xD800 && cp <= 0xDFFF);
    }

    /** C0 and C1 controls and DEL. */
    static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    }

    /** The explicit bidirectional formatting characters of UAX #9 (embeddings, overrides, isolates, marks). */
    public static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static boolean isInvisible(int cp) {
        return cp == 0x00AD || cp == 0x115F || cp == 0x1160 || cp == 0x180E || cp == 0x200B
                || (cp >= 0x2060 && cp <= 0x2064) || cp == 0x3164 || cp == 0xFFA0
                || (cp >= 0x206A && cp <= 0x206F) || cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB);
    }

    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
