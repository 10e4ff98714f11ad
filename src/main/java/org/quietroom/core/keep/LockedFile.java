package org.quietroom.core.keep;

import org.quietroom.core.Text;
import org.quietroom.core.Words;
import org.quietroom.core.preset.Base64Url;

/**
 * The locked file, format 2: plain text that is data only. It holds the plan encrypted (AES-GCM with a 256-bit key
 * from PBKDF2-SHA-256) and nothing that a browser or any other program could run. It is opened on the site's own
 * page ({@code open.html}, {@code web/open.js}), never by itself.
 *
 * <pre>
 * (the two catalog sentences {@link #ABOUT_KEY} and {@link #HOW_KEY}, one per line)
 *
 * locked-notes 2
 * iterations 600000
 * salt (16 bytes, unpadded base64url)
 * iv (12 bytes)
 * data (the ciphertext with its 16-byte tag)
 * end
 * </pre>
 *
 * key = PBKDF2-SHA-256(passphrase as UTF-8, salt, iterations), 256 bits; plan = AES-GCM-decrypt(key, iv, data,
 * additional data {@link #MARKER}), UTF-8 plain text. A file is refused before any key is derived when it is too
 * long, holds a {@code <} anywhere (nothing this page writes does; markup in it was put there by someone else),
 * misses a line, has a line out of order or anything after {@code end}, an iteration count outside
 * [{@link #ITERATIONS}, {@link #MAX_ITERATIONS}], or a value that is not canonical base64url of the right length.
 * {@code web/open.js} applies exactly these rules; {@link #read} is their reference, tested on the JVM.
 */
public final class LockedFile {
    /** PBKDF2-SHA-256 iterations: OWASP's 2023 minimum for this hash. Stored in the file, so it can grow later. */
    public static final int ITERATIONS = 600_000;
    /** The most a file may ask for: a hostile file must not keep the page busy for minutes. */
    public static final int MAX_ITERATIONS = 10_000_000;
    /** Random salt for PBKDF2, per file. */
    public static final int SALT_BYTES = 16;
    /** Random AES-GCM nonce, per file (the key is new for every file too). */
    public static final int IV_BYTES = 12;
    /** AES-GCM's authentication tag, which every ciphertext ends with. */
    public static final int TAG_BYTES = 16;
    /** The longest file the open page reads, in characters: a plan is a few kilobytes. */
    public static final int MAX_CHARS = 1_000_000;
    /** The first line of the data, and AES-GCM's additional data: a file cannot be passed off as another format. */
    public static final String MARKER = "locked-notes 2";
    /** Catalog key of the file's name in the downloads. Neutral on purpose. */
    public static final String NAME_KEY = "keep.file.name";
    /** Catalog key of the file's first line: what it is, without naming the site or what it holds. */
    public static final String ABOUT_KEY = "keep.file.about";
    /** Catalog key of the file's second line: how to open it. */
    public static final String HOW_KEY = "keep.file.how";

    /** Catalog keys of the reasons a file is refused, in {@link Refused#key()}. */
    public static final String NOT_DATA = "open.not-data";
    public static final String TOO_LONG = "open.too-long";
    public static final String SETTINGS = "open.settings";

    private LockedFile() {
    }

    /** The file's text. */
    public static String write(Words words, byte[] salt, byte[] iv, byte[] ciphertext) {
        if (salt == null || salt.length != SALT_BYTES || iv == null || iv.length != IV_BYTES || ciphertext == null
                || ciphertext.length < TAG_BYTES) {
            throw new IllegalArgumentException("salt, iv or ciphertext has the wrong length");
        }
        return oneLine(words.get(ABOUT_KEY)) + "\n" + oneLine(words.get(HOW_KEY)) + "\n\n" + MARKER + "\niterations "
                + ITERATIONS + "\nsalt " + Base64Url.encode(salt) + "\niv " + Base64Url.encode(iv) + "\ndata "
                + Base64Url.encode(ciphertext) + "\nend\n";
    }

    /** A catalog sentence as one line without markup, so the file stays data that {@link #read} accepts. */
    private static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c == '\n' || c == '\r' ? ' ' : c == '<' ? '(' : c == '>' ? ')' : c);
        }
        return sb.toString();
    }

    /** What a file holds, once its format is checked; it still has to be decrypted. */
    public static final class Locked {
        private final int iterations;
        private final byte[] salt;
        private final byte[] iv;
        private final byte[] ciphertext;

        Locked(int iterations, byte[] salt, byte[] iv, byte[] ciphertext) {
            this.iterations = iterations;
            this.salt = salt;
            this.iv = iv;
            this.ciphertext = ciphertext;
        }

        public int iterations() {
            return iterations;
        }

        public byte[] salt() {
            return salt.clone();
        }

        public byte[] iv() {
            return iv.clone();
        }

        public byte[] ciphertext() {
            return ciphertext.clone();
        }
    }

    /** A file that is not a locked file of this format; {@link #key()} names the message to show. */
    public static final class Refused extends Exception {
        private final String key;

        Refused(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Checks a file's text and returns what it holds, or says why it is refused. */
    public static Locked read(String text) throws Refused {
        if (text == null) {
            throw new Refused(NOT_DATA);
        }
        if (text.length() > MAX_CHARS) {
            throw new Refused(TOO_LONG);
        }
        if (text.indexOf('<') >= 0 || text.indexOf('\u0000') >= 0) {
            throw new Refused(NOT_DATA);
        }
        String[] lines = lines(text);
        int at = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(MARKER)) {
                at = i;
                break;
            }
        }
        if (at < 0 || at + 5 >= lines.length || !lines[at + 5].equals("end")) {
            throw new Refused(NOT_DATA);
        }
        for (int i = at + 6; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                throw new Refused(NOT_DATA);
            }
        }
        String count = value(lines[at + 1], "iterations ");
        int iterations = count.startsWith("0") ? -1 : Text.decimal(count);
        if (iterations < 0) {
            throw new Refused(NOT_DATA);
        }
        if (iterations < ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new Refused(SETTINGS);
        }
        byte[] salt = Base64Url.decode(value(lines[at + 2], "salt "));
        byte[] iv = Base64Url.decode(value(lines[at + 3], "iv "));
        byte[] data = Base64Url.decode(value(lines[at + 4], "data "));
        if (salt == null || salt.length != SALT_BYTES || iv == null || iv.length != IV_BYTES || data == null
                || data.length < TAG_BYTES) {
            throw new Refused(NOT_DATA);
        }
        return new Locked(iterations, salt, iv, data);
    }

    /** The lines of a text, each without its {@code \r}; a final line end gives no extra line. */
    private static String[] lines(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            out.add(line);
            start = end + 1;
        }
        return out.toArray(new String[0]);
    }

    private static String value(String line, String name) {
        return line.startsWith(name) ? line.substring(name.length()) : "\u0000";
    }
}
