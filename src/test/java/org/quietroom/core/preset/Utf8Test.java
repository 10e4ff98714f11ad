package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void agreesWithTheJdkOnWellFormedText() {
        String[] samples = {
            "", "abc", "Café", "Ελληνικά", "العربية", "עברית", "中文", "😀👩‍👩‍👧", "\u0000\u007f\u0080\uffff",
        };
        for (String s : samples) {
            byte[] bytes = Utf8.encode(s);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), bytes, s);
            assertEquals(s, Utf8.decode(bytes, 0, bytes.length));
        }
    }

    @Test
    void agreesWithTheJdkOnRandomCodePoints() {
        Random random = new Random(3629);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(20);
            while (sb.length() < length) {
                int cp = random.nextInt(0x110000);
                if (cp < 0xD800 || cp > 0xDFFF) {
                    sb.appendCodePoint(cp);
                }
            }
            String s = sb.toString();
            byte[] bytes = Utf8.encode(s);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), bytes);
            assertEquals(s, Utf8.decode(bytes, 0, bytes.length));
        }
    }

    @Test
    void writesALoneSurrogateAsReplacementCharacter() {
        assertEquals("a\ufffdb", Utf8.decode(Utf8.encode("a\ud800b"), 0, 5));
        assertEquals("\ufffd", new String(Utf8.encode("\udc00"), StandardCharsets.UTF_8));
    }

    @Test
    void decodesASlice() {
        byte[] bytes = {'x', 'a', 'b', 'y'};
        assertEquals("ab", Utf8.decode(bytes, 1, 2));
    }

    @Test
    void refusesMalformedSequences() {
        int[][] bad = {
            {0x80}, {0xBF}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF},
            {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xF0, 0x80, 0x80, 0x80}, {0xF4, 0x90, 0x80, 0x80},
            {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0xFE}, {0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0xC3, 0x28},
            {0xE2, 0x28, 0xA1}, {0x61, 0xE2, 0x82},
        };
        for (int[] sequence : bad) {
            byte[] bytes = new byte[sequence.length];
            for (int i = 0; i < sequence.length; i++) {
                bytes[i] = (byte) sequence[i];
            }
            assertNull(Utf8.decode(bytes, 0, bytes.length), java.util.Arrays.toString(sequence));
        }
    }
}
