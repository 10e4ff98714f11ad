package org.quietroom.browser;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * This visit of a page, and its end. The quick exit is not here: {@code web/exit.js} runs it, with or without this
 * code. It marks the page {@code data-state="exited"} and dispatches {@link #EXIT_EVENT}; this object is the one
 * listener, and runs every part's drop once, in the order the parts started. Every part asks {@link #over()} before
 * it shows or keeps anything, so nothing is rendered into an exited page and a late callback (a file still being
 * encrypted, a refresh) drops its result.
 */
final class Visit {
    /** Dispatched on the document by {@code web/exit.js} when the person leaves with the quick exit. */
    static final String EXIT_EVENT = "quietroom-exit";

    private final HTMLElement root;
    private final List<Runnable> drops = new ArrayList<>();
    private boolean over;

    Visit(HTMLDocument document) {
        root = document.getDocumentElement();
        document.addEventListener(EXIT_EVENT, (EventListener<Event>) event -> end());
    }

    /** The person left with the quick exit (exit.js marks the page before it tells anyone). */
    boolean over() {
        return over || "exited".equals(root.getAttribute("data-state"));
    }

    /** Runs {@code drop} when the visit ends; at once when it has already ended. */
    void onEnd(Runnable drop) {
        if (over) {
            drop.run();
        } else {
            drops.add(drop);
        }
    }

    private void end() {
        if (over) {
            return;
        }
        over = true;
        for (Runnable drop : drops) {
            try {
                drop.run();
            } catch (Throwable e) {
                // The others still drop what they hold.
            }
        }
        drops.clear();
    }
}
