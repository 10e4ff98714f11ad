package org.quietroom.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The production security headers: the single source for {@code scripts/serve}, the tests and the hosting
 * configurations. The policy in the page's {@code <meta>} is {@link #META_CSP}; the header adds what only a
 * header can carry ({@code frame-ancestors}).
 */
public final class Headers {
    /** The Content-Security-Policy, directive by directive, with the reason for each in the README. */
    public static final List<String> CSP_DIRECTIVES = List.of(
            "default-src 'none'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "connect-src 'none'",
            "style-src 'self'",
            "img-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "require-trusted-types-for 'script'",
            "trusted-types 'none'");

    /** The policy as the page's {@code <meta http-equiv="Content-Security-Policy">} carries it. */
    public static final String META_CSP = String.join("; ", CSP_DIRECTIVES);

    /** The policy as the server sends it: the meta policy plus {@code frame-ancestors}, ignored in meta. */
    public static final String HEADER_CSP = META_CSP + "; frame-ancestors 'none'";

    /** Every powerful feature, denied. */
    static final List<String> DENIED_FEATURES = List.of(
            "accelerometer", "autoplay", "camera", "clipboard-read", "display-capture",
            "encrypted-media", "fullscreen", "gamepad", "geolocation", "gyroscope", "hid", "identity-credentials-get",
            "idle-detection", "local-fonts", "magnetometer", "microphone", "midi", "otp-credentials", "payment",
            "picture-in-picture", "publickey-credentials-create", "publickey-credentials-get", "screen-wake-lock",
            "serial", "storage-access", "usb", "window-management", "xr-spatial-tracking");

    private Headers() {
    }

    /** The headers every response carries, in a stable order. */
    public static Map<String, String> production() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", HEADER_CSP);
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Cache-Control", "no-store");
        h.put("Permissions-Policy", permissionsPolicy());
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        h.put("X-Frame-Options", "DENY");
        return h;
    }

    static String permissionsPolicy() {
        StringBuilder sb = new StringBuilder();
        for (String feature : DENIED_FEATURES) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(feature).append("=()");
        }
        return sb.toString();
    }

    /** The Content-Type for a file name, by its extension. */
    public static String contentType(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (n.endsWith(".js") || n.endsWith(".mjs")) {
            return "text/javascript; charset=utf-8";
        } else if (n.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (n.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (n.endsWith(".wasm")) {
            return "application/wasm";
        } else if (n.endsWith(".json")) {
            return "application/json";
        } else if (n.endsWith(".webmanifest")) {
            return "application/manifest+json";
        } else if (n.endsWith(".xml")) {
            return "application/xml";
        } else if (n.endsWith(".png")) {
            return "image/png";
        } else if (n.endsWith(".zip")) {
            return "application/zip";
        } else if (n.endsWith(".br") || n.endsWith(".gz")) {
            // A compressed copy asked for by its own name: its bytes as they are, as nginx and Caddy send them.
            return "application/octet-stream";
        }
        return "text/plain; charset=utf-8";
    }
}
