package org.quietroom.browser;

import org.quietroom.core.Assessment;
import org.teavm.jso.dom.html.HTMLDocument;

/**
 * Reads the browser, assesses and renders; again whenever boot.js reports a change ({@code quietroom-watch}:
 * an extension that changed the page after the first render, a violation, a storage read that settled). The list
 * is only redrawn when the assessment differs, so a screen reader is not interrupted for nothing. The assessment
 * shown is all this visit holds of the checks, in memory only; the end of the visit drops it.
 */
final class Refresher {
    private final JsWindow window;
    private final FindingsRenderer renderer;
    private final Visit visit;
    private Assessment shown;

    Refresher(JsWindow window, FindingsRenderer renderer, Visit visit) {
        this.window = window;
        this.renderer = renderer;
        this.visit = visit;
        visit.onEnd(() -> shown = null);
    }

    /** Renders now and again on every report of boot.js's watch. */
    void start(HTMLDocument document) {
        refresh();
        document.addEventListener("quietroom-watch", event -> {
            try {
                refresh();
            } catch (Throwable e) {
                // The findings already shown stay; a failed refresh must not break the page.
            }
        });
    }

    /** The assessment shown; null before the first and after the visit ended. */
    Assessment assessment() {
        return shown;
    }

    /** Reads, assesses and renders, unless the person has left with the quick exit. */
    private void refresh() {
        if (visit.over()) {
            return;
        }
        Assessment assessment = Assessment.of(SnapshotProbe.read(window));
        if (!visit.over() && (shown == null || !shown.sameAs(assessment))) {
            renderer.render(assessment);
            shown = assessment;
        }
    }

    /** The findings shown, again, in the page's new language. */
    void redraw() {
        if (shown != null && !visit.over()) {
            renderer.render(shown);
        }
    }
}
