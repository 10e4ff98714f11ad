package org.quietroom.core.helplines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void separatorsBetweenDigitsGo() {
        assertEquals("call 08082000247 free", Digits.normalise("call 0808 2000 247 free"));
        assertEquals("8007873224", Digits.normalise("800–787–3224"));
        assertEquals("911.", Digits.normalise("9-1-1."));
    }

    @Test
    void capitalWordsRightAfterANumberAreKeypadDigits() {
        assertEquals("0800733843 (733843)", Digits.normalise("0800 REFUGE (733843)"));
        assertEquals("8007997233 (7233)", Digits.normalise("800–799–SAFE (7233)"));
        assertEquals("18007377328", Digits.normalise("1800RESPECT"));
        assertEquals("text \"START\" to 88788", Digits.normalise("text \"START\" to 88788"));
        assertEquals("TTY 8007873224", Digits.normalise("TTY 800–787–3224"));
    }

    @Test
    void aNumberMustAppearWhole() {
        assertTrue(Digits.appearIn("800-799-7233", "call 800–799–SAFE (7233), TTY"));
        assertTrue(Digits.appearIn("0800 733 843", "Ring our crisis line on 0800 REFUGE (733843) to"));
        assertTrue(Digits.appearIn("112", "on 999/112 for assistance"));
        assertTrue(Digits.appearIn("016", "a través do número 016 (número 900 116 016"));
        assertFalse(Digits.appearIn("016", "número 600 000 016"), "016 inside a longer number is not 016");
        assertFalse(Digits.appearIn("1800 737 732", "1800RESPECT"), "a vanity word longer than the number");
        assertFalse(Digits.appearIn("1-800-799-7233", "call 800–799–SAFE (7233)"), "a digit the source lacks");
        assertFalse(Digits.appearIn("", "anything"));
    }
}
