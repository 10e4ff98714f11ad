package org.quietroom.browser;

import org.quietroom.core.Assessment;
import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.plan.Advice;
import org.quietroom.core.plan.PlanWriter;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Fills the findings list that the page already has ({@code #findings}), its summary and the count of each outcome
 * ({@code #tally}). The findings that ask something of the person come first, open; those that need nothing are
 * collapsed in one {@code <details>} list at the end ({@code #findings-quiet}). Every finding is an
 * {@code <li data-check data-outcome data-reason>}: the harmless explanation first when there is one, then what
 * was found, then its remedy (the plan step that fixes it, {@code data-remedy}) or that it needs nothing, then what
 * the check cannot tell. Evidence is inserted as text, never as markup. Everything is
 * written inside {@code #results}, a {@code data-qr-fill} container, with the tags and attributes boot.js
 * expects there (FILL_TAGS, FILL_ATTRIBUTES).
 */
final class FindingsRenderer {
    /** "What to do: {0}", filled with the title of the plan step that is the finding's remedy. */
    static final String REMEDY_KEY = "finding.remedy";
    /** For a result that asks nothing of the person. */
    static final String NO_ACTION_KEY = "finding.no-action";
    /** "{0}: {1}.", an outcome's label and how many results have it. */
    static final String TALLY_KEY = "results.tally";
    /** The collapsed list's summary: "{0} results that need no step from you". */
    static final String QUIET_KEY = "results.quiet";
    private static final Outcome[] TALLY = {Outcome.RISK, Outcome.CAUTION, Outcome.UNKNOWN, Outcome.OK,
        Outcome.NOT_CHECKED};

    private final HTMLDocument document;
    private final Messages messages;

    FindingsRenderer(HTMLDocument document, Messages messages) {
        this.document = document;
        this.messages = messages;
    }

    void render(Assessment assessment) {
        HTMLElement list = document.getElementById("findings");
        // Rendered again (a change, another language): the collapsed list stays as the person left it.
        HTMLElement was = document.getElementById("findings-quiet");
        boolean open = was != null && was.hasAttribute("open");
        while (list.getFirstChild() != null) {
            list.removeChild(list.getFirstChild());
        }
        // The ones that ask something of the person first, open; the rest in one collapsed list at the end.
        List<Finding> quiet = new ArrayList<>();
        for (Finding finding : assessment.findings()) {
            if (needsNothing(finding)) {
                quiet.add(finding);
            } else {
                list.appendChild(item(finding, true));
            }
        }
        if (!quiet.isEmpty()) {
            HTMLElement wrapper = document.createElement("li");
            wrapper.setAttribute("class", "findings__quiet");
            HTMLElement details = document.createElement("details");
            details.setAttribute("id", "findings-quiet");
            if (open) {
                details.setAttribute("open", "");
            }
            HTMLElement summary = document.createElement("summary");
            setText(summary, messages.get(QUIET_KEY, List.of(Integer.toString(quiet.size()))));
            details.appendChild(summary);
            HTMLElement inner = document.createElement("ul");
            inner.setAttribute("class", "findings");
            for (Finding finding : quiet) {
                // The list's summary says they need no step: not said again in each.
                inner.appendChild(item(finding, false));
            }
            details.appendChild(inner);
            wrapper.appendChild(details);
            list.appendChild(wrapper);
        }
        HTMLElement summary = document.getElementById("summary");
        summary.setAttribute("data-summary", assessment.summary().key());
        setText(summary, messages.get(assessment.summary().key()));
        setText(document.getElementById("tally"), tally(assessment));
        document.getElementById("results").removeAttribute("hidden");
    }

    /** A result that asks no step of the person and is not a "could not tell". */
    static boolean needsNothing(Finding finding) {
        return (finding.outcome() == Outcome.OK || finding.outcome() == Outcome.NOT_CHECKED)
                && PlanWriter.remedyFor(finding) == null;
    }

    /** "Important: 2. Worth a look: 1. Checked: 8.": the count of each outcome shown, in the order of TALLY. */
    private String tally(Assessment assessment) {
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
                sb.append(messages.get(TALLY_KEY, List.of(messages.get(outcome.labelKey()),
                        Integer.toString(n))));
            }
        }
        return sb.toString();
    }

    private HTMLElement item(Finding finding, boolean sayNoAction) {
        HTMLElement li = document.createElement("li");
        li.setAttribute("data-check", finding.check());
        li.setAttribute("data-outcome", finding.outcome().id());
        li.setAttribute("data-reason", finding.reason().key());
        li.setAttribute("class", "finding finding--" + finding.outcome().id());
        HTMLElement title = document.createElement("h3");
        HTMLElement badge = document.createElement("span");
        badge.setAttribute("class", "badge");
        setText(badge, messages.get(finding.outcome().labelKey()));
        title.appendChild(badge);
        title.appendChild(document.createTextNode(" " + messages.get(finding.titleKey())));
        li.appendChild(title);
        String harmlessKey = finding.harmlessKey();
        if (messages.has(harmlessKey)) {
            li.appendChild(paragraph(messages.get(harmlessKey, finding.evidence()), "finding__harmless"));
        }
        li.appendChild(paragraph(messages.get(finding.messageKey(), finding.evidence()), "finding__text"));
        Advice remedy = PlanWriter.remedyFor(finding);
        if (remedy != null) {
            HTMLElement todo = paragraph(messages.get(REMEDY_KEY, List.of(messages.get(remedy.titleKey()))),
                    "finding__remedy");
            todo.setAttribute("data-remedy", remedy.id());
            li.appendChild(todo);
        } else if (sayNoAction) {
            li.appendChild(paragraph(messages.get(NO_ACTION_KEY), "finding__no-action"));
        }
        li.appendChild(paragraph(messages.get(finding.limitsKey()), "finding__limits"));
        return li;
    }

    private HTMLElement paragraph(String text, String className) {
        HTMLElement p = document.createElement("p");
        p.setAttribute("class", className);
        setText(p, text);
        return p;
    }

    private void setText(HTMLElement element, String text) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
        element.appendChild(document.createTextNode(text));
    }
}
