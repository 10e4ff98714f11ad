package org.quietroom.core.check;

import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;

/**
 * Whether this page is shown inside another page. The production headers forbid framing
 * ({@code frame-ancestors 'none'}), so a framed page means the headers were lost or a host without them
 * serves it; the outer page can see nothing typed here, but it can cover or imitate parts of it.
 */
public final class FramingCheck implements Check {
    public static final String ID = "framing";

    /** The closed set of results. */
    public enum Result implements Reason {
        TOP_LEVEL(Outcome.OK, "top-level"),
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
                return Finding.of(ID, Result.FRAMED);
            default:
                return Finding.of(ID, Result.UNKNOWN);
        }
    }
}
