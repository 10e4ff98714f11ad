package org.quietroom.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void decimalsAreOneToNineAsciiDigitsOnly() {
        assertEquals(0, Text.decimal("0"));
        assertEquals(999_999_999, Text.decimal("999999999"));
        assertEquals(7, Text.decimal("007"));
        for (String bad : new String[] {null, "", " 1", "+1", "1.0", "\u0663", "0x10", "1000000000"}) {
            assertEquals(-1, Text.decimal(bad), String.valueOf(bad));
        }
    }

    @Test
    void fillsNumberedSlotsWithPlainText() {
        assertEquals("a <b> c", Text.fill("a {0} c", List.of("<b>")));
        assertEquals("x {5} y", Text.fill("x {5} y", List.of("only one")));
    }

    @Test
    void splitsListsWithoutRegex() {
        assertEquals(List.of("a.example", "b.example"), Text.splitList(" a.example, ,b.example ,"));
        assertEquals(List.of(), Text.splitList(null));
    }

    @Test
    void recognisesLoopbackHostsOnly() {
        assertTrue(Text.isLoopbackHost("localhost"));
        assertTrue(Text.isLoopbackHost("127.0.0.1"));
        assertFalse(Text.isLoopbackHost("localhost.example.com"));
        assertFalse(Text.isLoopbackHost("quietroom.test"));
    }

    @Test
    void splitsSpaceSeparatedTokensAndJoins() {
        assertEquals(List.of("font", "data-gr-ext-installed"), Text.splitSpaces("  font  data-gr-ext-installed "));
        assertEquals(List.of(), Text.splitSpaces(""));
        assertEquals(List.of(), Text.splitSpaces(null));
        assertEquals("a, b", Text.join(List.of("a", "b"), ", "));
        assertEquals("", Text.join(List.of(), ", "));
    }

    @Test
    void lowerCasesAsciiOnly() {
        assertEquals("https:", Text.lower("HTTPS:"));
        assertEquals("", Text.lower(null));
    }
}
