package org.quietroom.browser;

import org.teavm.jso.JSMethod;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSString;

/** The part of {@code Intl} the page reads: the time zone the device's clock is set to. */
interface JsIntl extends JSObject {
    /** {@code Intl.DateTimeFormat()}: a formatter with the device's defaults. */
    @JSMethod("DateTimeFormat")
    Format dateTimeFormat();

    /** A date-time formatter. */
    interface Format extends JSObject {
        Options resolvedOptions();
    }

    /** Its resolved settings. */
    interface Options extends JSObject {
        /** An IANA time-zone id such as {@code America/Mexico_City}; missing in some old browsers. */
        @JSProperty
        JSString getTimeZone();
    }
}
