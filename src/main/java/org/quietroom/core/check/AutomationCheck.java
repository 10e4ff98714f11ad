package org.quietroom.core.check;

import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;

/**
 * {@code navigator.webdriver} (W3C WebDriver, "webdriver-active flag"): the browser says that software is
 * driving it. Rare outside test rigs and kiosks; stealth tools can hide it, so "no" proves nothing.
 */
public final class AutomationCheck implements Check {
    public static final String ID = "automation";

    /** The closed set of results. */
    public enum Result implements Reason {
        NOT_REPORTED(Outcome.OK, "not-reported"),
        CONTROLLED(Outcome.RISK, "controlled"),
        NOT_AVAILABLE(Outcome.NOT_CHECKED, "not-available");

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
        switch (s.webdriver()) {
            case YES:
                return Finding.of(ID, Result.CONTROLLED);
            case NO:
                return Finding.of(ID, Result.NOT_REPORTED);
            default:
                return Finding.of(ID, Result.NOT_AVAILABLE);
        }
    }
}
