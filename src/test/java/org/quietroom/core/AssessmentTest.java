package org.quietroom.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quietroom.core.Assessment.Summary;

class AssessmentTest {
    @Test
    void aPlainVisitFindsNothingButNeverSaysSafe() {
        Assessment a = Assessment.of(SnapshotFixtures.plainHttps().build());
        assertEquals(Summary.NOTHING_FOUND, a.summary());
    }

    @Test
    void anyRiskLeadsTheSummary() {
        Assessment a = Assessment.of(SnapshotFixtures.plainHttps().webdriver(Tri.YES).build());
        assertEquals(Summary.FOUND_RISK, a.summary());
    }

    @Test
    void aSilentBrowserSaysItCouldNotTell() {
        Assessment a = Assessment.of(SnapshotFixtures.silent().build());
        assertEquals(Summary.MOSTLY_UNKNOWN, a.summary());
    }

    @Test
    void findingsComeInRegistryOrder() {
        Assessment a = Assessment.of(SnapshotFixtures.plainHttps().build());
        assertEquals(org.quietroom.core.check.Checks.ALL.size(), a.findings().size());
        assertEquals("connection", a.findings().get(0).check());
    }
}
