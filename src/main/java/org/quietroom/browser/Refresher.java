package org.quietroom.browser;

import org.quietroom.core.Assessment;

/**
 * Reads the browser, assesses and renders; again whenever boot.js reports a change ({@code quietroom-watch}:
 * an extension that changed the page after the first render, a violation, a storage read that settled). The list
 * is only redrawn when the assessment differs, so a screen reader is not interrupted for nothing.
 */
final class Refresher {
    private final JsWindow window;
    private final FindingsRenderer renderer;
    private final Session session;
    private final org.teavm.jso.dom.html.HTMLElement root;
    private Assessment shown;

    Refresher(JsWindow window, FindingsRenderer renderer, Session session, org.teavm.jso.dom.html.HTMLElement root) {
        this.window = window;
        this.renderer = renderer;
        this.session = session;
        this.root = root;
    }

    /** Reads, assesses and renders, unless the person has left with the quick exit. */
    void refresh() {
        if (session.dropped() || Main.exited(root)) {
            return;
        }
        Assessment assessment = Assessment.of(SnapshotProbe.read(window));
        session.hold(assessment);
        if (session.dropped() || Main.exited(root)) {
            return;
        }
        if (shown == null || !shown.sameAs(assessment)) {
            renderer.render(assessment);
            shown = assessment;
        }
    }

    /** The findings shown, again, in the page's new language. */
    void redraw() {
        if (shown != null && !session.dropped() && !Main.exited(root)) {
            renderer.render(shown);
        }
    }
}
