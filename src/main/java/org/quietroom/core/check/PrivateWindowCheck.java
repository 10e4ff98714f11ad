package org.quietroom.core.check;

import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;
import org.quietroom.core.platform.Platform;

/**
 * Private window: asked, not detected. Every result is "not checked" with the steps to open one in this
 * browser; the check never says "not private" (a wrong "not private" could push someone into a
 * risky action).
 *
 * <p>Why nothing is probed: Chromium gives no signal any more (predictable reported quota). Firefox
 * and Safari do ({@code navigator.storage.getDirectory()} rejects in private windows), but in a
 * normal window that same call opens this site's Origin Private File System, which can create a site-data entry,
 * and we could not prove here that it does not: this machine has no Firefox or Safari to measure
 * it on. On Chromium 156 we measured that even the read-only looking {@code indexedDB.databases()} and
 * {@code caches.keys()} write a storage-bucket record for the site (see boot.js). A page that promises to store
 * nothing therefore does not call it. The catalog's positive-only cue stays possible once someone proves, per
 * engine, that the call leaves nothing behind.
 */
public final class PrivateWindowCheck implements Check {
    public static final String ID = "private-window";

    /** The closed set of results: which how-to to show. */
    public enum Result implements Reason {
        ASK_CHROME(Outcome.NOT_CHECKED, "ask-chrome"),
        ASK_EDGE(Outcome.NOT_CHECKED, "ask-edge"),
        ASK_FIREFOX(Outcome.NOT_CHECKED, "ask-firefox"),
        ASK_SAFARI(Outcome.NOT_CHECKED, "ask-safari"),
        ASK_SAMSUNG(Outcome.NOT_CHECKED, "ask-samsung"),
        /** An app's browser has no private window: open the page in a browser first. */
        IN_APP(Outcome.NOT_CHECKED, "in-app"),
        ASK_GENERIC(Outcome.NOT_CHECKED, "ask-generic");

        private final Outcome outcome;
        private final String key;

        Result(Outcome outcome, String key) {
            this.outcome = outcome;
            this.key = key;
        }

        @Override
        public Outcome outcome() {
            return outcome;
        }

        @Override
        public String key() {
            return key;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reason[] reasons() {
        return Result.values();
    }

    @Override
    public Finding run(Snapshot s) {
        AppBrowsers.Kind app = AppBrowsers.detect(s.userAgent()).kind();
        if (app != AppBrowsers.Kind.NONE && app != AppBrowsers.Kind.UNKNOWN) {
            return Finding.of(ID, Result.IN_APP);
        }
        switch (Platform.parse(s.userAgent()).browser()) {
            case CHROME:
                return Finding.of(ID, Result.ASK_CHROME);
            case EDGE:
                return Finding.of(ID, Result.ASK_EDGE);
            case FIREFOX:
                return Finding.of(ID, Result.ASK_FIREFOX);
            case SAFARI:
                return Finding.of(ID, Result.ASK_SAFARI);
            case SAMSUNG:
                return Finding.of(ID, Result.ASK_SAMSUNG);
            default:
                return Finding.of(ID, Result.ASK_GENERIC);
        }
    }
}
