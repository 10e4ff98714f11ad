package org.quietroom.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quietroom.core.Assessment.Summary;
import org.quietroom.core.check.Checks;

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
        List<String> ids = new ArrayList<>();
        for (Finding f : a.findings()) {
            ids.add(f.check());
        }
        assertEquals(List.of("connection", "host", "framing", "page-integrity", "injected-content", "in-app-browser",
                "automation", "visit-traces", "private-window", "hardened-browser", "browser-os"), ids);
    }

    @Test
    void aPlainVisitHasNoCautionAnywhere() {
        for (Finding f : Assessment.of(SnapshotFixtures.plainHttps().build()).findings()) {
            assertTrue(f.outcome() == Outcome.OK || f.outcome() == Outcome.NOT_CHECKED, f.messageKey());
        }
    }

    @Test
    void informationalChecksDoNotDiluteUnknowns() {
        // Five of the nine checks that can answer could not: connection, host, framing, page-integrity and
        // injected-content. Two never give a verdict (private-window, hardened-browser) and must not count.
        Snapshot s = SnapshotFixtures.plainHttps().protocol("").hostname("").framed(Tri.UNKNOWN)
                .cspCanaryRan(Tri.UNKNOWN).pageWatched(Tri.UNKNOWN).build();
        assertEquals(Summary.MOSTLY_UNKNOWN, Assessment.of(s).summary());
        Snapshot four = SnapshotFixtures.plainHttps().protocol("").hostname("").framed(Tri.UNKNOWN)
                .cspCanaryRan(Tri.UNKNOWN).build();
        assertEquals(Summary.NOTHING_FOUND, Assessment.of(four).summary());
    }

    @Test
    void aCautionAloneLeadsToTheCautionSummary() {
        Assessment a = Assessment.of(SnapshotFixtures.plainHttps().cspViolations(2).build());
        assertEquals(Summary.FOUND_CAUTION, a.summary());
    }

    @Test
    void everyCheckIdIsUniqueAndEveryReasonKeyIsUniqueWithinItsCheck() {
        Set<String> ids = new HashSet<>();
        for (Check check : Checks.ALL) {
            assertTrue(ids.add(check.id()), check.id());
            Set<String> keys = new HashSet<>();
            for (Reason reason : check.reasons()) {
                assertTrue(keys.add(reason.key()), check.id() + "." + reason.key());
            }
        }
    }

    @Test
    void sameAsComparesSummaryAndEachFindingsResultAndEvidenceInOrder() {
        Assessment a = Assessment.of(SnapshotFixtures.plainHttps().build());
        Assessment again = Assessment.of(SnapshotFixtures.plainHttps().build());
        org.junit.jupiter.api.Assertions.assertTrue(a.sameAs(again));
        Assessment otherHost = Assessment.of(SnapshotFixtures.plainHttps().hostname("help.example.org").build());
        org.junit.jupiter.api.Assertions.assertFalse(a.sameAs(otherHost), "the host's evidence differs");
        Assessment framed = Assessment.of(SnapshotFixtures.plainHttps().framed(Tri.YES).build());
        org.junit.jupiter.api.Assertions.assertFalse(a.sameAs(framed), "a result differs");
    }
}
