package org.quietroom.core.preset;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes {@code NameTables.java} from ICU4J's Unicode data: which characters are default-ignorable or format
 * characters, the script of every letter and digit, and what each character can be mistaken for (UTS #39
 * confusables, case-folded, without accents) as far as the built-in helplines' names need it. Run it after
 * changing {@link HelplineNames} or updating ICU4J:
 * {@code mvn -o -q compiler:testCompile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.quietroom.core.preset.NameTablesSource}; NameTablesTest fails while the file differs.
 */
public final class NameTablesSource {
    static final Path FILE = Path.of("src/main/java/org/quietroom/core/preset/NameTables.java");
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    private NameTablesSource() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, generate(), StandardCharsets.UTF_8);
    }

    static boolean ignorable(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.getType(cp) == UCharacter.FORMAT;
    }

    /** Common-script letters that are not modifier letters (mathematical alphanumerics, ℂ, ℕ, ...). */
    static final int COMMON_LETTERS = 255;

    /**
     * The script {@link NameRules} gives a letter or digit: ICU's, except that Common and Inherited letters and
     * the symbols and marks that look like a Latin letter (Ⓐ, ⒜, 𝐀, ℕ, but not modifier letters) are a class of
     * their own, so they cannot stand in for letters inside a name of another script.
     */
    static int script(int cp) {
        int s = UScript.getScript(cp);
        if ((s == UScript.COMMON || s == UScript.INHERITED) && UCharacter.getType(cp) != UCharacter.MODIFIER_LETTER
                && !UCharacter.isDigit(cp) && (UCharacter.isLetter(cp) || looksLikeALetter(cp))) {
            return COMMON_LETTERS;
        }
        return s;
    }

    /** A character whose look-alike has a letter a-z in it. */
    private static boolean looksLikeALetter(int cp) {
        if (ignorable(cp) || !assigned(cp) || cp < 0x80) {
            return false;
        }
        String v = confusable(cp);
        if (v == null) {
            return false;
        }
        for (char c : v.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** What the name rules count as a letter or digit above ASCII. */
    static boolean letterOrDigit(int cp) {
        return !ignorable(cp) && (UCharacter.isLetterOrDigit(cp) || looksLikeALetter(cp));
    }

    /** What {@code cp} can be mistaken for, as lower-case ASCII letters and digits, or null if not ASCII. */
    static String confusable(int cp) {
        String s = new String(Character.toChars(cp));
        String[] tries = {SPOOF.getSkeleton(NFKC_CF.normalize(s)), SPOOF.getSkeleton(UCharacter.foldCase(s, true)),
            SPOOF.getSkeleton(s), SPOOF.getSkeleton(stripMarks(NFD.normalize(NFKC_CF.normalize(s)))),
            SPOOF.getSkeleton(stripMarks(NFD.normalize(s)))};
        for (String t : tries) {
            if (isAscii(t)) {
                return alnum(t);
            }
        }
        return null;
    }

    /** What the runtime does with {@code cp} when the table has no entry for it. */
    static String runtimeDefault(int cp) {
        if (cp < 0x80) {
            return fold(String.valueOf((char) cp));
        }
        return letterOrDigit(cp) ? new String(Character.toChars(cp)) : "";
    }

    /** Lower-case ASCII letters and digits only, with l read as i (see NameRules). */
    static String fold(String ascii) {
        StringBuilder b = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            char d = Character.toLowerCase(c);
            if (d == 'l') {
                d = 'i';
            }
            if ((d >= 'a' && d <= 'z') || (d >= '0' && d <= '9')) {
                b.append(d);
            }
        }
        return b.toString();
    }

    private static String alnum(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            char d = Character.toLowerCase(c);
            if ((d >= 'a' && d <= 'z') || (d >= '0' && d <= '9')) {
                b.append(d);
            }
        }
        return b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20 || s.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static String stripMarks(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (UCharacter.getType(c) != UCharacter.NON_SPACING_MARK) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static boolean assigned(int cp) {
        return UCharacter.isDefined(cp) && !(cp >= 0xD800 && cp <= 0xDFFF);
    }

    /** Scripts whose look-alikes (with Common and Inherited ones) can spell a whole built-in helpline name. */
    static Set<Integer> spellingScripts(TreeMap<Integer, String> all) {
        List<String> needs = new ArrayList<>();
        for (DefaultContact c : DefaultContacts.ALL) {
            for (String name : HelplineNames.of(c.id())) {
                needs.add(fold(alnum(name)));
            }
        }
        TreeMap<Integer, Set<Character>> reach = new TreeMap<>();
        for (var e : all.entrySet()) {
            int script = script(e.getKey());
            for (char ch : fold(e.getValue()).toCharArray()) {
                reach.computeIfAbsent(script, k -> new HashSet<>()).add(ch);
            }
        }
        Set<Character> shared = new HashSet<>();
        shared.addAll(reach.getOrDefault(UScript.COMMON, Set.of()));
        shared.addAll(reach.getOrDefault(UScript.INHERITED, Set.of()));
        Set<Integer> out = new HashSet<>(Set.of(UScript.COMMON, UScript.INHERITED, UScript.LATIN, COMMON_LETTERS));
        for (var e : reach.entrySet()) {
            Set<Character> can = new HashSet<>(shared);
            can.addAll(e.getValue());
            for (String need : needs) {
                boolean all1 = !need.isEmpty();
                for (char ch : need.toCharArray()) {
                    all1 &= can.contains(ch);
                }
                if (all1) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    static String generate() {
        // Default-ignorable and format characters, as ranges.
        StringBuilder ignorable = new StringBuilder();
        int count = 0;
        int ignorableLast = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (ignorable(cp) && (cp == 0 || !ignorable(cp - 1))) {
                int end = cp;
                while (end + 1 <= 0x10FFFF && ignorable(end + 1)) {
                    end++;
                }
                number(ignorable, cp - ignorableLast);
                number(ignorable, end - cp);
                ignorableLast = end;
                count++;
                cp = end;
            }
        }
        // Scripts of letters and digits above ASCII, as runs that may cover non-letters between letters of one
        // script.
        StringBuilder scripts = new StringBuilder();
        int scriptLast = 0;
        int runStart = -1;
        int runEnd = -1;
        int runScript = -1;
        int runs = 0;
        boolean gapOk = true;
        for (int cp = 0x80; cp <= 0x10FFFF; cp++) {
            if (!letterOrDigit(cp)) {
                // A run may cover unassigned code points and non-letters of its own script, never a Common or
                // Inherited character (punctuation, symbols, marks shared by all scripts).
                int gs = UScript.getScript(cp);
                gapOk &= !assigned(cp) || (gs != UScript.COMMON && gs != UScript.INHERITED && gs == runScript);
                continue;
            }
            int s = script(cp);
            if (s == runScript && gapOk) {
                runEnd = cp;
                continue;
            }
            gapOk = true;
            if (runStart >= 0) {
                number(scripts, runStart - scriptLast);
                number(scripts, runEnd - runStart);
                number(scripts, runScript);
                scriptLast = runEnd;
                runs++;
            }
            runStart = cp;
            runEnd = cp;
            runScript = s;
        }
        number(scripts, runStart - scriptLast);
        number(scripts, runEnd - runStart);
        number(scripts, runScript);
        runs++;
        // Confusables, as runs of code points that map to one value or to consecutive letters.
        TreeMap<Integer, String> all = new TreeMap<>();
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (!assigned(cp) || ignorable(cp)) {
                continue;
            }
            String value = confusable(cp);
            if (value != null && !fold(value).equals(fold(runtimeDefault(cp)))
                    && !(cp >= 0x80 && !letterOrDigit(cp) && fold(value).isEmpty())) {
                all.put(cp, value);
            }
        }
        Set<Integer> keep = spellingScripts(all);
        Set<Character> alphabet = new HashSet<>();
        for (DefaultContact c : DefaultContacts.ALL) {
            for (String name : HelplineNames.of(c.id())) {
                for (char ch : fold(alnum(name)).toCharArray()) {
                    alphabet.add(ch);
                }
            }
        }
        // A look-alike of a letter no protected name has can never be part of a match, so it is left out.
        TreeMap<Integer, String> table = new TreeMap<>();
        for (var e : all.entrySet()) {
            boolean useful = true;
            for (char ch : fold(e.getValue()).toCharArray()) {
                useful &= alphabet.contains(ch);
            }
            if (keep.contains(script(e.getKey()))) {
                table.put(e.getKey(), useful ? e.getValue() : "\0" + e.getValue());
            }
        }
        StringBuilder confusables = new StringBuilder();
        last = 0;
        int records = 0;
        int start = -1;
        int length = 0;
        int step = 0;
        String first = null;
        boolean anyUseful = false;
        for (var e : table.entrySet()) {
            int cp = e.getKey();
            boolean useful = !e.getValue().startsWith("\0");
            String v = useful ? e.getValue() : e.getValue().substring(1);
            if (start >= 0 && cp == start + length) {
                boolean extends1 = (length == 1 || step == 0) && v.equals(first);
                boolean counts = (length == 1 || step == 1) && v.length() == 1 && first.length() == 1
                        && v.charAt(0) == first.charAt(0) + length;
                if (extends1 || counts) {
                    step = extends1 ? 0 : 1;
                    length++;
                    anyUseful |= useful;
                    continue;
                }
            }
            if (start >= 0 && anyUseful) {
                record(confusables, start, length, step, first);
                records++;
            }
            start = cp;
            length = 1;
            step = 0;
            first = v;
            anyUseful = useful;
        }
        if (anyUseful) {
            record(confusables, start, length, step, first);
            records++;
        }
        StringBuilder out = new StringBuilder();
        out.append("package org.quietroom.core.preset;\n\n");
        out.append("/**\n * GENERATED by NameTablesSource (src/test) from ICU4J ").append(com.ibm.icu.util.VersionInfo
                .ICU_VERSION).append(" (Unicode ").append(UCharacter.getUnicodeVersion())
                .append("): do not edit. NameTablesTest\n * checks it against ICU4J.")
                .append(" The Unicode data {@link NameRules} needs, without ICU (TeaVM has none).\n */\n");
        out.append("final class NameTables {\n");
        out.append("    static final int NOT_A_LETTER = -1;\n");
        for (String[] s : new String[][] {{"COMMON", "COMMON"}, {"INHERITED", "INHERITED"}, {"LATIN", "LATIN"},
            {"HAN", "HAN"}, {"HIRAGANA", "HIRAGANA"}, {"KATAKANA", "KATAKANA"}, {"BOPOMOFO", "BOPOMOFO"},
            {"HANGUL", "HANGUL"}}) {
            int value;
            try {
                value = UScript.class.getField(s[1]).getInt(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            out.append("    static final int ").append(s[0]).append(" = ").append(value).append(";\n");
        }
        out.append("    /** Letters of the Common script that are not modifier letters: mathematical letters, \u2102, ... */\n");
        out.append("    static final int COMMON_LETTERS = ").append(COMMON_LETTERS).append(";\n");
        out.append("\n    /** ").append(count).append(" ranges of default-ignorable and format characters: (gap from the"
                + " previous range's last, length - 1). */\n");
        out.append("    private static final String IGNORABLE = ");
        literal(out, ignorable);
        out.append(";\n\n    /** ").append(runs).append(" runs of letters and digits above ASCII: (gap from the previous"
                + " run's last, length - 1, ICU's script code). */\n");
        out.append("    private static final String SCRIPTS = ");
        literal(out, scripts);
        out.append(";\n\n    /** ").append(records).append(" runs of look-alikes: (gap from the previous run's end, count,"
                + " 2 * value length + step, value letters); step 1: the value's letter counts up. */\n");
        out.append("    private static final String CONFUSABLES = ");
        literal(out, confusables);
        out.append(";\n\n");
        out.append(RUNTIME);
        out.append("}\n");
        return out.toString();
    }

    private static final String RUNTIME = """
                private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
                /** Pairs (first, last). */
                private static final int[] IGNORABLE_RANGES = ranges(IGNORABLE, false);
                /** Triples (first, last, script). */
                private static final int[] SCRIPT_RANGES = ranges(SCRIPTS, true);
                /** Records (first, count, step, value index); values in CONFUSABLE_VALUES. */
                private static final int[] CONFUSABLE_RUNS;
                private static final String[] CONFUSABLE_VALUES;

                static {
                    int[] numbers = numbers(CONFUSABLES);
                    int records = 0;
                    for (int i = 0; i < numbers.length; i += 3 + numbers[i + 2] / 2) {
                        records++;
                    }
                    CONFUSABLE_RUNS = new int[4 * records];
                    CONFUSABLE_VALUES = new String[records];
                    int last = 0;
                    int r = 0;
                    for (int i = 0; i < numbers.length; i += 3 + numbers[i + 2] / 2) {
                        int start = last + numbers[i];
                        int count = numbers[i + 1];
                        int length = numbers[i + 2] / 2;
                        StringBuilder value = new StringBuilder(length);
                        for (int k = 0; k < length; k++) {
                            int v = numbers[i + 3 + k];
                            value.append((char) (v < 26 ? 'a' + v : '0' + (v - 26)));
                        }
                        CONFUSABLE_RUNS[4 * r] = start;
                        CONFUSABLE_RUNS[4 * r + 1] = count;
                        CONFUSABLE_RUNS[4 * r + 2] = numbers[i + 2] % 2;
                        CONFUSABLE_VALUES[r] = value.toString();
                        last = start + count;
                        r++;
                    }
                }

                private NameTables() {
                }

                /** True for a default-ignorable or format character. */
                static boolean isIgnorable(int cp) {
                    return find(IGNORABLE_RANGES, 2, cp) >= 0;
                }

                /** The script of a letter or digit ({@link #COMMON} for ASCII digits), or {@link #NOT_A_LETTER}. */
                static int script(int cp) {
                    if (cp < 0x80) {
                        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
                            return LATIN;
                        }
                        return cp >= '0' && cp <= '9' ? COMMON : NOT_A_LETTER;
                    }
                    int at = find(SCRIPT_RANGES, 3, cp);
                    return at < 0 ? NOT_A_LETTER : SCRIPT_RANGES[3 * at + 2];
                }

                /** What {@code cp} can be mistaken for, as ASCII letters and digits, or null when the table has nothing. */
                static String confusable(int cp) {
                    int lo = 0;
                    int hi = CONFUSABLE_VALUES.length - 1;
                    int found = -1;
                    while (lo <= hi) {
                        int mid = (lo + hi) >>> 1;
                        if (CONFUSABLE_RUNS[4 * mid] <= cp) {
                            found = mid;
                            lo = mid + 1;
                        } else {
                            hi = mid - 1;
                        }
                    }
                    if (found < 0) {
                        return null;
                    }
                    int start = CONFUSABLE_RUNS[4 * found];
                    if (cp >= start + CONFUSABLE_RUNS[4 * found + 1]) {
                        return null;
                    }
                    String value = CONFUSABLE_VALUES[found];
                    if (CONFUSABLE_RUNS[4 * found + 2] == 0 || cp == start) {
                        return value;
                    }
                    return String.valueOf((char) (value.charAt(0) + (cp - start)));
                }

                /** The index of the range of {@code table} (records of {@code per} ints: first, last, ...) holding {@code cp}. */
                private static int find(int[] table, int per, int cp) {
                    int lo = 0;
                    int hi = table.length / per - 1;
                    while (lo <= hi) {
                        int mid = (lo + hi) >>> 1;
                        if (cp < table[per * mid]) {
                            hi = mid - 1;
                        } else if (cp > table[per * mid + 1]) {
                            lo = mid + 1;
                        } else {
                            return mid;
                        }
                    }
                    return -1;
                }

                /** Ranges written as (gap, length - 1[, script]) into (first, last[, script]). */
                private static int[] ranges(String text, boolean withScript) {
                    int[] numbers = numbers(text);
                    int per = withScript ? 3 : 2;
                    int[] out = new int[numbers.length];
                    int last = 0;
                    for (int i = 0; i < numbers.length; i += per) {
                        int first = last + numbers[i];
                        last = first + numbers[i + 1];
                        out[i] = first;
                        out[i + 1] = last;
                        if (withScript) {
                            out[i + 2] = numbers[i + 2];
                        }
                    }
                    return out;
                }

                /** The numbers of a table's text: 5-bit groups, low first, a group with more to come offset by 32. */
                private static int[] numbers(String text) {
                    int count = 0;
                    for (int i = 0; i < text.length(); i++) {
                        if (DIGITS.indexOf(text.charAt(i)) < 32) {
                            count++;
                        }
                    }
                    int[] out = new int[count];
                    int o = 0;
                    int value = 0;
                    int shift = 0;
                    for (int i = 0; i < text.length(); i++) {
                        int d = DIGITS.indexOf(text.charAt(i));
                        value |= (d & 31) << shift;
                        shift += 5;
                        if (d < 32) {
                            out[o++] = value;
                            value = 0;
                            shift = 0;
                        }
                    }
                    return out;
                }
            """;

    /** The alphabet of the tables' text: printable ASCII only, so the compiled page carries them compactly. */
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    /** Appends {@code v} (0 or more) as 5-bit groups, low first; a group with more to come is offset by 32. */
    static void number(StringBuilder sb, int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative " + v);
        }
        while (v >= 32) {
            sb.append(DIGITS.charAt(32 + (v & 31)));
            v >>>= 5;
        }
        sb.append(DIGITS.charAt(v));
    }

    /** A look-alike letter or digit as a number: a-z are 0-25, 0-9 are 26-35. */
    private static int letter(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : 26 + (c - '0');
    }

    private static int last;

    private static void code(StringBuilder sb, int cp) {
        throw new UnsupportedOperationException();
    }

    private static void record(StringBuilder sb, int start, int length, int step, String value) {
        number(sb, start - last);
        number(sb, length);
        number(sb, value.length() * 2 + step);
        for (char c : value.toCharArray()) {
            number(sb, letter(c));
        }
        last = start + length;
    }

    /** A Java string literal, every character outside printable ASCII escaped, broken into lines. */
    private static void literal(StringBuilder out, CharSequence s) {
        out.append('"');
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String piece;
            if (c == '\n') {
                piece = "\\n";
            } else if (c == '\r') {
                piece = "\\r";
            } else if (c == '"' || c == '\\') {
                piece = "\\" + c;
            } else if (c >= 0x20 && c < 0x7F) {
                piece = String.valueOf(c);
            } else {
                piece = String.format("\\u%04x", (int) c);
            }
            if (col + piece.length() > 100) {
                out.append("\"\n            + \"");
                col = 0;
            }
            out.append(piece);
            col += piece.length();
        }
        out.append('"');
    }
}
