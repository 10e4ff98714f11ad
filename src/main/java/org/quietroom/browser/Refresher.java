package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.Assessment;
import org.quietroom.core.Finding;

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
        if (shown == null || !same(shown, assessment)) {
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

    /** Field by field: no reliance on record equals in the TeaVM builds. */
    static boolean same(Assessment a, Assessment b) {
        if (a.summary() != b.summary() || a.findings().size() != b.findings().size()) {
            return false;
        }
        for (int i = 0; i < a.findings().size(); i++) {
            Finding x = a.findings().get(i);
            Finding y = b.findings().get(i);
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
