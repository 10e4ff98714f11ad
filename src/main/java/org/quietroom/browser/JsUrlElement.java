package org.quietroom.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSString;

/** A script's {@code src} or a link's {@code href}, resolved to an absolute URL by the browser. */
interface JsUrlElement extends JSObject {
    @JSProperty
    JSString getSrc();

    @JSProperty
    JSString getHref();
}
