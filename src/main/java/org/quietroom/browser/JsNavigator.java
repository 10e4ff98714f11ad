package org.quietroom.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSBoolean;
import org.teavm.jso.core.JSString;

/** The parts of {@code navigator} Quietroom reads; jso-apis' Navigator lacks them. */
interface JsNavigator extends JSObject {
    @JSProperty
    JSString getUserAgent();

    /** The person's languages, most preferred first; missing in some old browsers. */
    @JSProperty
    JsStrings getLanguages();

    @JSProperty
    JSBoolean getWebdriver();

    /** Brave's own marker object; undefined elsewhere. */
    @JSProperty
    JSObject getBrave();

    /** Undefined outside secure contexts: check with {@link Js#missing}. */
    @JSProperty
    JsClipboard getClipboard();

    /**
     * How many touch points the screen takes at once; iPads in desktop mode say 5, Macs 0. Read as a double: where
     * it is missing it arrives as NaN, which is not more than 1 (and JSNumber's doubleValue is an {@code @JSBody}).
     */
    @JSProperty
    double getMaxTouchPoints();
}
