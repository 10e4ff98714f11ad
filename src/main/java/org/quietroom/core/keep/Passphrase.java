package org.quietroom.core.keep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Passphrases for the locked file: a generated one of {@link #WORDS} different words from EFF's short word list
 * (1,296 words), and an estimate of how strong a person's own one is, which must reach {@link #THRESHOLD_BITS}.
 *
 * <p>Core holds no randomness: {@link #generate} is given 32-bit random values (the page takes them from
 * {@code crypto.getRandomValues}) and turns them into uniform word indexes by rejection sampling.
 *
 * <p>The estimate is deliberately simple and errs low. The passphrase is cut into runs of letters, runs of digits
 * and single other characters. A run that is a word of the list costs log2(1296) ≈ 10.3 bits, one of the common
 * passwords log2(size of that list); an alphabet or keyboard sequence or one repeated character costs the choice of
 * its start plus its length; four digits that could be a year cost log2(200); any other run costs its length ×
 * log2(alphabet), capped at {@link #WORD_CAP_BITS} for letters, because a run of letters may well be one word of
 * some language; a run seen before costs 1 bit; a space costs nothing. The whole passphrase, and the same with
 * common look-alike digits and symbols read as letters ({@code p@ssw0rd}), is also looked up among the common
 * passwords; the lower of the two estimates counts.
 */
public final class Passphrase {
    /** Words in a generated passphrase. */
    public static final int WORDS = 5;
    /**
     * The least an own passphrase must be rated: what a generated one reaches, 5 × log2(1296) ≈ 51.7 bits, rounded
     * down to a whole bit (a generated passphrase draws five different words, log2(1296·1295·1294·1293·1292) ≈ 51.68).
     */
    public static final int THRESHOLD_BITS = 51;
    /** The most a run of letters that is in no list can count for: about a word from a million. */
    public static final double WORD_CAP_BITS = 20;

    private static final String[] SEQUENCES = {"abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm",
        "qwertzuiop", "azertyuiop", "01234567890"};
    private static final String LEET_FROM = "0134578@$!";
    private static final String LEET_TO = "oleastbasi";

    private final List<String> words;
    private final Set<String> wordSet;
    private final Set<String> common;

    /**
     * @param words the word list for generated passphrases, every entry different
     * @param common the most common passwords, in lower case
     */
    public Passphrase(List<String> words, List<String> common) {
        this.words = new ArrayList<>(words);
        this.wordSet = new HashSet<>(words);
        this.common = new HashSet<>(common);
        if (wordSet.size() != words.size() || words.size() < 2) {
            throw new IllegalArgumentException("the word list must have at least two different words");
        }
    }

    /** The words of a list written one per line or separated by spaces. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || text.charAt(i) <= ' ';
            if (space && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** Words in the list. */
    public int listSize() {
        return words.size();
    }

    /**
     * A uniform number in [0, bound) from uniform 32-bit values: values at or above the largest multiple of
     * {@code bound} that fits in 2^32 are drawn again, so that every result is exactly as likely.
     */
    public static int below(int bound, IntSupplier random32) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long range = 1L << 32;
        long limit = range - range % bound;
        while (true) {
            long value = random32.getAsInt() & 0xffffffffL;
            if (value < limit) {
                return (int) (value % bound);
            }
        }
    }

    /** {@link #WORDS} different words from the list, uniformly, separated by spaces. */
    public String generate(IntSupplier random32) {
        int[] chosen = new int[WORDS];
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (n < WORDS) {
            int index = below(words.size(), random32);
            boolean again = false;
            for (int i = 0; i < n; i++) {
                again |= chosen[i] == index;
            }
            if (!again) {
                chosen[n++] = index;
                sb.append(sb.length() == 0 ? "" : " ").append(words.get(index));
            }
        }
        return sb.toString();
    }

    /**
     * Why a passphrase and its repetition cannot lock the file, as a catalog key and its values (too weak: the
     * whole bits measured and the threshold; not the same twice), or null when they can.
     */
    public Sentence problem(String passphrase, String again) {
        if (!strongEnough(passphrase)) {
            return new Sentence("keep.file.too-weak", List.of(wholeBits(passphrase), Integer.toString(THRESHOLD_BITS)));
        }
        return passphrase.equals(again) ? null : new Sentence("keep.file.mismatch", List.of());
    }

    /** How strong the passphrase typed so far is rated, for the line under its field; null while it is empty. */
    public Sentence strength(String passphrase) {
        return passphrase == null || passphrase.isEmpty() ? null
                : new Sentence("keep.file.strength", List.of(wholeBits(passphrase), Integer.toString(THRESHOLD_BITS)));
    }

    /** The estimate in whole bits, rounded down: the page never claims more than it measured. */
    private String wholeBits(String passphrase) {
        return Integer.toString((int) Math.floor(bits(passphrase)));
    }

    /** A catalog key and the values for its slots. */
    public record Sentence(String key, List<String> args) {
    }

    /** Whether a person's own passphrase may be used: rated at least {@link #THRESHOLD_BITS}. */
    public boolean strongEnough(String passphrase) {
        return bits(passphrase) >= THRESHOLD_BITS;
    }

    /** The estimate, in bits. */
    public double bits(String passphrase) {
        if (passphrase == null || passphrase.isEmpty()) {
            return 0;
        }
        double plain = estimate(passphrase);
        StringBuilder read = new StringBuilder(passphrase.length());
        int substituted = 0;
        boolean[] used = new boolean[LEET_FROM.length()];
        for (int i = 0; i < passphrase.length(); i++) {
            char c = passphrase.charAt(i);
            int at = LEET_FROM.indexOf(c);
            if (at >= 0) {
                read.append(LEET_TO.charAt(at));
                if (!used[at]) {
                    used[at] = true;
                    substituted++;
                }
            } else {
                read.append(c);
            }
        }
        return substituted == 0 ? plain : Math.min(plain, estimate(read.toString()) + substituted);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private double estimate(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return log2(common.size() + 1);
        }
        Set<String> seen = new HashSet<>();
        double total = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int kind = kind(c);
            int end = i + 1;
            if (kind != OTHER) {
                while (end < text.length() && kind(text.charAt(end)) == kind) {
                    end++;
                }
            }
            // A list word with a hyphen (EFF's "yo-yo") is one word of the list, not two runs and a symbol:
            // read as pieces it would be rated above what the list gives it, and a suggestion must not be.
            if (kind == LETTER) {
                int space = text.indexOf(' ', i);
                int token = space < 0 ? text.length() : space;
                if (token > end && wordSet.contains(lower.substring(i, token))) {
                    end = token;
                }
            }
            String run = text.substring(i, end);
            String key = lower.substring(i, end);
            if (c == ' ') {
                total += 0;
            } else if (!seen.add(key)) {
                total += 1;
            } else if (kind == LETTER) {
                total += letters(run, key);
            } else if (kind == DIGIT) {
                total += digits(key);
            } else {
                total += log2(33);
            }
            i = end;
        }
        return total;
    }

    private static final int LETTER = 0;
    private static final int DIGIT = 1;
    private static final int OTHER = 2;

    private static int kind(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xc0) {
            return LETTER;
        }
        return c >= '0' && c <= '9' ? DIGIT : OTHER;
    }

    private double letters(String run, String key) {
        int uppers = 0;
        boolean ascii = true;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            uppers += c >= 'A' && c <= 'Z' ? 1 : 0;
            ascii &= c < 0x80;
        }
        // Lower case, a capital first letter, or all capitals: one bit for the choice; capitals elsewhere: 52 letters.
        boolean simpleCase = uppers == 0 || uppers == run.length()
                || (uppers == 1 && run.charAt(0) >= 'A' && run.charAt(0) <= 'Z');
        double caseBits = uppers > 0 && simpleCase ? 1 : 0;
        if (wordSet.contains(key)) {
            return log2(words.size()) + caseBits;
        }
        if (common.contains(key)) {
            return log2(common.size() + 1) + caseBits;
        }
        if (patterned(key)) {
            return log2(26) + log2(key.length()) + caseBits;
        }
        double pool = !ascii ? 100 : simpleCase ? 26 : 52;
        return Math.min(run.length() * log2(pool), WORD_CAP_BITS) + caseBits;
    }

    private static double digits(String key) {
        if (patterned(key)) {
            return log2(10) + log2(key.length());
        }
        if (key.length() == 4 && (key.startsWith("19") || key.startsWith("20"))) {
            return log2(200);
        }
        return key.length() * log2(10);
    }

    /** One character repeated, or a piece of at least three of the alphabet, a keyboard row or the digits. */
    private static boolean patterned(String key) {
        boolean same = true;
        for (int i = 1; i < key.length(); i++) {
            same &= key.charAt(i) == key.charAt(0);
        }
        if (same) {
            return true;
        }
        if (key.length() < 3) {
            return false;
        }
        String reversed = new StringBuilder(key).reverse().toString();
        for (String sequence : SEQUENCES) {
            if (sequence.contains(key) || sequence.contains(reversed)) {
                return true;
            }
        }
        return false;
    }
}
