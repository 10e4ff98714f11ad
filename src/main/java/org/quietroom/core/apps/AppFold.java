package org.quietroom.core.apps;

/**
 * How typed text is compared with the list: case, spaces and punctuation, accents and look-alike characters
 * (Cyrillic and Greek letters that look Latin, full-width forms) do not matter. No regex, no Normalizer.
 */
public final class AppFold {
    /** Longer input is cut here: no app name or package name in the list is near this long. */
    public static final int MAX_INPUT = 200;

    /** Pairs: a character, then the Latin letter it reads as. Accented Latin letters and look-alikes. */
    private static final String FOLD = "àaáaâaãaäaåaāaăaąaçcćcčcďdèeéeêeëeēeėeęeěeìiíiîiïiīiįiıiñnńnňnòoóoôoõoöoøoōoő"
            + "oùuúuûuüuūuůuűuųuýyÿyžzźzżzšsśsşsřrťtľlłlğgßs"
            // Cyrillic that looks Latin
            + "аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsԁdɡgһh"
            // Greek that looks Latin
            + "αaβbεeιiκkνvοoρpτtυuχxγy";

    private AppFold() {
    }

    private static String cut(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > MAX_INPUT ? value.substring(0, MAX_INPUT) : value;
    }

    private static char letter(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c >= '\uff01' && c <= '\uff5e') {
            // full-width ASCII
            c = (char) (c - 0xfee0);
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c < 0x80) {
            return c;
        }
        char lower = Character.toLowerCase(c);
        for (int i = 0; i + 1 < FOLD.length(); i += 2) {
            if (FOLD.charAt(i) == lower) {
                return FOLD.charAt(i + 1);
            }
        }
        return lower;
    }

    /** An app name as a key: letters and digits only, folded ("Mobile Tracker Free" → "mobiletrackerfree"). */
    public static String name(String value) {
        String v = cut(value);
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = letter(v.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (c >= 0x80 && Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A package name or bundle id as a key: folded, without spaces; dots, digits and underscores stay. */
    public static String pkg(String value) {
        String v = cut(value);
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = letter(v.charAt(i));
            if (c == '\u3002' || c == '\uff0e') {
                c = '.';
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-') {
                sb.append(c);
            }
        }
        // A package name copied with a trailing dot or surrounding dots
        int start = 0;
        int end = sb.length();
        while (start < end && sb.charAt(start) == '.') {
            start++;
        }
        while (end > start && sb.charAt(end - 1) == '.') {
            end--;
        }
        return sb.substring(start, end);
    }

    /** Words for {@link Suggestive}: folded letters, every other character a single space. */
    public static String words(String value) {
        String v = cut(value);
        StringBuilder sb = new StringBuilder(v.length() + 2).append(' ');
        for (int i = 0; i < v.length(); i++) {
            char c = letter(v.charAt(i));
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (c >= 0x80 && Character.isLetterOrDigit(c));
            if (keep) {
                sb.append(c);
            } else if (sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
        }
        if (sb.charAt(sb.length() - 1) != ' ') {
            sb.append(' ');
        }
        return sb.toString();
    }
}
