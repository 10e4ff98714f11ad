package org.quietroom.browser;

import org.quietroom.core.Assessment;
import org.quietroom.core.view.FindingsView;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Fills the findings list that the page already has ({@code #findings}) with core's {@link FindingsView}, its
 * summary, and the count of each outcome ({@code #tally}), all inside {@code #results}, a {@code data-qr-fill}
 * container.
 */
final class FindingsRenderer {
    private final HTMLDocument document;
    private final Messages messages;

    FindingsRenderer(HTMLDocument document, Messages messages) {
        this.document = document;
        this.messages = messages;
    }

    void render(Assessment assessment) {
        // Rendered again (a change, another language): the collapsed list stays as the person left it.
        HTMLElement was = document.getElementById("findings-quiet");
        boolean open = was != null && was.hasAttribute("open");
        Dom.fill(document, document.getElementById("findings"), FindingsView.items(assessment, messages, open));
        HTMLElement summary = document.getElementById("summary");
        summary.setAttribute("data-summary", assessment.summary().key());
        Dom.setText(document, summary, messages.get(assessment.summary().key()));
        Dom.setText(document, document.getElementById("tally"), FindingsView.tally(assessment, messages));
        document.getElementById("results").removeAttribute("hidden");
    }
}
