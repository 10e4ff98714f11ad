package org.quietroom.core.helplines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.helplines.Helpline.Facet;
import org.quietroom.core.helplines.Helpline.Kind;

class HelplineTest {

    @Test
    void keysFollowTheFacetsInOrder() {
        Helpline h = new Helpline("xx-line", "XX", Kind.HELPLINE, "123", "", "", "", "https://example.org/",
                "2026-12-03", List.of(Facet.LABEL, Facet.HOURS, Facet.TRACES));
        assertEquals(List.of("helplines.xx-line.label", "helplines.xx-line.hours", "helplines.xx-line.traces"),
                h.keys());
    }

    @Test
    void anEntryWithoutANameOrWithAMissingPartIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Helpline("x", "XX", Kind.HELPLINE, "123", "", "",
                "", "https://example.org/", "2026-12-03", List.of(Facet.HOURS)));
        assertThrows(IllegalArgumentException.class, () -> new Helpline("x", "XX", Kind.HELPLINE, "123", "", "",
                "", "https://example.org/", "2026-12-03", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Helpline("x", "XX", Kind.HELPLINE, "123", null, "",
                "", "https://example.org/", "2026-12-03", List.of(Facet.LABEL)));
    }

    @Test
    void forCountryKeepsTheTablesOrderAndEveryCountryHasAnEmergencyOrAHelplineOrIsListedAsLeftOut() {
        assertEquals(List.of("ie-womens-aid", "ie-male-advice", "ie-emergency"), ids(Helplines.forCountry("IE")));
        assertTrue(Helplines.forCountry("MX").isEmpty(), "Mexico has no sourced entry yet (README: left out)");
        assertTrue(Helplines.forCountry("ZZ").isEmpty());
        for (Helpline h : Helplines.ALL) {
            assertTrue(Helplines.possibleKeys().containsAll(h.keys()), h.id());
            assertEquals(Helplines.CHECKED_ON, h.checkedOn(), h.id());
        }
    }

    private static List<String> ids(List<Helpline> list) {
        String[] out = new String[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i).id();
        }
        return List.of(out);
    }
}
