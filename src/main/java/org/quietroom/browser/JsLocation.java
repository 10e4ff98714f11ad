package org.quietroom.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSString;

/** The parts of {@code location} that jso-apis' Location lacks. */
interface JsLocation extends JSObject {
    @JSProperty
    JSString getOrigin();

    /** A DOMStringList (Chromium, WebKit); undefined in Firefox. */
    @JSProperty
    JSArrayReader<JSString> getAncestorOrigins();
}
