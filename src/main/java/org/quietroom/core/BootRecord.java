package org.quietroom.core;

import java.util.List;
import java.util.function.Function;

/**
 * Reads what boot.js recorded on {@code <html>} (see the list at the top of web/boot.js): the tier, the CSP canary,
 * the header policy and violation count, the page watch, the data this site already had, and framing. Each record is
 * one attribute value; a record that is missing or malformed leaves its fact unknown, never a reassuring value: the
 * page may be served without boot.js, or something may have changed the records.
 */
public final class BootRecord {
    private BootRecord() {
    }

    /**
     * Fills {@code b} from the records ({@code attribute} gives an attribute of {@code <html>}, null when absent)
     * and returns the extension URL schemes the watch saw.
     */
    public static List<String> read(Function<String, String> attribute, Snapshot.Builder b) {
        b.tier(text(attribute, "data-tier"));
        b.cspCanaryRan(tri(attribute, "data-csp-canary", "ran", "blocked"));
        b.cspHeader(tri(attribute, "data-csp-header", "yes", "no"));
        b.cspViolations(Text.decimal(text(attribute, "data-csp-violations")));
        b.pageWatched(tri(attribute, "data-watch", "on", "off"));
        b.addedElements(Text.splitSpaces(text(attribute, "data-watch-elements")));
        b.addedAttributes(Text.splitSpaces(text(attribute, "data-watch-attributes")));
        b.cookieLength(Text.decimal(text(attribute, "data-stored-cookies")));
        b.localStorageLength(Text.decimal(text(attribute, "data-stored-local")));
        b.serviceWorkerCount(Text.decimal(text(attribute, "data-stored-sw")));
        b.framed(tri(attribute, "data-framed", "yes", "no"));
        return Text.splitSpaces(text(attribute, "data-watch-extension-urls"));
    }

    /** YES for exactly {@code yes}, NO for exactly {@code no}, else UNKNOWN. */
    private static Tri tri(Function<String, String> attribute, String name, String yes, String no) {
        String value = text(attribute, name);
        return yes.equals(value) ? Tri.YES : no.equals(value) ? Tri.NO : Tri.UNKNOWN;
    }

    private static String text(Function<String, String> attribute, String name) {
        String value = attribute.apply(name);
        return value == null ? "" : value;
    }
}
