package org.quietroom.core.check;

import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;

/**
 * Whether this page is shown inside another page. The production headers forbid framing
 * ({@code frame-ancestors 'none'}), so a framed page means the headers were lost or a host without them
 * serves it.
 *
 * <p>Who frames it comes from {@code location.ancestorOrigins} (Chromium, WebKit, Firefox 153 ESR; not older
 * Firefox releases), which a
 * page may read without touching the other page. It matters: a page from another origin cannot read this one
 * (same-origin policy) but can cover or imitate parts of it; a page from this very origin can read everything
 * here, including what is typed. An ancestor shown as {@code "null"} (an embedder that hides its origin, e.g.
 * {@code referrerpolicy="no-referrer"} on its frame in Firefox) and a browser without the list give "origin
 * unknown". Whether it is framed at all is boot.js's record ({@code data-framed}).
 */
public final class FramingCheck implements Check {
    public static final String ID = "framing";

    /** The closed set of results. */
    public enum Result implements Reason {
        TOP_LEVEL(Outcome.OK, "top-level"),
        /** Inside a page from another origin. Evidence: that origin (the nearest one that differs). */
        FRAMED_OTHER_ORIGIN(Outcome.RISK, "framed-other-origin"),
        /** Inside a page from this same origin, which can read this page. Evidence: the origin. */
        FRAMED_SAME_ORIGIN(Outcome.RISK, "framed-same-origin"),
        /** Inside another page whose origin the browser does not say. */
        FRAMED(Outcome.RISK, "framed"),
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
        switch (s.framed()) {
            case NO:
                return Finding.of(ID, Result.TOP_LEVEL);
            case YES:
                return framed(s);
            default:
                return Finding.of(ID, Result.UNKNOWN);
        }
    }

    private static Finding framed(Snapshot s) {
        String own = s.origin();
        if (s.ancestorOrigins().isEmpty() || own.isEmpty()) {
            return Finding.of(ID, Result.FRAMED);
        }
        boolean unknownAncestor = false;
        for (String ancestor : s.ancestorOrigins()) {
            if (ancestor.isEmpty() || "null".equals(ancestor)) {
                unknownAncestor = true;
            } else if (!ancestor.equals(own)) {
                return Finding.of(ID, Result.FRAMED_OTHER_ORIGIN, ancestor);
            }
        }
        return unknownAncestor ? Finding.of(ID, Result.FRAMED) : Finding.of(ID, Result.FRAMED_SAME_ORIGIN, own);
    }
}
