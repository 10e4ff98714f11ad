package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PresetTextTest {

    @Test
    void turnsEveryKindOfSpaceIntoOneSpaceAndTrims() {
        assertEquals("a b c", PresetText.clean("  a\t\tb\r\n\u00a0\u2003c \u3000"));
        assertEquals("a b", PresetText.clean("a\u2028\u2029b"));
        assertEquals("", PresetText.clean(" \n\t "));
        assertEquals("", PresetText.clean(null));
    }

    @Test
    void removesBidiControls() {
        String[] bidi = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200e", "\u200f", "\u061c"};
        for (String b : bidi) {
            assertEquals("Call 0808", PresetText.clean("Call" + b + " 0808" + b));
            assertFalse(PresetText.isClean("x" + b + "y"), Integer.toHexString(b.charAt(0)));
        }
        // The classic "reversed file name" trick loses its effect.
        assertEquals("helpgpj.exe", PresetText.clean("help\u202egpj.exe"));
    }

    @Test
    void removesControlsInvisiblesNoncharactersAndLoneSurrogates() {
        assertEquals("ab", PresetText.clean("a\u0000\u0007\u001b\u007f\u0085b").replace(" ", ""));
        assertEquals("ab", PresetText.clean("a\u200b\u2060\ufeff\u00ad\u180eb"));
        assertEquals("ab", PresetText.clean("a\ufffe\uffff\ufdd0b"));
        assertEquals("ab", PresetText.clean("a\ud800b\udc00"));
        assertEquals("a\ud83d\ude00b", PresetText.clean("a\ud83d\ude00b"));
    }

    @Test
    void keepsJoinersThatScriptsAndEmojiNeed() {
        String persian = "می\u200cخواهم";
        String family = "\ud83d\udc69\u200d\ud83d\udc67";
        assertTrue(PresetText.isClean(persian));
        assertTrue(PresetText.isClean(family));
        assertTrue(PresetText.isClean("<script>alert(1)</script>"), "markup is plain text, shown as text");
    }

    @Test
    void isCleanMeansCleaningChangesNothing() {
        assertTrue(PresetText.isClean(""));
        assertTrue(PresetText.isClean("Riverside Women's Aid"));
        assertFalse(PresetText.isClean(" leading"));
        assertFalse(PresetText.isClean("trailing "));
        assertFalse(PresetText.isClean("two  spaces"));
        assertFalse(PresetText.isClean("tab\there"));
        assertFalse(PresetText.isClean("non\u00a0breaking"));
        assertFalse(PresetText.isClean(null));
    }

    @Test
    void joinersAloneDoNotShow() {
        assertFalse(PresetText.hasVisible(""));
        assertFalse(PresetText.hasVisible("\u200d"));
        assertFalse(PresetText.hasVisible("\u200c \u200d\ufe0f\u2800"));
        assertFalse(PresetText.hasVisible("\udb40\udc67\udb40\udc7f"));
        assertTrue(PresetText.hasVisible("\u200dA"));
        assertTrue(PresetText.hasVisible("\u2764\ufe0f"));
        assertEquals("ab", PresetText.clean("a\u3164\u115f\u1160\uffa0b"));
    }

    @Test
    void countsCodePoints() {
        assertEquals(3, PresetText.length("a\ud83d\ude00b"));
    }
}
