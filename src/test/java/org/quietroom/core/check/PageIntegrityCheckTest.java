package org.quietroom.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Snapshot;
import org.quietroom.core.SnapshotFixtures;
import org.quietroom.core.Tri;

class PageIntegrityCheckTest {
    private final PageIntegrityCheck check = new PageIntegrityCheck();

    private Finding run(Snapshot.Builder b) {
        return check.run(b.build());
    }

    @Test
    void intactWhenTheCanaryIsBlockedEveryScriptIsPinnedAndNothingWasBlocked() {
        Finding f = run(SnapshotFixtures.plainHttps());
        assertEquals(PageIntegrityCheck.Result.INTACT, f.reason());
        assertEquals(Outcome.OK, f.outcome());
    }

    @Test
    void aHostThatSentNoHeaderPolicyIsSaidWithoutAlarm() {
        // The canary's violations came only from the page's meta policy: the page is intact, the host sent no
        // headers (GitHub Pages, a shared host). Nothing for the person to do; said plainly, not as a worry.
        Finding f = run(SnapshotFixtures.plainHttps().cspHeader(Tri.NO));
        assertEquals(PageIntegrityCheck.Result.INTACT_PAGE_ONLY, f.reason());
        assertEquals(Outcome.OK, f.outcome());
        assertEquals(PageIntegrityCheck.Result.INTACT, run(SnapshotFixtures.plainHttps().cspHeader(Tri.YES)).reason());
        // An engine that reported no canary event: not guessed either way.
        assertEquals(PageIntegrityCheck.Result.INTACT,
                run(SnapshotFixtures.plainHttps().cspHeader(Tri.UNKNOWN)).reason());
        // What goes wrong first is still said first.
        assertEquals(PageIntegrityCheck.Result.BLOCKED_ATTEMPTS,
                run(SnapshotFixtures.plainHttps().cspHeader(Tri.NO).cspViolations(1)).reason());
    }

    @Test
    void aCanaryThatRanMeansThePolicyWasStripped() {
        Finding f = run(SnapshotFixtures.plainHttps().cspCanaryRan(Tri.YES).cspViolations(0));
        assertEquals(PageIntegrityCheck.Result.POLICY_MISSING, f.reason());
        assertEquals(Outcome.RISK, f.outcome());
    }

    @Test
    void aSameOriginScriptWithoutIntegrityIsNamed() {
        Finding f = run(SnapshotFixtures.plainHttps().unpinnedScripts(List.of("/test-wrap.js", "https://cdn.example")));
        assertEquals(PageIntegrityCheck.Result.UNPINNED_SCRIPT, f.reason());
        assertEquals(List.of("/test-wrap.js, https://cdn.example"), f.evidence());
    }

    @Test
    void extensionScriptsAreLeftToTheInjectedContentCheck() {
        Finding f = run(SnapshotFixtures.plainHttps().unpinnedScripts(List.of("chrome-extension:", "moz-extension:")));
        assertEquals(PageIntegrityCheck.Result.INTACT, f.reason());
    }

    @Test
    void foreignViolationsAreWorthALookWithTheHarmlessReasonFirst() {
        Finding f = run(SnapshotFixtures.plainHttps().cspViolations(3));
        assertEquals(PageIntegrityCheck.Result.BLOCKED_ATTEMPTS, f.reason());
        assertEquals(Outcome.CAUTION, f.outcome());
        assertEquals(List.of("3"), f.evidence());
    }

    @Test
    void missingRecordsAreUnknownNeverIntact() {
        assertEquals(Outcome.UNKNOWN, run(SnapshotFixtures.silent()).outcome());
        assertEquals(Outcome.UNKNOWN, run(SnapshotFixtures.plainHttps().scriptCount(-1)).outcome());
        assertEquals(Outcome.UNKNOWN, run(SnapshotFixtures.plainHttps().cspViolations(-1)).outcome());
        assertEquals(Outcome.UNKNOWN, run(SnapshotFixtures.plainHttps().cspCanaryRan(Tri.UNKNOWN)).outcome());
    }
}
