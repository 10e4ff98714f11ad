package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.Snapshot;
import org.quietroom.core.Text;
import org.quietroom.core.Tri;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Reads what boot.js recorded on {@code <html>} (see the list at the top of web/boot.js): the CSP canary and
 * violation count, the page watch and the data this site already had. A record that is missing or malformed
 * leaves its fact unknown: the page may be served without boot.js, or something may have changed the records.
 */
final class PageRecord {
    private PageRecord() {
    }

    /** Fills {@code b} and returns the extension URL schemes the watch saw (the probe adds more). */
    static List<String> read(HTMLElement root, Snapshot.Builder b) {
        b.tier(text(root, "data-tier"));
        String canary = text(root, "data-csp-canary");
        b.cspCanaryRan("ran".equals(canary) ? Tri.YES : "blocked".equals(canary) ? Tri.NO : Tri.UNKNOWN);
        String header = text(root, "data-csp-header");
        b.cspHeader("yes".equals(header) ? Tri.YES : "no".equals(header) ? Tri.NO : Tri.UNKNOWN);
        b.cspViolations(count(root, "data-csp-violations"));
        b.pageWatched(watch(text(root, "data-watch")));
        b.addedElements(Text.splitSpaces(root.getAttribute("data-watch-elements")));
        b.addedAttributes(Text.splitSpaces(root.getAttribute("data-watch-attributes")));
        b.cookieLength(count(root, "data-stored-cookies"));
        b.localStorageLength(count(root, "data-stored-local"));
        b.serviceWorkerCount(count(root, "data-stored-sw"));
        String framed = text(root, "data-framed");
        b.framed("yes".equals(framed) ? Tri.YES : "no".equals(framed) ? Tri.NO : Tri.UNKNOWN);
        return Text.splitSpaces(root.getAttribute("data-watch-extension-urls"));
    }

    private static Tri watch(String value) {
        if ("on".equals(value)) {
            return Tri.YES;
        }
        return "off".equals(value) ? Tri.NO : Tri.UNKNOWN;
    }

    private static String text(HTMLElement root, String name) {
        String value = root.getAttribute(name);
        return value == null ? "" : value;
    }

    /** A non-negative decimal count, else -1 ("pending", "unknown", missing or tampered). */
    static int count(HTMLElement root, String name) {
        String value = text(root, name);
        if (value.isEmpty() || value.length() > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
