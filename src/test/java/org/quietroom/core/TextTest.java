package org.quietroom.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
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
