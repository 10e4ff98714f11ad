package org.quietroom.browser;

import org.teavm.jso.JSIndexer;
import org.teavm.jso.JSObject;

/** Any JS object read by property name ({@code window.WebAssembly}, {@code EventTarget.prototype}, ...). */
interface JsRecord extends JSObject {
    @JSIndexer
    JSObject get(String name);
}
