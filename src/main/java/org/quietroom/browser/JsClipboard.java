package org.quietroom.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** {@code navigator.clipboard}: only writing. Missing outside secure contexts and in older browsers. */
interface JsClipboard extends JSObject {
    JSPromise<JSObject> writeText(String text);
}
