package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {
    static final String[] REFUSED = {
        "", "12", "+12", "1 2", "123456789012345678901", "+1 (", "+1 ()", "+1 (2", "1)2", "(1(2))3", "1(2)3",
        "+", "++44 20", "44+20", "+ 44 20", "+44  20", " 44 20", "44 20 ", "44--20", "44 -20", "44-", "(44) -20",
        "(4 4) 20", "(4-4) 20", "0808.2000.247", "0808/2000/247", "tel:0808", "0808 2000 247 ext 3", "START",
        "\uff10\uff18\uff10\uff18 2000 247", "\u0660\u0668\u0660\u0668 2000 247", "\u06f0\u06f8\u06f0 2000",
        "0808\u202e2000 247", "0808\u200b2000", "0808\u00a02000", "0808\t2000", "0808\n2000", "0808 2000 247\u0000",
        "+44\u2212808", "\u0968\u0966\u0966", "1234567890123456789012345678901234", "+44 (0)20 7946 0000",
        "+49 (030) 1234567",
    };

    static final String[] ACCEPTED = {
        "1-800-799-7233", "0808 2000 247", "88788", "+44 808 2000 247", "(020) 7946 0000", "(202) 555-0100",
        "+1 (202) 555-0100",
        "911", "112", "+1-800-799-7233", "12345678901234567890", "+(44) 20",
    };

    @Test
    void refusesLookAlikesAndOddShapes() {
        for (String n : REFUSED) {
            assertFalse(PhoneNumber.isValid(n), n);
        }
        assertFalse(PhoneNumber.isValid(null));
    }

    @Test
    void acceptsWrittenNumbers() {
        for (String n : ACCEPTED) {
            assertTrue(PhoneNumber.isValid(n), n);
        }
    }

    @Test
    void dialsOnlyThePlusAndAsciiDigits() {
        assertEquals("18007997233", PhoneNumber.dialString("1-800-799-7233"));
        assertEquals("+12025550100", PhoneNumber.dialString("+1 (202) 555-0100"));
        assertEquals("", PhoneNumber.dialString("+44 (0)20 7946 0000"));
        assertEquals("", PhoneNumber.dialString("\uff10\uff18\uff10\uff18"));
    }
}
