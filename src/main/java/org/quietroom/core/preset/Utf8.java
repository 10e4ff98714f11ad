package org.quietroom.core.preset;

/**
 * Strict UTF-8 (RFC 3629). The JDK's decoder quietly replaces bad bytes with U+FFFD; a link's text must
 * instead decode exactly or not at all, so overlong forms, encoded surrogates, values above U+10FFFF and
 * truncated sequences are refused here.
 */
final class Utf8 {
    private Utf8() {
    }

    /** UTF-8 bytes of {@code text}. A lone surrogate (never in a valid preset) is written as U+FFFD. */
    static byte[] encode(String text) {
        byte[] buf = new byte[text.length() * 3];
        int o = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.charAt(i);
            i++;
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                if (cp <= 0xDBFF && i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
                    cp = Character.toCodePoint((char) cp, text.charAt(i));
                    i++;
                } else {
                    cp = 0xFFFD;
                }
            }
            if (cp < 0x80) {
                buf[o++] = (byte) cp;
            } else if (cp < 0x800) {
                buf[o++] = (byte) (0xC0 | (cp >>> 6));
                buf[o++] = (byte) (0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                buf[o++] = (byte) (0xE0 | (cp >>> 12));
                buf[o++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
                buf[o++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                buf[o++] = (byte) (0xF0 | (cp >>> 18));
                buf[o++] = (byte) (0x80 | ((cp >>> 12) & 0x3F));
                buf[o++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
                buf[o++] = (byte) (0x80 | (cp & 0x3F));
            }
        }
        byte[] out = new byte[o];
        System.arraycopy(buf, 0, out, 0, o);
        return out;
    }

    /** Decodes {@code bytes[from, from + length)}, or returns {@code null} if it is not well-formed UTF-8. */
    static String decode(byte[] bytes, int from, int length) {
        StringBuilder out = new StringBuilder(length);
        int i = from;
        int end = from + length;
        while (i < end) {
            int b0 = bytes[i] & 0xFF;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            int need;
            int min;
            int cp;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                need = 1;
                min = 0x80;
                cp = b0 & 0x1F;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                need = 2;
                min = 0x800;
                cp = b0 & 0x0F;
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                need = 3;
                min = 0x10000;
                cp = b0 & 0x07;
            } else {
                return null;
            }
            if (end - i - 1 < need) {
                return null;
            }
            for (int k = 1; k <= need; k++) {
                int b = bytes[i + k] & 0xFF;
                if ((b & 0xC0) != 0x80) {
                    return null;
                }
                cp = (cp << 6) | (b & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return null;
            }
            out.appendCodePoint(cp);
            i += need + 1;
        }
        return out.toString();
    }
}
