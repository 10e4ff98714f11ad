package org.quietroom.browser;

import org.teavm.jso.JSIndexer;
import org.teavm.jso.JSObject;

/** The catalogs that have loaded, by language: each {@code messages.<lang>.js} registers itself here. */
interface JsCatalogs extends JSObject {
    @JSIndexer
    JsCatalog get(String lang);
}
