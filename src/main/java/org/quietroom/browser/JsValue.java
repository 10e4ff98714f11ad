package org.quietroom.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** The {@code value} of a form control: an input, a select or a textarea alike. */
interface JsValue extends JSObject {
    @JSProperty
    String getValue();

    @JSProperty
    void setValue(String value);
}
