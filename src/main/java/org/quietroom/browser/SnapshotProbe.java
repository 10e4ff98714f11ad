package org.quietroom.browser;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Snapshot;
import org.quietroom.core.Text;
import org.quietroom.core.Tri;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Location;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;

/**
 * Reads the browser into one {@link Snapshot}. Each fact is read on its own, so one missing or throwing API
 * leaves only that fact unknown.
 */
final class SnapshotProbe {
    private SnapshotProbe() {
    }

    static Snapshot read(JsWindow window) {
        Snapshot.Builder b = Snapshot.builder();
        HTMLDocument document = window.getDocument();
        try {
            Location location = window.getLocation();
            b.protocol(location.getProtocol());
            b.hostname(location.getHostName());
        } catch (Throwable e) {
            // left unknown
        }
        try {
            b.secureContext(Js.tri(window.getIsSecureContext()));
        } catch (Throwable e) {
            // left unknown
        }
        b.expectedHosts(expectedHosts(document));
        try {
            JsNavigator navigator = window.getNavigator();
            if (!Js.missing(navigator)) {
                b.userAgent(Js.string(navigator.getUserAgent()));
                b.webdriver(Js.tri(navigator.getWebdriver()));
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
            b.referrerOrigin(originOf(Js.string(((JsDocument) (JSObject) document).getReferrer())));
        } catch (Throwable e) {
            // left unknown
        }
        try {
            JSObject top = window.getTop();
            JSObject self = window.getSelf();
            b.framed(Js.missing(top) ? Tri.UNKNOWN : Tri.of(top != self));
        } catch (Throwable e) {
            // left unknown
        }
        return b.build();
    }

    /** The hosts this build expects, from {@code <meta name="quietroom-expected-hosts">}. */
    private static List<String> expectedHosts(HTMLDocument document) {
        List<String> hosts = new ArrayList<>();
        Element meta = document.querySelector("meta[name=quietroom-expected-hosts]");
        if (meta != null) {
            hosts.addAll(Text.splitList(meta.getAttribute("content")));
        }
        return hosts;
    }

    /** Scheme, host and port of a URL, without path or query (which could name a search). */
    static String originOf(String url) {
        if (url == null || url.isEmpty()) {
            return "";
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return "";
        }
        int end = url.indexOf('/', scheme + 3);
        return end < 0 ? url : url.substring(0, end);
    }
}
