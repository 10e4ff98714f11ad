package org.quietroom.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Snapshot;
import org.quietroom.core.SnapshotFixtures;

class VisitTracesCheckTest {
    private final VisitTracesCheck check = new VisitTracesCheck();

    private Finding run(Snapshot.Builder b) {
        return check.run(b.build());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://www.google.com,                   FROM_SEARCH",
        "https://www.google.co.uk,                 FROM_SEARCH",
        "https://google.de,                        FROM_SEARCH",
        "https://www.bing.com,                     FROM_SEARCH",
        "https://duckduckgo.com,                   FROM_SEARCH",
        "android-app://com.google.android.googlequicksearchbox, FROM_SEARCH",
        "https://mail.google.com,                  FROM_WEBMAIL",
        "https://outlook.live.com,                 FROM_WEBMAIL",
        "android-app://com.google.android.gm,      FROM_WEBMAIL",
        "https://l.facebook.com,                   FROM_SOCIAL",
        "https://t.co,                             FROM_SOCIAL",
        "https://www.reddit.com,                   FROM_SOCIAL",
        "https://www.womensaid.org.uk,             FROM_OTHER_SITE",
        "https://docs.google.com,                  FROM_OTHER_SITE",
        "https://google.evil.example,              FROM_OTHER_SITE",
        "https://notgoogle.com,                    FROM_OTHER_SITE",
    })
    void classifiesTheReferrerOrigin(String referrer, VisitTracesCheck.Result expected) {
        Finding f = run(SnapshotFixtures.plainHttps().referrerOrigin(referrer));
        assertEquals(expected, f.reason());
        assertEquals(List.of(referrer), f.evidence());
    }

    @Test
    void aReferrerOnThisVerySiteIsNotATrace() {
        Finding f = run(SnapshotFixtures.plainHttps().referrerOrigin("https://quietroom.app"));
        assertEquals(VisitTracesCheck.Result.FRESH_TAB, f.reason());
    }

    @Test
    void aSearchIsActionableSoItIsWorthALook() {
        assertEquals(Outcome.CAUTION, run(SnapshotFixtures.plainHttps().referrerOrigin("https://www.google.com"))
                .outcome());
    }

    @Test
    void dataAlreadySavedForThisSiteIsNamedByApi() {
        Finding f = run(SnapshotFixtures.plainHttps().cookieLength(12).localStorageLength(0).serviceWorkerCount(1));
        assertEquals(VisitTracesCheck.Result.STORED_DATA, f.reason());
        assertEquals(List.of("document.cookie, serviceWorker"), f.evidence());
        assertEquals(Outcome.CAUTION, f.outcome());
    }

    @Test
    void aSearchReferrerComesBeforeSavedData() {
        Finding f = run(SnapshotFixtures.plainHttps().referrerOrigin("https://www.bing.com").localStorageLength(2));
        assertEquals(VisitTracesCheck.Result.FROM_SEARCH, f.reason());
    }

    @Test
    void historyInThisTab() {
        Finding f = run(SnapshotFixtures.plainHttps().historyLength(4));
        assertEquals(VisitTracesCheck.Result.EARLIER_PAGES, f.reason());
        assertEquals(List.of("3"), f.evidence());
        assertEquals(VisitTracesCheck.Result.FRESH_TAB, run(SnapshotFixtures.plainHttps().historyLength(1)).reason());
    }

    @Test
    void unknownStorageIsNotSavedData() {
        Finding f = run(SnapshotFixtures.plainHttps().cookieLength(-1).localStorageLength(-1).serviceWorkerCount(-1));
        assertEquals(VisitTracesCheck.Result.FRESH_TAB, f.reason());
        assertEquals(Outcome.UNKNOWN, run(SnapshotFixtures.silent()).outcome());
    }
}
