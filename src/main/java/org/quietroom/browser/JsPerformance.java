package org.quietroom.browser;

import org.teavm.jso.JSMethod;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSString;

/** {@code performance}, for its Resource Timing entries (W3C Resource Timing). */
interface JsPerformance extends JSObject {
    @JSMethod
    JSArrayReader<Entry> getEntriesByType(String type);

    /** One PerformanceResourceTiming entry: the file's URL and what asked for it. */
    interface Entry extends JSObject {
        @JSProperty
        JSString getName();

        @JSProperty
        JSString getInitiatorType();
    }
}
