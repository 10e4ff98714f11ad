package org.quietroom.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSString;

/** The parts of {@code document} that jso-apis' HTMLDocument lacks. */
interface JsDocument extends JSObject {
    @JSProperty
    JSString getReferrer();

    /** "loading", "interactive" or "complete" (every script, inserted ones too, has run). */
    @JSProperty
    JSString getReadyState();

    /** Only ever called with {@code "copy"}, which copies the current selection; true when it did. */
    boolean execCommand(String command);
}
