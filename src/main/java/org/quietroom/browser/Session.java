package org.quietroom.browser;

import org.quietroom.core.Assessment;

/**
 * Everything this visit holds in memory (today the assessment; later the answers and the plan). Nothing of it
 * is ever stored. The quick exit ({@code web/exit.js}) dispatches {@code quietroom-exit} on the document;
 * {@link Main} then calls {@link #drop()}, and a dropped session holds nothing, ever again.
 */
final class Session {
    private Assessment assessment;
    private boolean dropped;

    /** Keeps the assessment, unless the session was dropped. */
    void hold(Assessment value) {
        if (!dropped) {
            assessment = value;
        }
    }

    Assessment assessment() {
        return assessment;
    }

    void drop() {
        assessment = null;
        dropped = true;
    }

    boolean dropped() {
        return dropped;
    }
}
