package org.quietroom.core.helplines;

/**
 * How a number is compared with the text it was copied from: what a person would dial. Spaces, hyphens, en and
 * em dashes and dots between two digits are dropped ({@code 0808 2000 247}, {@code 800–799}), and a word of
 * capitals written right after a number is read as the letters on a phone's keypad ({@code 0800 REFUGE},
 * {@code 800–799–SAFE}, {@code 1800RESPECT}), since that is what the digits are. Anything else (letters in
 * lower case, slashes, parentheses, quotes) stays and separates numbers.
 */
public final class Digits {
    private Digits() {
    }

    /** {@code text} with keypad words turned into digits and separators between digits dropped. */
    public static String normalise(String text) {
        String keyed = keypadWords(text);
        StringBuilder out = new StringBuilder(keyed.length());
        for (int i = 0; i < keyed.length(); i++) {
            char c = keyed.charAt(i);
            if (isSeparator(c) && out.length() > 0 && isDigit(out.charAt(out.length() - 1))) {
                int j = i;
                while (j < keyed.length() && isSeparator(keyed.charAt(j))) {
                    j++;
                }
                if (j < keyed.length() && isDigit(keyed.charAt(j))) {
                    i = j - 1;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The digits of {@code number} (a {@code +} and anything else dropped). */
    public static String of(String number) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (isDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * True when the digits of {@code number} appear in {@link #normalise normalised} {@code text} as a whole
     * number: not preceded or followed by another digit.
     */
    public static boolean appearIn(String number, String text) {
        String digits = of(number);
        if (digits.isEmpty()) {
            return false;
        }
        String haystack = normalise(text);
        int from = 0;
        while (true) {
            int at = haystack.indexOf(digits, from);
            if (at < 0) {
                return false;
            }
            int end = at + digits.length();
            boolean before = at == 0 || !isDigit(haystack.charAt(at - 1));
            boolean after = end == haystack.length() || !isDigit(haystack.charAt(end));
            if (before && after) {
                return true;
            }
            from = at + 1;
        }
    }

    private static String keypadWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                int end = i;
                while (end < text.length() && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z') {
                    end++;
                }
                boolean word = end - i >= 3 && (end == text.length() || !Character.isLetter(text.charAt(end)))
                        && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
                if (word && digitBefore(text, i)) {
                    for (int k = i; k < end; k++) {
                        out.append(keypad(text.charAt(k)));
                    }
                } else {
                    out.append(text, i, end);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean digitBefore(String text, int at) {
        int j = at - 1;
        while (j >= 0 && isSeparator(text.charAt(j))) {
            j--;
        }
        return j >= 0 && isDigit(text.charAt(j)) && at - j <= 2;
    }

    private static char keypad(char c) {
        String keys = "22233344455566677778889999";
        return keys.charAt(c - 'A');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\u00a0' || c == '-' || c == '\u2013' || c == '\u2014' || c == '.';
    }
}
