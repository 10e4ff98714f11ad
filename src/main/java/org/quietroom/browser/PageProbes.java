package org.quietroom.browser;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Snapshot;
import org.quietroom.core.Text;
import org.quietroom.core.Urls;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Point-in-time reads for the page-integrity and injected-content checks: which scripts lack an integrity hash,
 * which files came from elsewhere (Resource Timing), and which built-in functions are no longer native. Each read
 * is defensive: a missing or throwing API leaves its fact unknown or empty.
 */
final class PageProbes {
    /** Built-ins a page-world script would wrap to watch typing or send data: global, member (or ""), shown as. */
    private static final String[][] WATCHED_FUNCTIONS = {
        {"EventTarget", "addEventListener", "addEventListener"},
        {"Document", "querySelector", "querySelector"},
        {"Document", "getElementById", "getElementById"},
        {"Document", "createElement", "createElement"},
        {"XMLHttpRequest", "send", "XMLHttpRequest.send"},
        {"Navigator", "sendBeacon", "sendBeacon"},
        {"fetch", "", "fetch"},
        {"WebSocket", "", "WebSocket"},
        {"MutationObserver", "", "MutationObserver"},
    };

    /** Resource Timing initiator types that bring code, another page or data. */
    private static final String[] CODE_INITIATORS = {
        "script", "iframe", "frame", "object", "embed", "fetch", "xmlhttprequest", "beacon",
    };

    private PageProbes() {
    }

    /** Scripts and stylesheets without {@code integrity}. */
    static void readScripts(HTMLDocument document, String origin, Snapshot.Builder b) {
        try {
            NodeList<? extends Element> scripts = document.querySelectorAll("script[src]");
            NodeList<? extends Element> styles = document.querySelectorAll("link[rel~=stylesheet][href]");
            List<String> unpinned = new ArrayList<>();
            collectUnpinned(scripts, origin, false, unpinned);
            collectUnpinned(styles, origin, true, unpinned);
            b.scriptCount(scripts.getLength());
            b.unpinnedScripts(unpinned);
        } catch (Throwable e) {
            // left unknown
        }
    }

    private static void collectUnpinned(NodeList<? extends Element> list, String origin, boolean link,
            List<String> out) {
        for (int i = 0; i < list.getLength(); i++) {
            Element element = list.item(i);
            String integrity = element.getAttribute("integrity");
            if (integrity == null || integrity.trim().isEmpty()) {
                JsUrlElement e = (JsUrlElement) (JSObject) element;
                String url = Js.string(link ? e.getHref() : e.getSrc());
                Text.addOnce(out, Urls.describe(url, origin));
            }
        }
    }

    /** Files from other origins and extension URLs, from Resource Timing. */
    static void readResources(JsWindow window, String origin, Snapshot.Builder b, List<String> extensionUrls) {
        try {
            JsPerformance performance = window.getPerformance();
            if (Js.missing(performance)) {
                return;
            }
            JSArrayReader<JsPerformance.Entry> entries = performance.getEntriesByType("resource");
            List<String> other = new ArrayList<>();
            List<String> code = new ArrayList<>();
            for (int i = 0; i < entries.getLength(); i++) {
                JsPerformance.Entry entry = entries.get(i);
                String url = Js.string(entry.getName());
                String scheme = Urls.extensionScheme(url);
                if (!scheme.isEmpty()) {
                    Text.addOnce(extensionUrls, scheme);
                } else if (Urls.isWeb(url) && !Urls.originOf(url).equals(origin)) {
                    Text.addOnce(isCode(Js.string(entry.getInitiatorType())) ? code : other, Urls.originOf(url));
                }
            }
            b.foreignOrigins(other);
            b.foreignCodeOrigins(code);
        } catch (Throwable e) {
            // left unknown
        }
    }

    private static boolean isCode(String initiator) {
        for (String type : CODE_INITIATORS) {
            if (type.equals(initiator)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Built-ins whose source, as {@code Function.prototype.toString} prints it, is not native code: something in
     * the page's own world replaced or wrapped them. A careful wrapper can fake its source;
     * this only catches the rest, and only explains other findings.
     */
    static void readPatchedFunctions(JsWindow window, Snapshot.Builder b) {
        try {
            JsRecord global = (JsRecord) (JSObject) window;
            JsRecord functionType = (JsRecord) global.get("Function");
            JsFunction toSource = (JsFunction) ((JsRecord) functionType.get("prototype")).get("toString");
            List<String> patched = new ArrayList<>();
            if (!isNative(toSource, toSource)) {
                patched.add("Function.toString");
            }
            for (String[] watched : WATCHED_FUNCTIONS) {
                JSObject target = member(global, watched[0], watched[1]);
                if (!Js.missing(target) && !isNative(toSource, target)) {
                    patched.add(watched[2]);
                }
            }
            b.patchedFunctions(patched);
        } catch (Throwable e) {
            // left unknown
        }
    }

    private static JSObject member(JsRecord global, String name, String member) {
        JSObject owner = global.get(name);
        if (Js.missing(owner) || member.isEmpty()) {
            return owner;
        }
        JSObject prototype = ((JsRecord) owner).get("prototype");
        return Js.missing(prototype) ? null : ((JsRecord) prototype).get(member);
    }

    private static boolean isNative(JsFunction toSource, JSObject function) {
        return Js.string(toSource.sourceOf(function)).indexOf("[native code]") >= 0;
    }
}
