package org.quietroom.browser;

import org.quietroom.core.Tri;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSBoolean;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.core.JSString;

/** Defensive conversions from JS values that may be missing. */
final class Js {
    private Js() {
    }

    static boolean missing(JSObject value) {
        return value == null || JSObjects.isUndefined(value);
    }

    static Tri tri(JSBoolean value) {
        return missing(value) ? Tri.UNKNOWN : Tri.of(value.booleanValue());
    }

    static String string(JSString value) {
        return missing(value) ? "" : value.stringValue();
    }

    /** {@code performance.mark(name)}, for scripts/bench; a browser without User Timing simply has no mark. */
    static void mark(JsPlanWindow.JsPerformance performance, String name) {
        try {
            if (!missing(performance)) {
                performance.mark(name);
            }
        } catch (Throwable e) {
            // nothing depends on the mark
        }
    }
}
