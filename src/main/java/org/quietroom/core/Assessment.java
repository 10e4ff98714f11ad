package org.quietroom.core;

import java.util.List;
import org.quietroom.core.check.Checks;

/**
 * All findings for one snapshot and the summary that answers "is it wise to continue on this device now?".
 * The summary never says the person or device is safe: at best it says what was checked found nothing, and
 * what no page can see.
 */
public record Assessment(List<Finding> findings, Summary summary) {

    /** The closed set of summary sentences, worst first. */
    public enum Summary {
        /** Something a page can see changes what is wise here. */
        FOUND_RISK("summary.found-risk"),
        /** Something worth a look, usually harmless. */
        FOUND_CAUTION("summary.found-caution"),
        /** Several checks could not run: say so rather than sound reassuring. */
        MOSTLY_UNKNOWN("summary.mostly-unknown"),
        /** Nothing found by what a page can check; the limits still apply. */
        NOTHING_FOUND("summary.nothing-found");

        private final String key;

        Summary(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Assessment {
        findings = List.copyOf(findings);
    }

    public static Assessment of(Snapshot snapshot) {
        List<Finding> findings = Checks.runAll(snapshot);
        return new Assessment(findings, summarise(findings));
    }

    /**
     * Worst first. "Mostly unknown" counts unknowns among the checks that can give an answer: "not checked"
     * findings (informational, or asked rather than detected) must not dilute it into "nothing found".
     */
    public static Summary summarise(List<Finding> findings) {
        int unknown = 0;
        int answerable = 0;
        boolean caution = false;
        for (Finding f : findings) {
            switch (f.outcome()) {
                case RISK:
                    return Summary.FOUND_RISK;
                case CAUTION:
                    caution = true;
                    answerable++;
                    break;
                case UNKNOWN:
                    unknown++;
                    answerable++;
                    break;
                case OK:
                    answerable++;
                    break;
                default:
                    break;
            }
        }
        if (caution) {
            return Summary.FOUND_CAUTION;
        }
        return unknown * 2 >= answerable ? Summary.MOSTLY_UNKNOWN : Summary.NOTHING_FOUND;
    }

    /**
     * Whether {@code other} shows the same thing: the same summary and, in order, the same check, result and
     * evidence of each finding. Compared field by field, not with the records' generated equals, which the
     * page's builds do not rely on; the page redraws its findings only when this is false.
     */
    public boolean sameAs(Assessment other) {
        if (summary != other.summary || findings.size() != other.findings.size()) {
            return false;
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding x = findings.get(i);
            Finding y = other.findings.get(i);
            if (!x.check().equals(y.check()) || x.reason() != y.reason() || !sameList(x.evidence(), y.evidence())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameList(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
