package org.quietroom.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.SnapshotFixtures;

/** User-Agent strings from shalanah/inapp-spy's fixtures ({@code src/tests/mobile.ts}) and the browsers' own. */
class InAppBrowserCheckTest {
    private final InAppBrowserCheck check = new InAppBrowserCheck();

    private Finding run(String ua) {
        return check.run(SnapshotFixtures.plainHttps().userAgent(ua).build());
    }

    @ParameterizedTest(name = "{1}")
    @CsvFileSource(resources = "in-app-user-agents.psv", delimiter = '|', numLinesToSkip = 1)
    void namesTheApp(String ua, String app) {
        Finding f = run(ua);
        assertEquals(InAppBrowserCheck.Result.APP, f.reason());
        assertEquals(Outcome.RISK, f.outcome());
        assertEquals(List.of(app), f.evidence());
    }

    @Test
    void theGoogleAppIsALowerRisk() {
        Finding f = run("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                + "Gecko) GSA/334.0.674067880 Mobile/15E148 Safari/604.1");
        assertEquals(InAppBrowserCheck.Result.GOOGLE_APP, f.reason());
        assertEquals(Outcome.CAUTION, f.outcome());
    }

    @Test
    void unnamedWebViewsAreWorthALook() {
        assertEquals(InAppBrowserCheck.Result.ANDROID_WEBVIEW, run("Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/"
                + "AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.58 Mobile "
                + "Safari/537.36").reason());
        assertEquals(InAppBrowserCheck.Result.IOS_WEBVIEW, run("Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS "
                + "X) AppleWebKit/602.3.12 (KHTML, like Gecko) Mobile/14D27 Twitter for iPhone").reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "browser-user-agents.psv", delimiter = '|', numLinesToSkip = 1)
    void ordinaryBrowsersAreNotApps(String ua) {
        assertEquals(InAppBrowserCheck.Result.NOT_FOUND, run(ua).reason());
    }

    @Test
    void linuxIsNotLineAndAMissingStringIsUnknown() {
        assertEquals(InAppBrowserCheck.Result.NOT_FOUND, run("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 "
                + "Firefox/140.0").reason());
        assertEquals(Outcome.UNKNOWN, check.run(SnapshotFixtures.silent().build()).outcome());
    }
}
