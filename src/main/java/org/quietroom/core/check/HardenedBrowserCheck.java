package org.quietroom.core.check;

import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;
import org.quietroom.core.Tri;

/**
 * A kind, positive cue when this browser has extra protections on; never a warning, and its
 * absence means nothing. {@code WebAssembly} is missing under Safari's Lockdown Mode, Tor Browser's "Safest"
 * level and a JIT switched off by policy (Edge {@code DefaultJavaScriptJitSetting}); then boot.js runs the
 * JavaScript build, which {@code <html data-tier>} shows. Brave exposes {@code navigator.brave}. Tor Browser and
 * Firefox's resistFingerprinting are left out: they can only be guessed from patterns that are neither cheap
 * nor reliable (creepjs {@code resistance}).
 */
public final class HardenedBrowserCheck implements Check {
    public static final String ID = "hardened-browser";

    /** The closed set of results. */
    public enum Result implements Reason {
        /** WebAssembly is switched off: a hardened mode or policy. Evidence: the build that runs. */
        NO_WEBASSEMBLY(Outcome.OK, "no-webassembly"),
        /** Brave. */
        BRAVE(Outcome.OK, "brave"),
        /** Nothing a page can recognise: says nothing either way. */
        NOTHING_NOTICED(Outcome.NOT_CHECKED, "nothing-noticed");

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
        if (s.webAssembly() == Tri.NO) {
            return Finding.of(ID, Result.NO_WEBASSEMBLY, s.tier());
        }
        if (s.brave() == Tri.YES) {
            return Finding.of(ID, Result.BRAVE);
        }
        return Finding.of(ID, Result.NOTHING_NOTICED);
    }
}
