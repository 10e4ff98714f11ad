package org.quietroom.core.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.Wording;
import org.quietroom.core.Words;
import org.quietroom.core.preset.Base64Url;

class LockedFileTest {
    private static final byte[] SALT = bytes(16, 1);
    private static final byte[] IV = bytes(12, 100);
    private static final byte[] CIPHERTEXT = bytes(40, 200);
    private static final Words WORDS = key -> "<" + key + "> & \"" + key + "\"";

    private static byte[] bytes(int n, int from) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (from + i * 7);
        }
        return b;
    }

    @Test
    void fillsEverySlotWithEscapedText() {
        String skeleton = "<html lang=\"{{lang}}\" dir=\"{{dir}}\"><title>{{msg:locked.title}}</title>"
                + "<main data-iterations=\"{{iterations}}\" data-salt=\"{{salt}}\" data-iv=\"{{iv}}\""
                + " data-ciphertext=\"{{ciphertext}}\" data-wrong=\"{{msg:locked.wrong}}\"><script>if (a < b) {}"
                + "</script>";
        String html = LockedFile.fill(skeleton, WORDS, "en", "ltr", SALT, IV, CIPHERTEXT);
        assertEquals("<html lang=\"en\" dir=\"ltr\"><title>&lt;locked.title&gt; &amp; &quot;locked.title&quot;"
                + "</title><main data-iterations=\"600000\" data-salt=\"" + Base64Url.encode(SALT) + "\" data-iv=\""
                + Base64Url.encode(IV) + "\" data-ciphertext=\"" + Base64Url.encode(CIPHERTEXT) + "\" data-wrong=\""
                + "&lt;locked.wrong&gt; &amp; &quot;locked.wrong&quot;\"><script>if (a < b) {}</script>", html);
    }

    @Test
    void aDirectionIsOneOfTwoWordsAndTheLanguageIsEscaped() {
        assertEquals("rtl|ltr|&quot;x", LockedFile.fill("{{dir}}|", WORDS, "", "rtl", SALT, IV, CIPHERTEXT)
                + LockedFile.fill("{{dir}}|", WORDS, "", "\" onload=\"x", SALT, IV, CIPHERTEXT)
                + LockedFile.fill("{{lang}}", WORDS, "\"x", "ltr", SALT, IV, CIPHERTEXT));
    }

    @Test
    void anUnknownSlotOrMessageOrAnUnclosedSlotStopsIt() {
        assertThrows(IllegalStateException.class,
                () -> LockedFile.fill("{{plan}}", WORDS, "en", "ltr", SALT, IV, CIPHERTEXT));
        assertThrows(IllegalStateException.class,
                () -> LockedFile.fill("{{msg:plan.heading}}", WORDS, "en", "ltr", SALT, IV, CIPHERTEXT));
        assertThrows(IllegalStateException.class,
                () -> LockedFile.fill("{{salt", WORDS, "en", "ltr", SALT, IV, CIPHERTEXT));
    }

    @Test
    void refusesParametersOfTheWrongSize() {
        assertThrows(IllegalArgumentException.class,
                () -> LockedFile.fill("", WORDS, "en", "ltr", bytes(8, 0), IV, CIPHERTEXT));
        assertThrows(IllegalArgumentException.class,
                () -> LockedFile.fill("", WORDS, "en", "ltr", SALT, bytes(16, 0), CIPHERTEXT));
        assertThrows(IllegalArgumentException.class,
                () -> LockedFile.fill("", WORDS, "en", "ltr", SALT, IV, bytes(15, 0)));
    }

    @Test
    void usesTheCurrentRecommendedParameters() {
        assertTrue(LockedFile.ITERATIONS >= 600_000, "OWASP 2023: PBKDF2-HMAC-SHA256, at least 600 000");
        assertEquals(16, LockedFile.SALT_BYTES);
        assertEquals(12, LockedFile.IV_BYTES);
        assertEquals(16, LockedFile.TAG_BYTES);
    }

    @Test
    void aPassphraseNeedsEightCharactersTypedTheSameTwice() {
        assertEquals("keep.file.too-short", LockedFile.problem("", ""));
        assertEquals("keep.file.too-short", LockedFile.problem(null, null));
        assertEquals("keep.file.too-short", LockedFile.problem("1234567", "1234567"));
        assertEquals("keep.file.mismatch", LockedFile.problem("12345678", "12345679"));
        assertEquals("", LockedFile.problem("12345678", "12345678"));
        // Characters, not UTF-16 units: seven flowers are seven characters.
        String seven = "\uD83C\uDF3B".repeat(7);
        assertEquals("keep.file.too-short", LockedFile.problem(seven, seven));
        assertEquals("", LockedFile.problem(seven + "a", seven + "a"));
    }

    @Test
    void everyWordOfTheFileAndOfKeepingItIsInTheCatalogAndKind() {
        Map<String, String> catalog = EnglishCatalog.messages();
        for (String key : LockedFile.fileKeys()) {
            assertTrue(catalog.containsKey(key), key);
        }
        List<String> ours = new ArrayList<>();
        for (String key : catalog.keySet()) {
            // keep.text.labelled is a pattern ("{0}: {1}"), not a sentence.
            boolean pattern = key.equals(org.quietroom.core.plan.PlanText.LABELLED_KEY);
            if (!pattern && (key.startsWith("keep.") || key.startsWith("locked.") || key.startsWith("ask."))) {
                ours.add(key);
            }
        }
        assertTrue(ours.size() > 30, "the keys of this feature: " + ours);
        for (String key : ours) {
            Wording.assertKind(key, catalog.get(key));
        }
        assertFalse(catalog.get(LockedFile.NAME_KEY).toLowerCase(Locale.ROOT).contains("plan"),
                "the downloaded file's name says nothing about what is in it");
        assertTrue(catalog.get(LockedFile.NAME_KEY).endsWith(".html"));
    }
}
