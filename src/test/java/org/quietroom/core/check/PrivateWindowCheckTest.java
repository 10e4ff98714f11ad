package org.quietroom.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.SnapshotFixtures;

class PrivateWindowCheckTest {
    private final PrivateWindowCheck check = new PrivateWindowCheck();

    @ParameterizedTest(name = "{1}")
    @CsvFileSource(resources = "private-window-user-agents.psv", delimiter = '|', numLinesToSkip = 1)
    void showsTheStepsForThisBrowser(String ua, PrivateWindowCheck.Result expected) {
        assertEquals(expected, check.run(SnapshotFixtures.plainHttps().userAgent(ua).build()).reason());
    }

    @Test
    void neverGivesAVerdict() {
        for (Reason reason : check.reasons()) {
            assertEquals(Outcome.NOT_CHECKED, reason.outcome(), reason.key());
        }
        assertEquals(PrivateWindowCheck.Result.ASK_GENERIC, check.run(SnapshotFixtures.silent().build()).reason());
    }
}
