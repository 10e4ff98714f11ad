package org.quietroom.core.plan;

import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.check.AutomationCheck;
import org.quietroom.core.check.ConnectionCheck;
import org.quietroom.core.check.FramingCheck;
import org.quietroom.core.check.HostCheck;
import org.quietroom.core.check.InAppBrowserCheck;
import org.quietroom.core.check.InjectedContentCheck;
import org.quietroom.core.check.PageIntegrityCheck;
import org.quietroom.core.check.VisitTracesCheck;

/**
 * The fix for each result a check can report as worth a look or important (and for a result that asks a step of
 * the person without being a worry, like comparing the address): which step of the plan is its remedy,
 * and which reason it gives the decision. One row per result, so each finding names its own remedy (a copy through
 * a translator is fixed by opening the real address, not by another device). A test checks that every caution and
 * risk result of every check has exactly one row, and that no row names a result that does not exist.
 */
final class Remedies {
    /** check id, result key, remedy step, the reason it gives the decision. */
    private static final Object[][] ROWS = {
        {ConnectionCheck.ID, "local-file", Advice.OPEN_REAL_ADDRESS, DecisionReason.COPY_OF_PAGE},
        {ConnectionCheck.ID, "not-encrypted", Advice.OTHER_NETWORK, DecisionReason.NOT_ENCRYPTED},
        {HostCheck.ID, "session-proxy", Advice.OTHER_NETWORK, DecisionReason.REWRITING_PROXY},
        {HostCheck.ID, "web-proxy", Advice.OTHER_NETWORK, DecisionReason.REWRITING_PROXY},
        {HostCheck.ID, "translator", Advice.OPEN_REAL_ADDRESS, DecisionReason.COPY_OF_PAGE},
        {HostCheck.ID, "archive", Advice.OPEN_REAL_ADDRESS, DecisionReason.COPY_OF_PAGE},
        // Any address but a known service's: a step to take, no reason to move the decision (issue 19).
        {HostCheck.ID, "address", Advice.COMPARE_ADDRESS, null},
        {FramingCheck.ID, "framed-other-origin", Advice.OPEN_DIRECTLY, DecisionReason.FRAMED},
        {FramingCheck.ID, "framed-same-origin", Advice.OPEN_DIRECTLY, DecisionReason.FRAMED},
        {FramingCheck.ID, "framed", Advice.OPEN_DIRECTLY, DecisionReason.FRAMED},
        {PageIntegrityCheck.ID, "policy-missing", Advice.OTHER_NETWORK, DecisionReason.PAGE_ALTERED},
        {PageIntegrityCheck.ID, "unpinned-script", Advice.OTHER_NETWORK, DecisionReason.PAGE_ALTERED},
        {PageIntegrityCheck.ID, "blocked-attempts", Advice.CHECK_EXTENSIONS, DecisionReason.CHECK_CAUTION},
        {InjectedContentCheck.ID, "code-added", Advice.CHECK_EXTENSIONS, DecisionReason.PAGE_CODE_ADDED},
        {InjectedContentCheck.ID, "code-added-patched", Advice.CHECK_EXTENSIONS, DecisionReason.PAGE_CODE_ADDED},
        {InjectedContentCheck.ID, "changed", Advice.CHECK_EXTENSIONS, DecisionReason.CHECK_CAUTION},
        {InjectedContentCheck.ID, "known-helper", Advice.CHECK_EXTENSIONS, DecisionReason.CHECK_CAUTION},
        {InjectedContentCheck.ID, "patched", Advice.CHECK_EXTENSIONS, DecisionReason.CHECK_CAUTION},
        {InAppBrowserCheck.ID, "app", Advice.OPEN_IN_BROWSER, DecisionReason.IN_APP_BROWSER},
        {InAppBrowserCheck.ID, "google-app", Advice.OPEN_IN_BROWSER, DecisionReason.IN_APP_BROWSER},
        {InAppBrowserCheck.ID, "android-webview", Advice.OPEN_IN_BROWSER, DecisionReason.IN_APP_BROWSER},
        {InAppBrowserCheck.ID, "ios-webview", Advice.OPEN_IN_BROWSER, DecisionReason.IN_APP_BROWSER},
        {AutomationCheck.ID, "controlled", Advice.AUTOMATION_TOOLS, DecisionReason.AUTOMATED},
        {VisitTracesCheck.ID, "from-search", Advice.VISIT_TRACE, DecisionReason.CHECK_CAUTION},
        {VisitTracesCheck.ID, "from-webmail", Advice.VISIT_TRACE, DecisionReason.CHECK_CAUTION},
        {VisitTracesCheck.ID, "from-social", Advice.VISIT_TRACE, DecisionReason.CHECK_CAUTION},
        {VisitTracesCheck.ID, "stored-data", Advice.VISIT_TRACE, DecisionReason.CHECK_CAUTION},
    };

    private Remedies() {
    }

    /** The row index for this finding, or -1 when its result needs nothing from the person. */
    private static int row(String check, String resultKey) {
        for (int i = 0; i < ROWS.length; i++) {
            if (ROWS[i][0].equals(check) && ROWS[i][1].equals(resultKey)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The step that fixes what this finding reports, or null when it needs no action. A caution or risk result
     * that has no row (a check added later, before its remedy) falls back to reading what the page found, so it
     * is never silently dropped.
     */
    static Advice remedy(Finding finding) {
        int i = row(finding.check(), finding.reason().key());
        if (i >= 0) {
            return (Advice) ROWS[i][2];
        }
        return needsAction(finding) ? Advice.REVIEW_FINDINGS : null;
    }

    /** The reason this finding gives the decision, or null when it gives none. */
    static DecisionReason reason(Finding finding) {
        int i = row(finding.check(), finding.reason().key());
        if (i >= 0) {
            return (DecisionReason) ROWS[i][3];
        }
        if (finding.outcome() == Outcome.RISK) {
            return DecisionReason.CHECK_FOUND_RISK;
        }
        return finding.outcome() == Outcome.CAUTION ? DecisionReason.CHECK_CAUTION : null;
    }

    /** Whether the result asks something of the person: worth a look or important. */
    static boolean needsAction(Finding finding) {
        return finding.outcome() == Outcome.RISK || finding.outcome() == Outcome.CAUTION;
    }

    /** Whether a row exists for this check and result key (for the completeness test). */
    static boolean hasRow(String check, String resultKey) {
        return row(check, resultKey) >= 0;
    }

    /** How many rows the table has (for the completeness test). */
    static int size() {
        return ROWS.length;
    }

    /** The check id and result key of row {@code i} (for the completeness test). */
    static String[] rowKey(int i) {
        return new String[] {(String) ROWS[i][0], (String) ROWS[i][1]};
    }
}
