package org.quietroom.core.check;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;
import org.quietroom.core.Text;

/**
 * What this visit leaves behind and what was already here: where the person came from
 * (referrer origin only), whether Back shows earlier pages, and whether this browser already had data saved for
 * this site. Quietroom itself stores nothing, so saved data means someone (or another page on this address)
 * stored it earlier.
 *
 * <p>Data is read without creating any: the cookie string, {@code localStorage.length} and service-worker
 * registrations. {@code indexedDB.databases()} and {@code caches.keys()} are left out: on Chromium 156 each
 * writes a storage-bucket record for the site (measured; see boot.js). One finding per check, so the most
 * actionable fact is shown: a search, webmail or social referrer, then saved data, then the tab's history.
 */
public final class VisitTracesCheck implements Check {
    public static final String ID = "visit-traces";

    /** The closed set of results, most actionable first. */
    public enum Result implements Reason {
        /** Came from a search engine. Evidence: its origin. */
        FROM_SEARCH(Outcome.CAUTION, "from-search"),
        /** Came from webmail. Evidence: its origin. */
        FROM_WEBMAIL(Outcome.CAUTION, "from-webmail"),
        /** Came from a social site. Evidence: its origin. */
        FROM_SOCIAL(Outcome.CAUTION, "from-social"),
        /** This browser already had data saved for this site. Evidence: which kinds. */
        STORED_DATA(Outcome.CAUTION, "stored-data"),
        /** Came from a link on another site. Evidence: its origin. */
        FROM_OTHER_SITE(Outcome.OK, "from-other-site"),
        /** The tab has earlier pages. Evidence: how many. */
        EARLIER_PAGES(Outcome.OK, "earlier-pages"),
        /** A fresh tab with no earlier pages. */
        FRESH_TAB(Outcome.OK, "fresh-tab"),
        UNKNOWN(Outcome.UNKNOWN, "unknown");

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
        // A referrer on this very site (another language's page, a reload) says nothing about the visit.
        String referrer = s.referrerOrigin().equals(s.origin()) ? "" : s.referrerOrigin();
        Referrers.Kind kind = Referrers.classify(referrer);
        switch (kind) {
            case SEARCH:
                return Finding.of(ID, Result.FROM_SEARCH, referrer);
            case WEBMAIL:
                return Finding.of(ID, Result.FROM_WEBMAIL, referrer);
            case SOCIAL:
                return Finding.of(ID, Result.FROM_SOCIAL, referrer);
            default:
                break;
        }
        List<String> stored = storedKinds(s);
        if (!stored.isEmpty()) {
            return Finding.of(ID, Result.STORED_DATA, Text.join(stored, ", "));
        }
        if (kind == Referrers.Kind.OTHER) {
            return Finding.of(ID, Result.FROM_OTHER_SITE, referrer);
        }
        if (s.historyLength() > 1) {
            return Finding.of(ID, Result.EARLIER_PAGES, String.valueOf(s.historyLength() - 1));
        }
        if (s.historyLength() == 1) {
            return Finding.of(ID, Result.FRESH_TAB);
        }
        return Finding.of(ID, Result.UNKNOWN);
    }

    /** The kinds of saved data found, by their web API names (language-neutral evidence). */
    private static List<String> storedKinds(Snapshot s) {
        List<String> kinds = new ArrayList<>();
        if (s.cookieLength() > 0) {
            kinds.add("document.cookie");
        }
        if (s.localStorageLength() > 0) {
            kinds.add("localStorage");
        }
        if (s.serviceWorkerCount() > 0) {
            kinds.add("serviceWorker");
        }
        return kinds;
    }
}
