package org.quietroom.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.SnapshotFixtures;

class BrowserOsCheckTest {
    private final BrowserOsCheck check = new BrowserOsCheck();

    private Finding run(String ua) {
        return check.run(SnapshotFixtures.plainHttps().userAgent(ua).build());
    }

    @ParameterizedTest(name = "{1} on {2}")
    @CsvFileSource(resources = "browser-os-user-agents.psv", delimiter = '|', numLinesToSkip = 1)
    void namesBrowserVersionAndSystem(String ua, String browser, String os) {
        Finding f = run(ua);
        assertEquals(BrowserOsCheck.Result.IDENTIFIED, f.reason());
        assertEquals(List.of(browser, os), f.evidence());
    }

    @Test
    void anAppBrowserShowsOnlyTheSystem() {
        Finding f = run("Mozilla/5.0 (Linux; Android 11; Mi A3; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 "
                + "Chrome/131.0.6778.14 Mobile Safari/537.36 Instagram 355.0.0.37.103");
        assertEquals(BrowserOsCheck.Result.SYSTEM_ONLY, f.reason());
        assertEquals(List.of("Android"), f.evidence());
    }

    @Test
    void informationalOnly() {
        for (Reason reason : check.reasons()) {
            assertNotEquals(Outcome.CAUTION, reason.outcome());
            assertNotEquals(Outcome.RISK, reason.outcome());
        }
        assertEquals(BrowserOsCheck.Result.NOT_RECOGNISED, check.run(SnapshotFixtures.silent().build()).reason());
        assertEquals(BrowserOsCheck.Result.NOT_RECOGNISED, run("curl/8.5.0").reason());
    }
}
