package org.quietroom.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quietroom.core.Outcome;
import org.quietroom.core.SnapshotFixtures;
import org.quietroom.core.Tri;

class FramingCheckTest {
    @ParameterizedTest(name = "framed={0} -> {1}")
    @CsvSource({"NO, OK", "YES, RISK", "UNKNOWN, UNKNOWN"})
    void reportsWhetherThePageIsInsideAnother(Tri framed, Outcome expected) {
        assertEquals(expected, new FramingCheck().run(SnapshotFixtures.plainHttps().framed(framed).build()).outcome());
    }
}
