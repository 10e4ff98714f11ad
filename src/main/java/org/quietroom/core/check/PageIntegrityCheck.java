package org.quietroom.core.check;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;
import org.quietroom.core.Text;
import org.quietroom.core.Tri;
import org.quietroom.core.Urls;

/**
 * Whether this page's protections arrived intact:
 * <ul>
 * <li>the CSP canary: boot.js tries {@code new Function} before anything else; the page's policy forbids it,
 * so if it runs the policy was stripped or bypassed on the way (a proxy, a "disable CSP" extension, automation
 * with CSP bypass). Idea from rebrowser-bot-detector's {@code testCsp()};</li>
 * <li>Subresource Integrity: every script this page is built with carries an {@code integrity} hash, so a
 * script without one was added to the page or the page was rewritten. Scripts from extension URLs are left to
 * the {@code injected-content} check;</li>
 * <li>whether the host's header policy arrived: the canary's violation events name the policy they came from,
 * and only the header policy carries {@code frame-ancestors} (issue 19);</li>
 * <li>policy violations counted locally by boot.js (never reported anywhere). Firefox and Safari apply the
 * page's policy to what extensions insert, so harmless extensions cause these there (w3c/webextensions#337,
 * Firefox bug 1267027); the wording names that first.</li>
 * </ul>
 * It cannot authenticate the page itself: whoever can rewrite the HTML can rewrite this check.
 */
public final class PageIntegrityCheck implements Check {
    public static final String ID = "page-integrity";

    /** The closed set of results, worst first. */
    public enum Result implements Reason {
        /** The canary ran: the security policy did not arrive or was bypassed. */
        POLICY_MISSING(Outcome.RISK, "policy-missing"),
        /** A script (or stylesheet) without an integrity hash. Evidence: the files. */
        UNPINNED_SCRIPT(Outcome.RISK, "unpinned-script"),
        /** The browser blocked things the page does not allow. Evidence: how many. */
        BLOCKED_ATTEMPTS(Outcome.CAUTION, "blocked-attempts"),
        /**
         * As {@link #INTACT}, but the canary's violations came only from the page's own {@code <meta>} policy: the
         * host did not send the header policy (nor, presumably, the other production headers: no-store,
         * frame-ancestors). Nothing for the person to do; whoever hosts the copy can see it with check-host.
         */
        INTACT_PAGE_ONLY(Outcome.OK, "intact-page-only"),
        /** Canary blocked, every script pinned, nothing blocked. */
        INTACT(Outcome.OK, "intact"),
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
        if (s.cspCanaryRan() == Tri.YES) {
            return Finding.of(ID, Result.POLICY_MISSING);
        }
        List<String> unpinned = new ArrayList<>();
        for (String script : s.unpinnedScripts()) {
            if (Urls.extensionScheme(script).isEmpty()) {
                Text.addOnce(unpinned, script);
            }
        }
        if (!unpinned.isEmpty()) {
            return Finding.of(ID, Result.UNPINNED_SCRIPT, Text.join(unpinned, ", "));
        }
        if (s.cspViolations() > 0) {
            return Finding.of(ID, Result.BLOCKED_ATTEMPTS, String.valueOf(s.cspViolations()));
        }
        if (s.cspCanaryRan() == Tri.NO && s.scriptCount() >= 0 && s.cspViolations() == 0) {
            // Only a header policy carries frame-ancestors; boot.js reads which policies the canary's events
            // came from. Not known (an engine that reports none): not guessed either way.
            return Finding.of(ID, s.cspHeader() == Tri.NO ? Result.INTACT_PAGE_ONLY : Result.INTACT);
        }
        return Finding.of(ID, Result.UNKNOWN);
    }
}
