package org.quietroom.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.SnapshotFixtures;
import org.quietroom.core.Tri;

class FramingCheckTest {
    private final FramingCheck check = new FramingCheck();

    private Finding framedBy(String... ancestors) {
        return check.run(SnapshotFixtures.plainHttps().framed(Tri.YES).ancestorOrigins(List.of(ancestors)).build());
    }

    @ParameterizedTest(name = "framed={0} -> {1}")
    @CsvSource({"NO, OK", "YES, RISK", "UNKNOWN, UNKNOWN"})
    void reportsWhetherThePageIsInsideAnother(Tri framed, Outcome expected) {
        assertEquals(expected, check.run(SnapshotFixtures.plainHttps().framed(framed).build()).outcome());
    }

    @Test
    void namesAnotherOriginThatFramesIt() {
        Finding f = framedBy("https://evil.example");
        assertEquals(FramingCheck.Result.FRAMED_OTHER_ORIGIN, f.reason());
        assertEquals(List.of("https://evil.example"), f.evidence());
    }

    @Test
    void framedBySelfIsItsOwnRiskBecauseThatPageCanReadThisOne() {
        Finding f = framedBy("https://quietroom.app");
        assertEquals(FramingCheck.Result.FRAMED_SAME_ORIGIN, f.reason());
        assertEquals(Outcome.RISK, f.outcome());
    }

    @Test
    void theNearestDifferentOriginIsNamedInNestedFrames() {
        assertEquals(List.of("https://outer.example"),
                framedBy("https://quietroom.app", "https://outer.example").evidence());
    }

    @Test
    void firefoxWithoutAncestorOriginsAndHiddenOriginsSayOriginUnknown() {
        assertEquals(FramingCheck.Result.FRAMED, framedBy().reason());
        assertEquals(FramingCheck.Result.FRAMED, framedBy("null").reason());
        assertEquals(FramingCheck.Result.FRAMED, framedBy("https://quietroom.app", "null").reason());
        // One hidden ancestor does not hide a known different one.
        assertEquals(FramingCheck.Result.FRAMED_OTHER_ORIGIN, framedBy("null", "https://other.example").reason());
    }
}
