package org.quietroom.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class PlatformTest {

    /** Real-world User-Agent strings, as the browsers send them: see user-agents.psv. */
    @ParameterizedTest(name = "{0} {1} on {2}, mobile {3}")
    @CsvFileSource(resources = "user-agents.psv", delimiter = '|')
    void readsRealWorldUserAgents(Platform.Browser browser, int version, Platform.Os os, boolean mobile, String ua) {
        assertEquals(new Platform(browser, version, os, mobile), Platform.parse(ua));
    }

    @Test
    void readsAMacintoshStringAsMacOsWithoutTouch() {
        String ipadDesktopMode = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Safari/605.1.15";
        assertEquals(Platform.Os.MACOS, Platform.parse(ipadDesktopMode).os());
    }

    @Test
    void readsAMacintoshStringWithMultiTouchAsAnIpad() {
        String ipadDesktopMode = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Safari/605.1.15";
        assertEquals(new Platform(Platform.Browser.SAFARI, 17, Platform.Os.IOS, false),
                Platform.parse(ipadDesktopMode, true));
    }

    @Test
    void ignoresTouchOutsideMacintoshStrings() {
        String windows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
        assertEquals(Platform.Os.WINDOWS, Platform.parse(windows, true).os());
    }

    @Test
    void givesUnknownForAMissingOrEmptyString() {
        assertEquals(Platform.UNKNOWN, Platform.parse(null));
        assertEquals(Platform.UNKNOWN, Platform.parse(""));
    }

    @Test
    void givesOtherForAnUnrecognisedString() {
        assertEquals(Platform.UNKNOWN, Platform.parse("curl/8.5.0"));
    }

    @Test
    void readsNoVersionWhenTheTokenHasNoDigits() {
        assertEquals(-1, Platform.versionAfter("Firefox/abc", "Firefox/"));
        assertEquals(-1, Platform.versionAfter("Chrome", "Firefox/"));
        assertEquals(-1, Platform.versionAfter("Firefox/", "Firefox/"));
    }

    @Test
    void triesTheDesktopBrowserBeforeTheSystem() {
        Platform chromeMac = new Platform(Platform.Browser.CHROME, 131, Platform.Os.MACOS, false);
        assertEquals(List.of("chrome-macos", "chrome", "macos", "generic"), chromeMac.variants());
    }

    @Test
    void skipsTheDesktopBrowserOnPhones() {
        Platform chromeAndroid = new Platform(Platform.Browser.CHROME, 131, Platform.Os.ANDROID, true);
        assertEquals(List.of("chrome-android", "android", "generic"), chromeAndroid.variants());
    }

    @Test
    void keepsSamsungInternetAsItsOwnVariantOnAndroid() {
        Platform samsung = new Platform(Platform.Browser.SAMSUNG, 27, Platform.Os.ANDROID, true);
        assertEquals(List.of("samsung-android", "samsung", "android", "generic"), samsung.variants());
    }

    @Test
    void fallsBackToTheGenericVariantWhenNothingIsKnown() {
        assertEquals(List.of("generic"), Platform.UNKNOWN.variants());
        Platform otherOnIos = new Platform(Platform.Browser.OTHER, -1, Platform.Os.IOS, true);
        assertEquals(List.of("ios", "generic"), otherOnIos.variants());
    }
}
