package org.quietroom.browser;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.BootRecord;
import org.quietroom.core.Snapshot;
import org.quietroom.core.Text;
import org.quietroom.core.Tri;
import org.quietroom.core.Urls;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Location;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Reads the browser into one {@link Snapshot}. Each fact is read on its own, so one missing or throwing API
 * leaves only that fact unknown. Nothing here writes anything: no storage, no requests, no permission prompts.
 */
final class SnapshotProbe {
    private SnapshotProbe() {
    }

    static Snapshot read(JsWindow window) {
        Snapshot.Builder b = Snapshot.builder();
        HTMLDocument document = window.getDocument();
        String origin = "";
        try {
            Location location = window.getLocation();
            b.protocol(location.getProtocol());
            b.hostname(location.getHostName());
            JsLocation more = (JsLocation) (JSObject) location;
            origin = Text.lower(Js.string(more.getOrigin()));
            b.origin(origin);
            b.ancestorOrigins(ancestorOrigins(more));
        } catch (Throwable e) {
            // left unknown
        }
        try {
            b.secureContext(Js.tri(window.getIsSecureContext()));
        } catch (Throwable e) {
            // left unknown
        }
        try {
            JsNavigator navigator = window.getNavigator();
            if (!Js.missing(navigator)) {
                b.userAgent(Js.string(navigator.getUserAgent()));
                b.webdriver(Js.tri(navigator.getWebdriver()));
                b.brave(Tri.of(!Js.missing(navigator.getBrave())));
            }
        } catch (Throwable e) {
            // left unknown
        }
        try {
            b.historyLength(window.getHistory().getLength());
        } catch (Throwable e) {
            // left unknown
        }
        try {
            b.referrerOrigin(Urls.originOf(Js.string(((JsDocument) (JSObject) document).getReferrer())));
        } catch (Throwable e) {
            // left unknown
        }
        // Whether the page is framed comes from boot.js's record (core.BootRecord): window.top of another origin must
        // not reach this code, whose WasmGC runtime would touch it and be refused with a SecurityError.
        try {
            b.webAssembly(Tri.of(!Js.missing(((JsRecord) (JSObject) window).get("WebAssembly"))));
        } catch (Throwable e) {
            // left unknown
        }
        List<String> extensionUrls = new ArrayList<>();
        try {
            HTMLElement root = document.getDocumentElement();
            extensionUrls.addAll(BootRecord.read(root::getAttribute, b));
        } catch (Throwable e) {
            // left unknown
        }
        PageProbes.readScripts(document, origin, b);
        PageProbes.readResources(window, origin, b, extensionUrls);
        PageProbes.readPatchedFunctions(window, b);
        b.extensionUrls(extensionUrls);
        return b.build();
    }

    private static List<String> ancestorOrigins(JsLocation location) {
        List<String> out = new ArrayList<>();
        JSArrayReader<JSString> list = location.getAncestorOrigins();
        if (Js.missing(list)) {
            return out;
        }
        for (int i = 0; i < list.getLength(); i++) {
            out.add(Text.lower(Js.string(list.get(i))));
        }
        return out;
    }
}
