package org.quietroom.core.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The passphrase lists as shipped (src/main/passphrase, see SOURCE.md), the generator (uniform, five different
 * words from the list) and the strength estimate (common and patterned passwords refused, a generated passphrase
 * accepted). Random values come from a seeded {@link Random}: the same numbers every run, so nothing here is flaky.
 */
class PassphraseTest {
    private static final Path WORDS = Path.of("src/main/passphrase/eff-short.txt");
    private static final Path COMMON = Path.of("src/main/passphrase/common-passwords.txt");
    private static List<String> words;
    private static List<String> common;
    private static Passphrase passphrase;

    @BeforeAll
    static void load() throws IOException {
        words = Passphrase.split(Files.readString(WORDS, StandardCharsets.UTF_8));
        common = Passphrase.split(Files.readString(COMMON, StandardCharsets.UTF_8));
        passphrase = new Passphrase(words, common);
    }

    private static IntSupplier seeded(long seed) {
        Random random = new Random(seed);
        return random::nextInt;
    }

    @Test
    void aWeakPassphraseIsRefusedWithItsWholeBitsAndTheThreshold() {
        Passphrase.Sentence weak = passphrase.problem("password1", "password1");
        assertEquals("keep.file.too-weak", weak.key());
        int bits = (int) Math.floor(passphrase.bits("password1"));
        assertTrue(bits < Passphrase.THRESHOLD_BITS);
        assertEquals(List.of(Integer.toString(bits), Integer.toString(Passphrase.THRESHOLD_BITS)), weak.args());
        assertEquals("keep.file.too-weak", passphrase.problem("", "").key(), "an empty one is too weak");
    }

    @Test
    void aStrongPassphraseMustBeTypedTheSameTwice() {
        String strong = passphrase.generate(seeded(7));
        assertEquals("keep.file.mismatch", passphrase.problem(strong, strong + " ").key());
        assertEquals(List.of(), passphrase.problem(strong, "").args());
        assertEquals(null, passphrase.problem(strong, strong));
    }

    @Test
    void theStrengthLineRoundsDownAndSaysNothingWhileTheFieldIsEmpty() {
        assertEquals(null, passphrase.strength(""));
        Passphrase.Sentence line = passphrase.strength("acid zoom");
        assertEquals("keep.file.strength", line.key());
        double bits = passphrase.bits("acid zoom");
        assertTrue(bits != Math.floor(bits), "a measure with a fraction, so rounding shows");
        assertEquals(Integer.toString((int) Math.floor(bits)), line.args().get(0));
    }

    @Test
    void aListWordWithAHyphenCountsAsOneWordOfTheList() {
        assertTrue(words.contains("yo-yo"), "the list's one word with a hyphen");
        double word = Math.log(words.size()) / Math.log(2);
        assertEquals(word, passphrase.bits("yo-yo"), 1e-9);
        assertEquals(5 * word, passphrase.bits("acid yo-yo zoom fact cold"), 1e-9,
                "a suggestion holding yo-yo is rated as any other five list words");
        assertEquals(5 * word, passphrase.bits("acid zoom yo-yo fact cold"), 1e-9);
        assertTrue(passphrase.bits("yo-yoo") > word, "not a list word: read as pieces");
    }

    @Test
    void theWordListIsEffsShortListUnchanged() throws Exception {
        assertEquals(1296, words.size());
        assertEquals(1296, new HashSet<>(words).size(), "every word different");
        assertEquals("acid", words.get(0));
        assertEquals("zoom", words.get(1295));
        assertEquals(words.stream().sorted().toList(), words, "in EFF's (alphabetical) order");
        assertEquals("36ecca49e4fa20ca84b176c32f2e9c82f98f446585190e75f9879a95c08247bf",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(WORDS))),
                "the checksum named in src/main/passphrase/SOURCE.md");
        for (String w : words) {
            assertTrue(w.length() >= 3 && w.length() <= 5, w);
            assertTrue(w.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '-'), w);
        }
        assertTrue(Files.readString(Path.of("src/main/passphrase/SOURCE.md")).contains("CC BY 3.0 US"));
    }

    @Test
    void belowRejectsTheValuesThatWouldMakeSomeWordsLikelier() {
        long limit = (1L << 32) - (1L << 32) % 1296;
        int[] values = {(int) limit, (int) (limit + 100), -1, 5};
        int[] at = {0};
        assertEquals(5, Passphrase.below(1296, () -> values[at[0]++]), "the three values at or above the limit");
        assertEquals(4, at[0]);
        int[] last = {(int) (limit - 1)};
        assertEquals((int) ((limit - 1) % 1296), Passphrase.below(1296, () -> last[0]), "just below is kept");
        assertEquals(0, Passphrase.below(1, () -> 7));
        assertThrows(IllegalArgumentException.class, () -> Passphrase.below(0, () -> 0));
    }

    @Test
    void belowIsUniform() {
        // 1,296,000 draws into 1,296 buckets: chi-square with 1,295 degrees of freedom. Its mean is 1,295 and its
        // standard deviation about 51; 1,600 is six deviations out. Seeded, so the same value every run.
        int[] counts = new int[1296];
        IntSupplier random = seeded(20261203L);
        int n = 1_296_000;
        for (int i = 0; i < n; i++) {
            counts[Passphrase.below(1296, random)]++;
        }
        double expected = n / 1296.0;
        double chi = 0;
        for (int c : counts) {
            chi += (c - expected) * (c - expected) / expected;
        }
        assertTrue(chi < 1600 && chi > 1000, "chi-square " + chi);
        // Plain modulo without the rejection would be biased towards the low indexes by 2^32 mod 1296 values.
        assertTrue((1L << 32) % 1296 != 0, "so the rejection is needed at all");
    }

    @Test
    void aGeneratedPassphraseIsFiveDifferentWordsFromTheListAndStrongEnough() {
        IntSupplier random = seeded(7L);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String p = passphrase.generate(random);
            List<String> parts = List.of(p.split(" "));
            assertEquals(Passphrase.WORDS, parts.size(), p);
            assertTrue(Passphrase.WORDS >= 5);
            assertEquals(parts.size(), new HashSet<>(parts).size(), "different words: " + p);
            assertTrue(words.containsAll(parts), p);
            seen.addAll(parts);
            assertTrue(passphrase.strongEnough(p), p + " is rated " + passphrase.bits(p));
            assertTrue(passphrase.bits(p) >= 5 * Math.log(1296) / Math.log(2) - 1e-9, p);
        }
        assertEquals(1296, seen.size(), "10,000 draws reach every word of the list");
        // A repeated index is drawn again.
        int[] values = {3, 3, 3, 4, 5, 6, 7};
        int[] at = {0};
        assertEquals(String.join(" ", words.subList(3, 8)), passphrase.generate(() -> values[at[0]++]));
    }

    @Test
    void theThresholdIsWhatAGeneratedPassphraseReaches() {
        double generated = 5 * Math.log(1296) / Math.log(2);
        assertEquals(51.70, generated, 0.01);
        assertEquals((int) Math.floor(generated), Passphrase.THRESHOLD_BITS);
    }

    @Test
    void commonAndPatternedPasswordsAreRefused() {
        for (String weak : List.of("12345678", "password1", "qwerty123", "password", "Password1!", "p@ssw0rd",
                "P@ssw0rd2024", "Tr0ub4dor&3", "iloveyou2024", "aaaaaaaaaaaaaaaaaaaaaaaa", "internationalization",
                "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjkl", "1234567890123", "monkeymonkeymonkeymonkey",
                "acid acid acid acid acid", "acid zoom", "summer2024summer2024", "", "Qwerty123456789")) {
            assertFalse(passphrase.strongEnough(weak), weak + " is rated " + passphrase.bits(weak));
        }
        assertTrue(passphrase.bits("12345678") < 10, "a sequence counts as its start and length");
    }

    @Test
    void ownPassphrasesAsStrongAsAGeneratedOneAreAccepted() {
        for (String strong : List.of("acid zoom cable dwarf ebony", "Kx9#mQ2vL!p7Zr4w", "tulip 4821 brave 9530 lemon",
                "my cat Pimienta sleeps on 7 blue chairs")) {
            assertTrue(passphrase.strongEnough(strong), strong + " is rated " + passphrase.bits(strong));
        }
    }

    @Test
    void everyOneOfTheTenThousandMostCommonPasswordsIsRefused() throws IOException {
        List<String> top = Files.readAllLines(Path.of("src/test/resources/passphrase/top-10000.txt"));
        assertEquals(10_000, top.size());
        for (String p : top) {
            assertFalse(passphrase.strongEnough(p), p + " is rated " + passphrase.bits(p));
        }
    }

    @Test
    void theShippedCommonListHoldsWhatTheEstimateAloneWouldHaveAccepted() {
        Passphrase withoutList = new Passphrase(words, List.of());
        assertFalse(common.isEmpty());
        for (String p : common) {
            assertEquals(p.toLowerCase(Locale.ROOT), p);
            assertTrue(withoutList.strongEnough(p), "no entry the estimate refuses anyway: " + p);
            assertFalse(passphrase.strongEnough(p), p);
        }
    }

    @Test
    void aListWithARepeatedWordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Passphrase(List.of("a", "a"), List.of()));
        assertEquals(List.of("a", "b", "c"), Passphrase.split(" a\nb\r\n  c \n"));
    }
}
