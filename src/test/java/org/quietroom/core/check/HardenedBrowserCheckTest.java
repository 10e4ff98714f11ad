package org.quietroom.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.SnapshotFixtures;
import org.quietroom.core.Tri;

class HardenedBrowserCheckTest {
    private final HardenedBrowserCheck check = new HardenedBrowserCheck();

    @Test
    void noWebAssemblyIsAKindPositiveCue() {
        Finding f = check.run(SnapshotFixtures.plainHttps().webAssembly(Tri.NO).tier("js").build());
        assertEquals(HardenedBrowserCheck.Result.NO_WEBASSEMBLY, f.reason());
        assertEquals(Outcome.OK, f.outcome());
        assertEquals(List.of("js"), f.evidence());
    }

    @Test
    void braveIsAKindPositiveCue() {
        Finding f = check.run(SnapshotFixtures.plainHttps().brave(Tri.YES).build());
        assertEquals(HardenedBrowserCheck.Result.BRAVE, f.reason());
        assertEquals(Outcome.OK, f.outcome());
    }

    @Test
    void theJavaScriptBuildAloneIsNoCueWhenWebAssemblyExists() {
        // An older browser without WebAssembly GC runs the JavaScript build too; that is not a protection.
        Finding f = check.run(SnapshotFixtures.plainHttps().tier("js").webAssembly(Tri.YES).build());
        assertEquals(HardenedBrowserCheck.Result.NOTHING_NOTICED, f.reason());
    }

    @Test
    void neverAWarning() {
        for (Reason reason : check.reasons()) {
            assertNotEquals(Outcome.CAUTION, reason.outcome());
            assertNotEquals(Outcome.RISK, reason.outcome());
        }
        assertEquals(HardenedBrowserCheck.Result.NOTHING_NOTICED,
                check.run(SnapshotFixtures.silent().build()).reason());
    }
}
