package org.quietroom.browser;

import org.teavm.jso.JSIndexer;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSString;

/** A JavaScript array of strings, read only (e.g. {@code navigator.languages}). */
interface JsStrings extends JSObject {
    @JSProperty
    int getLength();

    @JSIndexer
    JSString get(int index);
}
