package org.quietroom.core.view;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Assessment;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Text;
import org.quietroom.core.Words;
import org.quietroom.core.plan.Advice;
import org.quietroom.core.plan.PlanWriter;

/**
 * The findings list ({@code #findings}) and the count of each outcome ({@code #tally}). The findings that ask
 * something of the person come first, open; those that need nothing are collapsed in one {@code <details>} list
 * at the end ({@code #findings-quiet}). Every finding is an {@code <li data-check data-outcome data-reason>}: the
 * harmless explanation first when there is one, then what was found, then its remedy (the plan step that fixes
 * it, {@code data-remedy}) or that it needs nothing, then what the check cannot tell. Evidence is text.
 */
public final class FindingsView {
    /** "What to do: {0}", filled with the title of the plan step that is the finding's remedy. */
    public static final String REMEDY_KEY = "finding.remedy";
    /** For a result that asks nothing of the person. */
    public static final String NO_ACTION_KEY = "finding.no-action";
    /** "{0}: {1}.", an outcome's label and how many results have it. */
    public static final String TALLY_KEY = "results.tally";
    /** The collapsed list's summary: "{0} results that need no step from you". */
    public static final String QUIET_KEY = "results.quiet";
    private static final Outcome[] TALLY = {Outcome.RISK, Outcome.CAUTION, Outcome.UNKNOWN, Outcome.OK,
        Outcome.NOT_CHECKED};

    private FindingsView() {
    }

    /** The list's items; {@code quietOpen} keeps the collapsed list open when the person had opened it. */
    public static List<Node> items(Assessment assessment, Words words, boolean quietOpen) {
        List<Node> out = new ArrayList<>();
        List<Finding> quiet = new ArrayList<>();
        for (Finding finding : assessment.findings()) {
            if (needsNothing(finding)) {
                quiet.add(finding);
            } else {
                out.add(item(finding, words, true));
            }
        }
        if (!quiet.isEmpty()) {
            Node details = Node.el("details", "").attr("id", "findings-quiet");
            if (quietOpen) {
                details.attr("open", "");
            }
            details.sub("summary", "", Text.fill(words.get(QUIET_KEY), List.of(Integer.toString(quiet.size()))));
            Node inner = Node.el("ul", "findings");
            for (Finding finding : quiet) {
                // The list's summary says they need no step: not said again in each.
                inner.child(item(finding, words, false));
            }
            out.add(Node.el("li", "findings__quiet").child(details.child(inner)));
        }
        return out;
    }

    /** A result that asks no step of the person and is not a "could not tell". */
    public static boolean needsNothing(Finding finding) {
        return (finding.outcome() == Outcome.OK || finding.outcome() == Outcome.NOT_CHECKED)
                && PlanWriter.remedyFor(finding) == null;
    }

    /** "Important: 2. Worth a look: 1. Checked: 8.": the count of each outcome shown, in the order of TALLY. */
    public static String tally(Assessment assessment, Words words) {
        StringBuilder sb = new StringBuilder();
        for (Outcome outcome : TALLY) {
            int n = 0;
            for (Finding finding : assessment.findings()) {
                if (finding.outcome() == outcome) {
                    n++;
                }
            }
            if (n > 0) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(Text.fill(words.get(TALLY_KEY), List.of(words.get(outcome.labelKey()),
                        Integer.toString(n))));
            }
        }
        return sb.toString();
    }

    private static Node item(Finding finding, Words words, boolean sayNoAction) {
        Node li = Node.el("li", "finding finding--" + finding.outcome().id())
                .attr("data-check", finding.check())
                .attr("data-outcome", finding.outcome().id())
                .attr("data-reason", finding.reason().key());
        Node title = li.sub("h3", "", "");
        title.sub("span", "badge", words.get(finding.outcome().labelKey()));
        title.words(" " + words.get(finding.titleKey()));
        String harmlessKey = finding.harmlessKey();
        if (words.has(harmlessKey)) {
            li.sub("p", "finding__harmless", Text.fill(words.get(harmlessKey), finding.evidence()));
        }
        li.sub("p", "finding__text", Text.fill(words.get(finding.messageKey()), finding.evidence()));
        Advice remedy = PlanWriter.remedyFor(finding);
        if (remedy != null) {
            li.sub("p", "finding__remedy", Text.fill(words.get(REMEDY_KEY), List.of(words.get(remedy.titleKey()))))
                    .attr("data-remedy", remedy.id());
        } else if (sayNoAction) {
            li.sub("p", "finding__no-action", words.get(NO_ACTION_KEY));
        }
        li.sub("p", "finding__limits", words.get(finding.limitsKey()));
        return li;
    }
}
