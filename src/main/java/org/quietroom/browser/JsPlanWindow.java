package org.quietroom.browser;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSBoolean;
import org.teavm.jso.core.JSString;

/**
 * The parts of {@code window} that the plan and its keeping use. Values that may be missing (crypto outside a
 * secure context, the passphrase lists when the tier script was built without them) are read as JS values.
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

    /** The passphrase lists, put there by the tier script (see the site builder's PassphraseLists). */
    @JSProperty("quietroomPassphraseLists")
    JsLists getPassphraseLists();

    /** {@code {words: "acid acorn ...", common: "..."}}, each a string of words separated by spaces. */
    interface JsLists extends JSObject {
        @JSProperty
        JSString getWords();

        @JSProperty
        JSString getCommon();
    }

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

        /** The same for 32-bit values, for the generated passphrase's word indexes. */
        @org.teavm.jso.JSMethod("getRandomValues")
        void getRandomInts(org.teavm.jso.typedarrays.Int32Array array);
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
