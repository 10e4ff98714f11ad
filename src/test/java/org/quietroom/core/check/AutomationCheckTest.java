package org.quietroom.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quietroom.core.Outcome;
import org.quietroom.core.SnapshotFixtures;
import org.quietroom.core.Tri;

class AutomationCheckTest {
    @ParameterizedTest(name = "webdriver={0} -> {1}")
    @CsvSource({"NO, OK", "YES, RISK", "UNKNOWN, NOT_CHECKED"})
    void readsTheWebdriverFlag(Tri webdriver, Outcome expected) {
        assertEquals(expected, new AutomationCheck().run(SnapshotFixtures.plainHttps().webdriver(webdriver).build())
                .outcome());
    }
}
