package org.quietroom.core.check;

import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;
import org.quietroom.core.Text;

/**
 * Where this page is served from. A known rewriting service (a session proxy, translator, archive or web proxy)
 * is named, matched by host suffix (high specificity: a name on the list is that service). Any other address is
 * shown plainly, with the step of comparing it with the one the person was given: one release serves every
 * organisation's own address (issue 19), so no address is "the right one" to the page, and none is a warning.
 * Transparent proxies keep the host name, so the address proves nothing about the path in between.
 */
public final class HostCheck implements Check {
    public static final String ID = "host";

    /** The closed set of results. */
    public enum Result implements Reason {
        /** localhost or 127.0.0.1: a developer's or advocate's test copy. Evidence: the host. */
        LOCAL(Outcome.OK, "local"),
        /** An organisation's session proxy (Microsoft Defender for Cloud Apps). Evidence: service, host. */
        SESSION_PROXY(Outcome.RISK, "session-proxy"),
        /** A translation service's copy. Evidence: service, host. */
        TRANSLATOR(Outcome.CAUTION, "translator"),
        /** An archive's or cache's copy. Evidence: service, host. */
        ARCHIVE(Outcome.CAUTION, "archive"),
        /** A public web proxy. Evidence: service, host. */
        WEB_PROXY(Outcome.RISK, "web-proxy"),
        /**
         * An address that is none of the services above: the page cannot tell whether it is the one the person
         * was given, so it shows it and asks them to compare (a step, not a warning). Evidence: the host.
         */
        ADDRESS(Outcome.OK, "address"),
        /** Opened from a file: there is no address to compare. */
        LOCAL_FILE(Outcome.NOT_CHECKED, "local-file"),
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
        if ("file:".equals(s.protocol())) {
            return Finding.of(ID, Result.LOCAL_FILE);
        }
        String host = s.hostname();
        if (host.isEmpty()) {
            return Finding.of(ID, Result.UNKNOWN);
        }
        if (Text.isLoopbackHost(host)) {
            return Finding.of(ID, Result.LOCAL, host);
        }
        RewritingServices.Service service = RewritingServices.match(host);
        if (service != null) {
            return Finding.of(ID, resultFor(service.kind()), service.name(), host);
        }
        return Finding.of(ID, Result.ADDRESS, host);
    }

    private static Result resultFor(RewritingServices.Kind kind) {
        switch (kind) {
            case SESSION_PROXY:
                return Result.SESSION_PROXY;
            case TRANSLATOR:
                return Result.TRANSLATOR;
            case ARCHIVE:
                return Result.ARCHIVE;
            default:
                return Result.WEB_PROXY;
        }
    }
}
