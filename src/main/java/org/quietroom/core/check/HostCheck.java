package org.quietroom.core.check;

import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;
import org.quietroom.core.Text;

/**
 * Whether this page is served from an address this build expects ({@code quietroom.expectedHosts}, a Maven
 * property written into the page). A known rewriting service is named (catalog T2: "high specificity"); any
 * other address is only worth a look, because an organisation may host its own copy. Transparent proxies keep
 * the host name, so "expected" proves nothing about the path in between.
 */
public final class HostCheck implements Check {
    public static final String ID = "host";

    /** The closed set of results. */
    public enum Result implements Reason {
        /** One of the build's expected host names. Evidence: the host. */
        EXPECTED(Outcome.OK, "expected"),
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
        /** Another address. Evidence: the host. */
        OTHER_ADDRESS(Outcome.CAUTION, "other-address"),
        /** This copy was built without a list of expected addresses. Evidence: the host. */
        NO_LIST(Outcome.NOT_CHECKED, "no-list"),
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
        for (String expected : s.expectedHosts()) {
            if (host.equals(Text.lower(expected))) {
                return Finding.of(ID, Result.EXPECTED, host);
            }
        }
        RewritingServices.Service service = RewritingServices.match(host);
        if (service != null) {
            return Finding.of(ID, resultFor(service.kind()), service.name(), host);
        }
        if (s.expectedHosts().isEmpty()) {
            return Finding.of(ID, Result.NO_LIST, host);
        }
        return Finding.of(ID, Result.OTHER_ADDRESS, host);
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
