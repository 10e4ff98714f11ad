package org.quietroom.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Header configurations for common static hosts, generated from {@link Headers} so that every host sends
 * exactly what {@code scripts/serve} sends. The files in {@code deploy/} are this class's output; a test fails
 * when they differ from it. Regenerate with {@code scripts/deploy-configs}.
 */
public final class DeployConfigs {
    private DeployConfigs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "deploy");
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : all().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** File name → content, for every host. */
    public static Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("nginx.conf", nginx());
        files.put("apache.htaccess", apache());
        files.put("Caddyfile", caddy());
        files.put("netlify_headers", headersFile("Netlify"));
        files.put("cloudflare-pages_headers", headersFile("Cloudflare Pages"));
        return files;
    }

    private static final String GENERATED = "Generated from src/main/java/org/quietroom/build/Headers.java by "
            + "scripts/deploy-configs; do not edit by hand.";

    /**
     * Why the files say their charset: the WasmGC tier scripts carry the module as characters U+0000 to U+00FF in
     * UTF-8, so they must be read as UTF-8. Without a charset a browser reads a script in the page's encoding
     * (UTF-8 here); a host that declares another one would break the WasmGC tier (the page then falls back to the
     * JavaScript build).
     */
    private static final String UTF8_NOTE = "# Scripts and pages are UTF-8; wasm/app.js needs it (it carries the module "
            + "as characters up to U+00FF).\n";

    static String nginx() {
        StringBuilder sb = new StringBuilder("# Quietroom: nginx. " + GENERATED + "\n"
                + "# Put inside the server { } block that serves the site folder, e.g.\n"
                + "#   root /var/www/quietroom;\n#   include /etc/nginx/quietroom-headers.conf;\n"
                + UTF8_NOTE
                + "charset utf-8;\ncharset_types text/html text/css text/javascript application/javascript;\n");
        Headers.production().forEach((k, v) -> sb.append("add_header ").append(k).append(" \"").append(v)
                .append("\" always;\n"));
        return sb.toString();
    }

    static String apache() {
        StringBuilder sb = new StringBuilder("# Quietroom: Apache (.htaccess in the site folder, mod_headers on). "
                + GENERATED + "\n" + UTF8_NOTE + "AddCharset utf-8 .html .css .js\n");
        Headers.production().forEach((k, v) -> sb.append("Header always set ").append(k).append(" \"").append(v)
                .append("\"\n"));
        return sb.toString();
    }

    static String caddy() {
        StringBuilder sb = new StringBuilder("# Quietroom: Caddy. " + GENERATED + "\n"
                + "# Replace the host name and the root folder with yours.\n"
                + "quietroom.example {\n\troot * /var/www/quietroom\n\tfile_server\n\theader {\n");
        Headers.production().forEach((k, v) -> sb.append("\t\t").append(k).append(" \"").append(v).append("\"\n"));
        return sb.append("\t}\n}\n").toString();
    }

    /** The {@code _headers} format that Netlify and Cloudflare Pages read from the site's root folder. */
    static String headersFile(String host) {
        StringBuilder sb = new StringBuilder("# Quietroom: " + host + " (copy to the site folder as _headers). "
                + GENERATED + "\n/*\n");
        Headers.production().forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        // The WasmGC tier scripts are the only files with characters beyond ASCII; see UTF8_NOTE.
        return sb.append("/wasm/*\n  Content-Type: ").append(Headers.contentType("app.js")).append('\n').toString();
    }
}
