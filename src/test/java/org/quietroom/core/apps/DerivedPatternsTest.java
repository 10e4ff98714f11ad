package org.quietroom.core.apps;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DerivedPatternsTest {
    @Test
    void everyPatternMatchesEachEntryItComesFrom() {
        for (int p = 0; p < DerivedPatterns.count(); p++) {
            assertTrue(DerivedPatterns.sources(p).length >= 2, "pattern " + p + " names its source entries");
            for (String source : DerivedPatterns.sources(p)) {
                assertTrue(DerivedPatterns.fits(p, AppFold.pkg(source)), source);
            }
        }
    }

    @Test
    void patternsStayNarrow() {
        for (int p = 0; p < DerivedPatterns.count(); p++) {
            String source = DerivedPatterns.sources(p)[0];
            assertFalse(DerivedPatterns.fits(p, source + ".x"), source);
            assertFalse(DerivedPatterns.fits(p, source.substring(0, source.length() - 4)), source);
        }
    }
}
