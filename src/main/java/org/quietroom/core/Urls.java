package org.quietroom.core;

/**
 * URL helpers shared by the probe and the checks. Evidence never carries more of a URL than needed: a web
 * origin, a path on this site, or the bare scheme of an extension URL. Extension host parts are never kept:
 * in Firefox it is a random per-install UUID, which would fingerprint the person.
 */
public final class Urls {
    /** URL schemes under which browsers serve extension files (Chromium, Firefox, Safari, old Safari, old Edge). */
    private static final String[] EXTENSION_SCHEMES = {
        "chrome-extension:", "moz-extension:", "safari-web-extension:", "safari-extension:", "ms-browser-extension:",
    };

    private Urls() {
    }

    /** The extension scheme of {@code url} (e.g. {@code "chrome-extension:"}), or "" when it is not one. */
    public static String extensionScheme(String url) {
        String u = Text.lower(url).trim();
        for (String scheme : EXTENSION_SCHEMES) {
            if (u.startsWith(scheme)) {
                return scheme;
            }
        }
        return "";
    }

    /** Whether {@code text} contains an extension URL anywhere (attribute values, style text). */
    public static String extensionSchemeIn(String text) {
        String t = Text.lower(text);
        for (String scheme : EXTENSION_SCHEMES) {
            if (t.indexOf(scheme + "//") >= 0) {
                return scheme;
            }
        }
        return "";
    }

    /** Scheme, host and port of a URL, without path or query (which could name a search); "" if none. */
    public static String originOf(String url) {
        if (url == null || url.isEmpty()) {
            return "";
        }
        int scheme = url.indexOf("://");
        if (scheme <= 0) {
            return "";
        }
        int end = scheme + 3;
        while (end < url.length()) {
            char c = url.charAt(end);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            end++;
        }
        return Text.lower(url.substring(0, end));
    }

    /** True for http: and https: URLs. */
    public static boolean isWeb(String url) {
        String u = Text.lower(url);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /**
     * How a script or file URL is shown as evidence: on this page's own origin its path (no query), on another
     * web origin that origin, an extension URL its scheme only, anything else its scheme.
     */
    public static String describe(String url, String pageOrigin) {
        if (url == null || url.isEmpty()) {
            return "";
        }
        String ext = extensionScheme(url);
        if (!ext.isEmpty()) {
            return ext;
        }
        if (!isWeb(url)) {
            int colon = url.indexOf(':');
            return colon > 0 ? Text.lower(url.substring(0, colon + 1)) : "";
        }
        String origin = originOf(url);
        if (!origin.equals(Text.lower(pageOrigin))) {
            return origin;
        }
        int end = url.length();
        int query = url.indexOf('?', origin.length());
        if (query >= 0) {
            end = query;
        }
        int hash = url.indexOf('#', origin.length());
        if (hash >= 0 && hash < end) {
            end = hash;
        }
        String path = url.substring(origin.length(), end);
        return path.isEmpty() ? "/" : path;
    }
}
