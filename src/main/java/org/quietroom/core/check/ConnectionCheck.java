package org.quietroom.core.check;

import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;
import org.quietroom.core.Text;
import org.quietroom.core.Tri;

/**
 * Secure context and protocol (MDN: Window.isSecureContext). An encrypted connection can still be read by an
 * employer's or school's network software or by software on the device; the catalog says so in every result.
 */
public final class ConnectionCheck implements Check {
    public static final String ID = "connection";

    /** The closed set of results. */
    public enum Result implements Reason {
        /** https and a secure context. */
        ENCRYPTED(Outcome.OK, "encrypted"),
        /** Served from this very computer (a developer's or advocate's test copy). */
        LOCAL_COPY(Outcome.OK, "local-copy"),
        /** Opened from a file saved on the device: its origin cannot be checked. */
        LOCAL_FILE(Outcome.CAUTION, "local-file"),
        /** Plain http to another computer: anyone on the network path can read and change it. */
        NOT_ENCRYPTED(Outcome.RISK, "not-encrypted"),
        /** The browser did not say. */
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
        String protocol = s.protocol();
        if ("file:".equals(protocol)) {
            return Finding.of(ID, Result.LOCAL_FILE);
        }
        boolean loopback = Text.isLoopbackHost(s.hostname());
        if ("http:".equals(protocol) && !loopback) {
            return Finding.of(ID, Result.NOT_ENCRYPTED, s.hostname());
        }
        if (s.secureContext() == Tri.NO) {
            return Finding.of(ID, Result.NOT_ENCRYPTED, s.hostname());
        }
        if ("https:".equals(protocol) && s.secureContext() != Tri.NO) {
            return Finding.of(ID, Result.ENCRYPTED);
        }
        if ("http:".equals(protocol) && s.secureContext() == Tri.YES) {
            return Finding.of(ID, Result.LOCAL_COPY);
        }
        return Finding.of(ID, Result.UNKNOWN);
    }
}
