package org.quietroom.core.keep;

import java.util.List;
import org.quietroom.core.Words;
import org.quietroom.core.preset.Base64Url;

/**
 * The locked file: one HTML page that holds the plan encrypted (AES-GCM with a 256-bit key from PBKDF2-SHA-256)
 * and decrypts itself when the passphrase is typed, offline, under its own strict policy.
 *
 * <p>The page is a fixed skeleton ({@code web/plan-file/file.html}) whose policy, style and script the site builder
 * fills at build time. What is left are the slots filled here: {@code {{lang}}}, {@code {{dir}}},
 * {@code {{iterations}}}, {@code {{salt}}}, {@code {{iv}}}, {@code {{ciphertext}}} (unpadded base64url) and
 * {@code {{msg:key}}} (a catalog sentence). Every value is escaped for HTML; an unknown slot throws, so the
 * skeleton and this class cannot drift apart silently.
 */
public final class LockedFile {
    /** PBKDF2-SHA-256 iterations: OWASP's 2023 minimum for this hash. Stored in the file, so it can grow later. */
    public static final int ITERATIONS = 600_000;
    /** Random salt for PBKDF2, per file. */
    public static final int SALT_BYTES = 16;
    /** Random AES-GCM nonce, per file (the key is new for every file too). */
    public static final int IV_BYTES = 12;
    /** AES-GCM's authentication tag, which every ciphertext ends with. */
    public static final int TAG_BYTES = 16;
    /** The shortest passphrase accepted. PBKDF2 slows guessing down; it cannot make a short passphrase long. */
    public static final int MIN_PASSPHRASE = 8;
    /** Catalog key of the file's name in the downloads. Neutral on purpose. */
    public static final String NAME_KEY = "keep.file.name";

    /** Every catalog key the skeleton may name; the tests check that the skeleton names no other. */
    private static final List<String> FILE_KEYS = List.of("locked.title", "locked.heading", "locked.intro",
            "locked.passphrase", "locked.open", "locked.working", "locked.wrong", "locked.unsupported");

    private LockedFile() {
    }

    /** Catalog keys the file's own page uses. */
    public static List<String> fileKeys() {
        return FILE_KEYS;
    }

    /**
     * What is wrong with a passphrase and its repetition: the catalog key of the message to show, or the empty
     * string when the passphrase can be used.
     */
    public static String problem(String passphrase, String again) {
        if (passphrase == null || passphrase.codePointCount(0, passphrase.length()) < MIN_PASSPHRASE) {
            return "keep.file.too-short";
        }
        if (!passphrase.equals(again)) {
            return "keep.file.mismatch";
        }
        return "";
    }

    /** The skeleton with every slot filled. */
    public static String fill(String skeleton, Words words, String lang, String dir, byte[] salt, byte[] iv,
            byte[] ciphertext) {
        if (salt == null || salt.length != SALT_BYTES || iv == null || iv.length != IV_BYTES || ciphertext == null
                || ciphertext.length < TAG_BYTES) {
            throw new IllegalArgumentException("salt, iv or ciphertext has the wrong length");
        }
        StringBuilder out = new StringBuilder(skeleton.length() + ciphertext.length * 4 / 3 + 1024);
        int i = 0;
        while (true) {
            int start = skeleton.indexOf("{{", i);
            if (start < 0) {
                out.append(skeleton, i, skeleton.length());
                break;
            }
            int end = skeleton.indexOf("}}", start);
            if (end < 0) {
                throw new IllegalStateException("unclosed slot in the locked-file skeleton");
            }
            out.append(skeleton, i, start);
            String name = skeleton.substring(start + 2, end);
            out.append(escape(value(name, words, lang, dir, salt, iv, ciphertext)));
            i = end + 2;
        }
        return out.toString();
    }

    private static String value(String name, Words words, String lang, String dir, byte[] salt, byte[] iv,
            byte[] ciphertext) {
        if (name.startsWith("msg:")) {
            String key = name.substring(4);
            if (!FILE_KEYS.contains(key)) {
                throw new IllegalStateException("the locked-file skeleton names an unknown message " + key);
            }
            return words.get(key);
        }
        switch (name) {
            case "lang":
                return lang;
            case "dir":
                return "rtl".equals(dir) ? "rtl" : "ltr";
            case "iterations":
                return Integer.toString(ITERATIONS);
            case "salt":
                return Base64Url.encode(salt);
            case "iv":
                return Base64Url.encode(iv);
            case "ciphertext":
                return Base64Url.encode(ciphertext);
            default:
                throw new IllegalStateException("unknown slot in the locked-file skeleton: " + name);
        }
    }

    /** Text for HTML element content and double- or single-quoted attribute values. */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep;
            switch (c) {
                case '&':
                    rep = "&amp;";
                    break;
                case '<':
                    rep = "&lt;";
                    break;
                case '>':
                    rep = "&gt;";
                    break;
                case '"':
                    rep = "&quot;";
                    break;
                case '\'':
                    rep = "&#39;";
                    break;
                default:
                    rep = null;
            }
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16);
                sb.append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
