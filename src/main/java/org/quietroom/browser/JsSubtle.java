package org.quietroom.browser;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Uint8Array;

/** The parts of {@code crypto.subtle} the locked file uses (W3C Web Cryptography API). */
interface JsSubtle extends JSObject {
    JSPromise<JSObject> importKey(String format, Uint8Array keyData, String algorithm, boolean extractable,
            JSArray<JSString> usages);

    JSPromise<JSObject> deriveKey(Params algorithm, JSObject baseKey, Params derivedKeyType, boolean extractable,
            JSArray<JSString> usages);

    JSPromise<ArrayBuffer> encrypt(Params algorithm, JSObject key, Uint8Array data);

    /** A plain object ({@code new Object()}) for algorithm parameters and Blob options; no {@code @JSBody}. */
    @JSClass(name = "Object")
    class Params implements JSObject {
        public Params() {
        }

        @JSProperty
        public native void setName(String value);

        @JSProperty
        public native void setHash(String value);

        @JSProperty
        public native void setSalt(Uint8Array value);

        @JSProperty
        public native void setIterations(int value);

        @JSProperty
        public native void setLength(int value);

        @JSProperty
        public native void setIv(Uint8Array value);

        @JSProperty
        public native void setAdditionalData(Uint8Array value);

        @JSProperty
        public native void setType(String value);
    }

    /** {@code new TextEncoder()}: strings to UTF-8. */
    @JSClass(name = "TextEncoder")
    class Encoder implements JSObject {
        public Encoder() {
        }

        public native Uint8Array encode(String text);
    }

    /** {@code new Blob(parts, options)}. */
    @JSClass(name = "Blob")
    class Blob implements JSObject {
        public Blob(JSArray<Uint8Array> parts, Params options) {
        }
    }
}
