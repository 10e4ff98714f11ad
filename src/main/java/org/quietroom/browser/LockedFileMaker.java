package org.quietroom.browser;

import java.util.function.IntSupplier;
import org.quietroom.core.Words;
import org.quietroom.core.keep.LockedFile;
import org.quietroom.core.keep.Passphrase;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSBoolean;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * Makes the locked file in the page with Web Crypto: PBKDF2-SHA-256 ({@link LockedFile#ITERATIONS}, a random
 * 16-byte salt) derives a non-extractable AES-GCM 256 key, which encrypts the plan's text with a random 12-byte IV
 * from {@code crypto.getRandomValues} and {@link LockedFile#MARKER} as additional data. The file is the plain text
 * of {@link LockedFile#write}: data only, nothing that runs. It is handed over as a Blob through a temporary
 * {@code <a download>} inside the keep section (a {@code data-qr-fill} container, so boot.js counts it as the
 * page's own), whose object URL is revoked soon after.
 *
 * <p>Also the only source of randomness for generated passphrases ({@link #random}): core gets the numbers.
 */
final class LockedFileMaker {
    /** How long the object URL lives after the click: long enough for every browser to start the download. */
    private static final int REVOKE_AFTER_MS = 10_000;

    /** What happened. */
    interface Result {
        void saved();

        void failed();
    }

    private final JsPlanWindow window;
    private final HTMLDocument document;
    private final HTMLElement container;
    private final Words words;
    private final Visit visit;
    private String pendingUrl = "";
    private Passphrase passphrases;

    LockedFileMaker(JsPlanWindow window, HTMLDocument document, HTMLElement container, Words words, Visit visit) {
        this.visit = visit;
        this.window = window;
        this.document = document;
        this.container = container;
        this.words = words;
    }

    /** Whether this browser can make the file here: a secure context with Web Crypto, and the passphrase lists. */
    boolean available() {
        try {
            JSBoolean secure = window.getIsSecureContext();
            JsPlanWindow.JsCrypto crypto = window.getCrypto();
            return !Js.missing(secure) && secure.booleanValue() && !Js.missing(crypto)
                    && !Js.missing(crypto.getSubtle()) && !Js.missing(window.getTextEncoderClass())
                    && !Js.missing(window.getUrls()) && passphrases() != null;
        } catch (Throwable e) {
            return false;
        }
    }

    /** The generator and the strength estimate, from the lists the tier script carries; null without them. */
    Passphrase passphrases() {
        if (passphrases == null) {
            JsPlanWindow.JsLists lists = window.getPassphraseLists();
            if (Js.missing(lists)) {
                return null;
            }
            String list = Js.string(lists.getWords());
            if (list.isEmpty()) {
                return null;
            }
            passphrases = new Passphrase(Passphrase.split(list), Passphrase.split(Js.string(lists.getCommon())));
        }
        return passphrases;
    }

    /** Uniform 32-bit values from {@code crypto.getRandomValues}, drawn 16 at a time. */
    IntSupplier random() {
        JsPlanWindow.JsCrypto crypto = window.getCrypto();
        Int32Array buffer = new Int32Array(16);
        int[] next = {buffer.getLength()};
        return () -> {
            if (next[0] == buffer.getLength()) {
                crypto.getRandomInts(buffer);
                next[0] = 0;
            }
            return buffer.get(next[0]++);
        };
    }

    /** From now on nothing is saved: a file still being encrypted is dropped when it is done. */
    void drop() {
        revoke();
    }

    private void revoke() {
        if (!pendingUrl.isEmpty()) {
            String url = pendingUrl;
            pendingUrl = "";
            try {
                window.getUrls().revokeObjectURL(url);
            } catch (Throwable e) {
                // the page is going anyway
            }
        }
    }

    void make(String text, String passphrase, Result result) {
        try {
            JsPlanWindow.JsCrypto crypto = window.getCrypto();
            JsSubtle subtle = crypto.getSubtle();
            Uint8Array salt = new Uint8Array(LockedFile.SALT_BYTES);
            crypto.getRandomValues(salt);
            Uint8Array iv = new Uint8Array(LockedFile.IV_BYTES);
            crypto.getRandomValues(iv);
            JsSubtle.Encoder encoder = new JsSubtle.Encoder();

            JsSubtle.Params pbkdf2 = new JsSubtle.Params();
            pbkdf2.setName("PBKDF2");
            pbkdf2.setSalt(salt);
            pbkdf2.setIterations(LockedFile.ITERATIONS);
            pbkdf2.setHash("SHA-256");
            JsSubtle.Params aes = new JsSubtle.Params();
            aes.setName("AES-GCM");
            aes.setLength(256);
            JsSubtle.Params gcm = new JsSubtle.Params();
            gcm.setName("AES-GCM");
            gcm.setIv(iv);
            gcm.setAdditionalData(encoder.encode(LockedFile.MARKER));

            subtle.importKey("raw", encoder.encode(passphrase), "PBKDF2", false, usages("deriveKey"))
                    .flatThen(base -> subtle.deriveKey(pbkdf2, base, aes, false, usages("encrypt")))
                    .flatThen(key -> subtle.encrypt(gcm, key, encoder.encode(text)))
                    .then((ArrayBuffer ciphertext) -> {
                        if (!visit.over()) {
                            save(bytes(salt), bytes(iv), bytes(new Uint8Array(ciphertext)), encoder);
                            result.saved();
                        }
                        return null;
                    }, error -> {
                        if (!visit.over()) {
                            result.failed();
                        }
                        return null;
                    });
        } catch (Throwable e) {
            result.failed();
        }
    }

    private void save(byte[] salt, byte[] iv, byte[] ciphertext, JsSubtle.Encoder encoder) {
        String file = LockedFile.write(words, salt, iv, ciphertext);
        JSArray<Uint8Array> parts = new JSArray<>();
        parts.push(encoder.encode(file));
        JsSubtle.Params options = new JsSubtle.Params();
        options.setType("text/plain;charset=utf-8");
        revoke();
        String url = window.getUrls().createObjectURL(new JsSubtle.Blob(parts, options));
        pendingUrl = url;
        // An object URL is not a Trusted Types sink, and a download link navigates nowhere. The link stands inside
        // the keep section, a data-qr-fill container, with tags and attributes boot.js lists as the page's own.
        HTMLElement link = document.createElement("a");
        link.setAttribute("href", url);
        link.setAttribute("download", words.get(LockedFile.NAME_KEY));
        link.setAttribute("hidden", "");
        container.appendChild(link);
        link.click();
        container.removeChild(link);
        window.setTimeout(() -> {
            if (url.equals(pendingUrl)) {
                revoke();
            }
        }, REVOKE_AFTER_MS);
    }

    private static JSArray<JSString> usages(String usage) {
        JSArray<JSString> out = new JSArray<>();
        out.push(JSString.valueOf(usage));
        return out;
    }

    private static byte[] bytes(Uint8Array array) {
        byte[] out = new byte[array.getLength()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) array.get(i);
        }
        return out;
    }
}
