package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.htmlunit.corejs.javascript.Context;
import org.junit.jupiter.api.Test;

/**
 * The WasmGC module's bytes as the site builder writes them into {@code wasm/app.js}: a string literal with one
 * character per byte ({@link SiteBuilder#latin1Literal}). Read back by a real JavaScript parser (HtmlUnit's Rhino),
 * from the literal's UTF-8 bytes, the way a browser reads the script, then byte by byte as the loader does.
 */
class ModuleLiteralTest {
    /** What the loader's start() does with the literal: charCodeAt, each a byte. */
    private static byte[] asLoaderReadsIt(String literal) {
        String source = new String(literal.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        Context cx = Context.enter();
        try {
            cx.setLanguageVersion(Context.VERSION_ES6);
            var scope = cx.initStandardObjects();
            Object value = cx.evaluateString(scope, source, "module-literal", 1, null);
            String text = Context.toString(value);
            byte[] bytes = new byte[text.length()];
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                assertTrue(c <= 0xff, "character " + (int) c + " at " + i + " is not a byte");
                bytes[i] = (byte) c;
            }
            return bytes;
        } finally {
            Context.exit();
        }
    }

    private static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int v : values) {
            out.write(v);
        }
        return out.toByteArray();
    }

    @Test
    void everyByteValueRoundTrips() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        assertArrayEquals(all, asLoaderReadsIt(SiteBuilder.latin1Literal(all)));
        byte[] reversed = new byte[256];
        for (int i = 0; i < 256; i++) {
            reversed[i] = (byte) (255 - i);
        }
        assertArrayEquals(reversed, asLoaderReadsIt(SiteBuilder.latin1Literal(reversed)));
    }

    @Test
    void theAwkwardNeighboursRoundTrip() {
        byte[][] cases = {
            bytes(0, '0'), bytes(0, '9'), bytes(0, '1', '2'), bytes(0), bytes(0, 0, '7'), bytes(0, 'a'), bytes('0', 0),
            bytes('\r', '\n'), bytes('\n'), bytes('\r'), bytes('\\'), bytes('\\', 'n'), bytes('\\', '\\', '"'),
            bytes('"'), bytes('\\', 0, '5'), bytes(0xe2, 0x80, 0xa8), bytes(0xe2, 0x80, 0xa9), bytes(0xc2, 0x85),
            bytes(0xef, 0xbb, 0xbf), bytes('<', '/', 's', 'c', 'r', 'i', 'p', 't', '>'), bytes('$', '{', '}', '`'),
            bytes(0, 'a', 's', 'm', 1, 0, 0, 0), bytes()
        };
        for (byte[] c : cases) {
            assertArrayEquals(c, asLoaderReadsIt(SiteBuilder.latin1Literal(c)), java.util.Arrays.toString(c));
        }
    }

    @Test
    void aNulBeforeADigitIsWrittenSoThatItCannotBeReadAsOctal() {
        assertEquals("\"\\x001\"", SiteBuilder.latin1Literal(bytes(0, '1')));
        assertEquals("\"\\0a\"", SiteBuilder.latin1Literal(bytes(0, 'a')));
        assertEquals("\"\\0\"", SiteBuilder.latin1Literal(bytes(0)));
        // The shorter form is an octal escape (a syntax error in strict code): this parser reads NUL, '1' written
        // as \01 as the one character U+0001, so the round trips above fail if the encoder ever writes it.
        assertArrayEquals(bytes(1), asLoaderReadsIt("\"\\01\""));
    }

    @Test
    void onlyBackslashQuoteCrLfAndNulAreEscaped() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String literal = SiteBuilder.latin1Literal(all);
        // 256 characters, five of them written as two (\0 \n \r \" \\), and the quotes.
        assertEquals(256 + 5 + 2, literal.length());
        assertFalse(literal.contains("\n") || literal.contains("\r"), "no raw line end");
        for (int i = 1; i < 256; i++) {
            if (i != '"' && i != '\\' && i != '\r' && i != '\n') {
                assertTrue(literal.indexOf((char) i) >= 0, "byte " + i + " is written raw");
            }
        }
    }
}
