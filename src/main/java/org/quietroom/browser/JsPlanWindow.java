package org.quietroom.browser;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSBoolean;
import org.teavm.jso.core.JSString;

/**
 * The parts of {@code window} that the plan and its keeping use. Values that may be missing (crypto outside a
 * secure context, the skeleton when the tier script was built without it) are read as JS values.
 */
interface JsPlanWindow extends JSObject {
    @JSProperty("isSecureContext")
    JSBoolean getIsSecureContext();

    @JSProperty
    JsCrypto getCrypto();

    /** The constructor, read only to see whether it exists. */
    @JSProperty("TextEncoder")
    JSObject getTextEncoderClass();

    @JSProperty("URL")
    JsUrls getUrls();

    @JSProperty
    JsPerformance getPerformance();

    /** The locked file's skeleton, put there by the tier script (see the site builder's LockedFileTemplate). */
    @JSProperty("quietroomLockedFile")
    JSString getLockedFile();

    void print();

    int setTimeout(Callback callback, int delay);

    /** A function the browser calls back with no arguments. */
    @JSFunctor
    interface Callback extends JSObject {
        void call();
    }

    /** {@code window.crypto}. */
    interface JsCrypto extends JSObject {
        /** {@code crypto.subtle}: missing outside secure contexts. */
        @JSProperty
        JsSubtle getSubtle();

        void getRandomValues(org.teavm.jso.typedarrays.Uint8Array array);
    }

    /** {@code URL}'s static methods. */
    interface JsUrls extends JSObject {
        String createObjectURL(JSObject blob);

        void revokeObjectURL(String url);
    }

    /** {@code window.performance}. */
    interface JsPerformance extends JSObject {
        void mark(String name);
    }
}
