package org.quietroom.browser;

import org.teavm.jso.JSIndexer;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;

/** The message catalog of the page's language, loaded from {@code messages.<lang>.js}. */
interface JsCatalog extends JSObject {
    @JSIndexer
    JSString get(String key);
}
