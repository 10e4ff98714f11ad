package org.quietroom.browser;

import org.teavm.jso.JSMethod;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;

/** {@code Function.prototype.toString}, called on another function: {@code toString.call(fn)}. */
interface JsFunction extends JSObject {
    @JSMethod("call")
    JSString sourceOf(JSObject function);
}
