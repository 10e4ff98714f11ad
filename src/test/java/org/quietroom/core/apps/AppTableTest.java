package org.quietroom.core.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppTableTest {
    private static final AppTable TABLE = AppTable.parse(
            "s\tTheTruthSpy\tCopy9|GuestSpy\tcom.systemservice|com.guest\t\n"
            + "s\tiKeyMonitor\t\tcom.android.internet.a20200817\t\n"
            + "s\tOtherSpy\tCopy9\tcom.guest\t\n"
            + "w\tLife360\t\tcom.life360.android.safetymapd\tcom.life360.safetymap\n"
            + "broken line\n");

    private static AppMatch only(String typed) {
        List<AppMatch> m = TABLE.lookup(typed);
        assertEquals(1, m.size(), typed);
        return m.get(0);
    }

    @Test
    void malformedLinesAreSkipped() {
        assertEquals(4, TABLE.size());
    }

    @Test
    void exactNameAndAlias() {
        assertEquals("TheTruthSpy", TABLE.name(only("TheTruthSpy").app()));
        assertEquals(AppKind.STALKERWARE, only("GuestSpy").kind());
        assertEquals("TheTruthSpy", TABLE.name(only("GuestSpy").app()));
    }

    @Test
    void normalisesCaseSpacesAccentsAndLookAlikes() {
        assertEquals("TheTruthSpy", TABLE.name(only("  the truth spy ").app()));
        assertEquals("TheTruthSpy", TABLE.name(only("THE-TRUTH-SPY").app()));
        // Cyrillic е and о, accented u
        assertEquals("TheTruthSpy", TABLE.name(only("Th\u0435 Tr\u00fath Spy").app()));
        assertEquals("Life360", TABLE.name(only("Lif\u0435 36\u0030").app()));
        // full-width letters
        assertEquals("Life360", TABLE.name(only("\uff2c\uff49\uff46\uff45360").app()));
    }

    @Test
    void packagesAndBundlesExactly() {
        assertEquals("TheTruthSpy", TABLE.name(only("com.systemservice").app()));
        assertEquals("TheTruthSpy", TABLE.name(only(" Com.SystemService. ").app()));
        assertEquals(AppKind.WATCHWARE, only("com.life360.safetymap").kind());
        assertEquals(AppKind.NO_MATCH, only("com.systemservice2").kind());
    }

    @Test
    void sharedAliasOrPackageShowsBoth() {
        assertEquals(2, TABLE.lookup("Copy9").size());
        List<AppMatch> both = TABLE.lookup("com.guest");
        assertEquals(2, both.size());
        assertEquals("TheTruthSpy", TABLE.name(both.get(0).app()));
        assertEquals("OtherSpy", TABLE.name(both.get(1).app()));
    }

    @Test
    void derivedPatternMatchesNewBuilds() {
        assertEquals("iKeyMonitor", TABLE.name(only("com.android.internet.a20251103").app()));
        assertEquals(AppKind.NO_MATCH, only("com.android.internet.a2025x103").kind());
        assertEquals(AppKind.NO_MATCH, only("com.android.internet.a").kind());
        assertEquals(AppKind.NO_MATCH, only("com.android.internet.a12345678901234").kind());
    }

    @Test
    void suggestiveNamesAreWeakerAndEverydayTrackersComeFirst() {
        AppMatch spy = only("Super Spy Camera");
        assertEquals(AppKind.SUGGESTIVE_NAME, spy.kind());
        assertEquals(-1, spy.app());
        assertFalse(spy.everyday());
        assertEquals(AppKind.SUGGESTIVE_NAME, only("Keylogger Pro").kind());
        assertEquals(AppKind.SUGGESTIVE_NAME, only("Cheater Catcher").kind());
        assertEquals(AppKind.SUGGESTIVE_NAME, only("Espía de WhatsApp").kind());
        assertEquals(AppKind.SUGGESTIVE_NAME, only("Rastreo de celular").kind());
        assertTrue(only("Period Tracker").everyday());
        assertTrue(only("Fitness Tracker").everyday());
        assertEquals(AppKind.SUGGESTIVE_NAME, only("Period Tracker").kind());
        assertFalse(only("Phone Tracker").everyday());
    }

    @Test
    void antiSpywareNamesAreNotSuggestive() {
        assertEquals(AppKind.NO_MATCH, only("Anti Spy Scanner").kind());
        assertEquals(AppKind.NO_MATCH, only("Spyware Detector").kind());
        assertEquals(AppKind.NO_MATCH, only("Antispyware").kind());
    }

    @Test
    void noMatchAndBlank() {
        assertEquals(AppKind.NO_MATCH, only("Calculator").kind());
        assertEquals(AppKind.NO_MATCH, only("qwzx zzkj").kind());
        assertTrue(TABLE.lookup("").isEmpty());
        assertTrue(TABLE.lookup("   ").isEmpty());
        assertTrue(TABLE.lookup(null).isEmpty());
        assertTrue(TABLE.lookup("!!! ???").isEmpty());
    }

    @Test
    void hostileAndHugeInput() {
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            huge.append("a\u0000<script>\t|\n\ud800");
        }
        List<AppMatch> m = TABLE.lookup(huge.toString());
        assertEquals(1, m.size());
        assertEquals(AppKind.NO_MATCH, m.get(0).kind());
        assertEquals(AppKind.NO_MATCH, only("<img src=x onerror=alert(1)>").kind());
        // A name longer than the cut is read by its first 200 characters: a known name, then junk, still matches.
        assertEquals("TheTruthSpy", TABLE.name(only("TheTruthSpy" + " ".repeat(250) + "zzz").app()));
        assertEquals(0, AppTable.parse(null).size());
        assertEquals(0, AppTable.parse("\t\t\t\t\n\n").size());
    }
}
