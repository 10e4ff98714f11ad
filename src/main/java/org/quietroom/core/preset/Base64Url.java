package org.quietroom.core.preset;

/**
 * Base64url without padding (RFC 4648 §5, with §3.2's "padding may be omitted"). Written by hand because
 * {@code java.util.Base64} is not something the core may rely on under TeaVM, and because the decoder here is
 * stricter than the JDK's: it accepts only the canonical encoding (RFC 4648 §3.5), so every byte string has
 * exactly one text form and a link cannot be varied without changing what it decodes to.
 */
public final class Base64Url {
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private Base64Url() {
    }

    /** Encodes {@code bytes} with the URL- and filename-safe alphabet and no {@code =} padding. */
    public static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 4 + 2) / 3);
        int i = 0;
        while (i + 3 <= bytes.length) {
            int n = (bytes[i] & 0xff) << 16 | (bytes[i + 1] & 0xff) << 8 | (bytes[i + 2] & 0xff);
            out.append(ALPHABET[n >>> 18]).append(ALPHABET[(n >>> 12) & 63])
                    .append(ALPHABET[(n >>> 6) & 63]).append(ALPHABET[n & 63]);
            i += 3;
        }
        int rest = bytes.length - i;
        if (rest == 1) {
            int n = (bytes[i] & 0xff) << 16;
            out.append(ALPHABET[n >>> 18]).append(ALPHABET[(n >>> 12) & 63]);
        } else if (rest == 2) {
            int n = (bytes[i] & 0xff) << 16 | (bytes[i + 1] & 0xff) << 8;
            out.append(ALPHABET[n >>> 18]).append(ALPHABET[(n >>> 12) & 63]).append(ALPHABET[(n >>> 6) & 63]);
        }
        return out.toString();
    }

    /**
     * Decodes {@code text[from, text.length())}. Returns {@code null}, never throws, when the text is not
     * canonical unpadded base64url: a character outside the alphabet (including {@code =}, {@code +},
     * {@code /} and whitespace), a length that leaves a single character over, or non-zero unused bits in the
     * last character.
     */
    public static byte[] decode(String text, int from) {
        if (text == null || from < 0 || from > text.length()) {
            return null;
        }
        int length = text.length() - from;
        int rest = length % 4;
        if (rest == 1) {
            return null;
        }
        byte[] out = new byte[length / 4 * 3 + (rest == 0 ? 0 : rest - 1)];
        int o = 0;
        int i = from;
        int end = from + length - rest;
        while (i < end) {
            int a = value(text.charAt(i));
            int b = value(text.charAt(i + 1));
            int c = value(text.charAt(i + 2));
            int d = value(text.charAt(i + 3));
            if ((a | b | c | d) < 0) {
                return null;
            }
            int n = a << 18 | b << 12 | c << 6 | d;
            out[o++] = (byte) (n >>> 16);
            out[o++] = (byte) (n >>> 8);
            out[o++] = (byte) n;
            i += 4;
        }
        if (rest == 2) {
            int a = value(text.charAt(i));
            int b = value(text.charAt(i + 1));
            if ((a | b) < 0 || (b & 15) != 0) {
                return null;
            }
            out[o] = (byte) (a << 2 | b >>> 4);
        } else if (rest == 3) {
            int a = value(text.charAt(i));
            int b = value(text.charAt(i + 1));
            int c = value(text.charAt(i + 2));
            if ((a | b | c) < 0 || (c & 3) != 0) {
                return null;
            }
            int n = a << 12 | b << 6 | c;
            out[o++] = (byte) (n >>> 10);
            out[o] = (byte) (n >>> 2);
        }
        return out;
    }

    /** Decodes the whole of {@code text}; see {@link #decode(String, int)}. */
    public static byte[] decode(String text) {
        return decode(text, 0);
    }

    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '-') {
            return 62;
        }
        if (c == '_') {
            return 63;
        }
        return -1;
    }
}
