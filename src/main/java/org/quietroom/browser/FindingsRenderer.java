package org.quietroom.browser;

import org.quietroom.core.Assessment;
import java.util.List;
import org.quietroom.core.Finding;
import org.quietroom.core.plan.Advice;
import org.quietroom.core.plan.PlanWriter;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Fills the findings list that the page already has ({@code #findings}) and its summary. Every finding is an
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

    private final HTMLDocument document;
    private final Messages messages;

    FindingsRenderer(HTMLDocument document, Messages messages) {
        this.document = document;
        this.messages = messages;
    }

    void render(Assessment assessment) {
        HTMLElement list = document.getElementById("findings");
        while (list.getFirstChild() != null) {
            list.removeChild(list.getFirstChild());
        }
        for (Finding finding : assessment.findings()) {
            list.appendChild(item(finding));
        }
        HTMLElement summary = document.getElementById("summary");
        summary.setAttribute("data-summary", assessment.summary().key());
        setText(summary, messages.get(assessment.summary().key()));
        document.getElementById("results").removeAttribute("hidden");
    }

    private HTMLElement item(Finding finding) {
        HTMLElement li = document.createElement("li");
        li.setAttribute("data-check", finding.check());
        li.setAttribute("data-outcome", finding.outcome().id());
        li.setAttribute("data-reason", finding.reason().key());
        li.setAttribute("class", "finding finding--" + finding.outcome().id());
        HTMLElement title = document.createElement("h3");
        HTMLElement badge = document.createElement("span");
        badge.setAttribute("class", "badge");
        setText(badge, messages.get("outcome." + finding.outcome().id()));
        title.appendChild(badge);
        title.appendChild(document.createTextNode(" " + messages.get(finding.titleKey())));
        li.appendChild(title);
        String harmlessKey = finding.messageKey() + ".harmless";
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
        } else {
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
