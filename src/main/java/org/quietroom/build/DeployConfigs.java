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

    /** What every host's file says about the compressed copies. */
    private static final String COMPRESSION_NOTE = "# The build writes NAME.br (brotli) and NAME.gz (gzip) next to "
            + "each compressible file\n# (SHA256SUMS lists them): send those, not copies compressed on the fly.\n";

    /**
     * Why no host file turns HSTS on (issue 19): Strict-Transport-Security makes the browser keep this host in
     * its security state (Chromium's TransportSecurity file, Firefox's SiteSecurityServiceState.bin), a trace outside
     * History that deleting this site's history entries does not remove. Redirecting http to https protects the
     * first visit's address as well, without it. scripts/check-host reports HSTS as a choice.
     */
    static final String HSTS_NOTE = "# HSTS is left out on purpose: it makes the browser keep this host in its security"
            + " state, a trace\n# outside History that deleting this site's history does not remove. Redirect http to"
            + " https instead.\n# To send it anyway, uncomment the line below.\n";

    static String hstsValue() {
        return "max-age=31536000";
    }

    static String nginx() {
        StringBuilder sb = new StringBuilder("# Quietroom: nginx. " + GENERATED + "\n"
                + "# Put inside the server { } block that serves the site folder over https, e.g.\n"
                + "#   server {\n#     listen 443 ssl; server_name help.example.org;  # and your ssl_certificate lines\n"
                + "#     root /var/www/quietroom;\n#     include /etc/nginx/quietroom.conf;\n#   }\n"
                + "# and send http to https with a server of its own:\n"
                + "#   server { listen 80; server_name help.example.org; return 301 https://$host$request_uri; }\n"
                + "# then: sudo nginx -t && sudo systemctl reload nginx\n"
                + "# No version in the Server header, no folder listings:\nserver_tokens off;\nautoindex off;\n"
                + UTF8_NOTE
                + "charset utf-8;\ncharset_types text/html text/css text/javascript application/javascript;\n"
                + "# nginx 1.22's mime.types calls .js application/javascript and knows no .mjs: the standard name\n"
                + "# (RFC 9239) for both, in a location of their own (a types block replaces the whole map where it is).\n"
                + "location ~ \\.m?js$ {\n    types { text/javascript js mjs; }\n}\n"
                + COMPRESSION_NOTE
                + "# gzip_static (in Debian's nginx) sends NAME.gz to clients that accept gzip. Debian's nginx 1.22 has no\n"
                + "# brotli module: where ngx_brotli is loaded (load_module ...ngx_http_brotli_static_module.so;),\n"
                + "# uncomment brotli_static to send NAME.br.\n"
                + "gzip_static on;\n# brotli_static on;\ngzip_vary on;\n"
                + "# Anything without a .gz is compressed on the fly (text/html always is, so it is not listed).\n"
                + "gzip on;\ngzip_types " + NGINX_GZIP_TYPES + ";\n");
        Headers.production().forEach((k, v) -> sb.append("add_header ").append(k).append(" \"").append(v)
                .append("\" always;\n"));
        sb.append(HSTS_NOTE).append("# add_header Strict-Transport-Security \"").append(hstsValue())
                .append("\" always;\n");
        return sb.toString();
    }

    static final String NGINX_GZIP_TYPES = "text/css text/javascript application/javascript application/wasm "
            + "application/json image/svg+xml text/plain application/manifest+json application/xml";

    /** The extensions of {@link ContentCoding#COMPRESSIBLE} as an Apache regular expression alternation. */
    static String extensionAlternation() {
        StringBuilder sb = new StringBuilder("(");
        for (String extension : ContentCoding.COMPRESSIBLE) {
            sb.append(sb.length() > 1 ? "|" : "").append(extension.substring(1));
        }
        return sb.append(')').toString();
    }

    static String apache() {
        String ext = extensionAlternation();
        StringBuilder sb = new StringBuilder("# Quietroom: Apache (.htaccess in the site folder; mod_headers, mod_rewrite "
                + "and mod_mime on). " + GENERATED + "\n"
                + "# On Debian: sudo a2enmod headers rewrite, and let this file work in the site's folder (Debian's\n"
                + "# default AllowOverride None ignores every .htaccess without a word), in the site's configuration:\n"
                + "#   <Directory /var/www/quietroom>\n#     AllowOverride FileInfo Indexes Options\n#   </Directory>\n"
                + "# and, in the server's configuration (.htaccess cannot carry these), no version banner:\n"
                + "#   ServerTokens Prod\n#   ServerSignature Off\n"
                + "# Send http to https in the port 80 <VirtualHost>: Redirect permanent / https://help.example.org/\n"
                + "# then: sudo apache2ctl configtest && sudo systemctl reload apache2\n"
                + "# Without mod_headers the lines below answer 500 on every path, on purpose: no page without its headers.\n"
                + "Options -Indexes\n"
                + UTF8_NOTE + "AddCharset utf-8 .html .css .js .mjs\n"
                + "AddType text/javascript .js .mjs\nAddType application/wasm .wasm\n"
                + COMPRESSION_NOTE
                + "# NAME.br when the request accepts br, else NAME.gz when it accepts gzip; the copy keeps the file's\n"
                + "# type. A copy asked for by its own name comes as it is (application/octet-stream), as nginx sends it.\n"
                + "# (The Accept-Encoding test is by name only: a client that sends br;q=0 still gets NAME.br.)\n"
                + "RemoveType .br .gz\nRemoveEncoding .br .gz\n"
                + "<IfModule mod_rewrite.c>\nRewriteEngine On\n"
                + "RewriteCond %{ENV:REDIRECT_STATUS} ^$\nRewriteRule \\.(br|gz)$ - [T=application/octet-stream,L]\n");
        for (ContentCoding coding : ContentCoding.values()) {
            sb.append("RewriteCond %{HTTP:Accept-Encoding} \\b").append(coding.token()).append("\\b\n")
                    .append("RewriteCond %{REQUEST_FILENAME}").append(coding.suffix().replace(".", "\\.")).append(" -f\n")
                    .append("RewriteRule ^(.+)\\.").append(ext).append("$ $1.$2").append(coding.suffix())
                    .append(" [L,E=QUIETROOM_CODING:").append(coding.token()).append("]\n");
        }
        for (String extension : ContentCoding.COMPRESSIBLE) {
            sb.append("RewriteRule \\").append(extension).append("\\.(br|gz)$ - \"[T=")
                    .append(Headers.contentType(extension)).append(",E=no-gzip:1,E=no-brotli:1]\"\n");
        }
        sb.append("</IfModule>\n<IfModule mod_headers.c>\n");
        for (ContentCoding coding : ContentCoding.values()) {
            // The rewrite is an internal redirect, after which the variable it set is REDIRECT_QUIETROOM_CODING.
            sb.append("Header set Content-Encoding ").append(coding.token())
                    .append(" \"expr=%{ENV:REDIRECT_QUIETROOM_CODING} == '").append(coding.token()).append("'\"\n");
        }
        sb.append("<FilesMatch \"\\.").append(ext).append("(\\.br|\\.gz)?$\">\n"
                + "Header append Vary Accept-Encoding\n</FilesMatch>\n</IfModule>\n");
        Headers.production().forEach((k, v) -> sb.append("Header always set ").append(k).append(" \"").append(v)
                .append("\"\n"));
        sb.append(HSTS_NOTE).append("# Header always set Strict-Transport-Security \"").append(hstsValue()).append("\"\n");
        return sb.toString();
    }

    static String caddy() {
        StringBuilder sb = new StringBuilder("# Quietroom: Caddy. " + GENERATED + "\n"
                + "# Replace the host name and the root folder with yours. Caddy gets the certificate and sends http\n"
                + "# to https by itself, and names no version. It listens on every interface, as a public site must;\n"
                + "# to try it on this computer only, use the address http://127.0.0.1:8080 and add bind 127.0.0.1.\n"
                + "# Then: sudo systemctl reload caddy (Debian's caddy reads /etc/caddy/Caddyfile).\n"
                + COMPRESSION_NOTE
                + "# precompressed sends NAME.br, else NAME.gz, by the request's Accept-Encoding, with the file's type and\n"
                + "# Vary; no encode directive is needed.\n"
                + "quietroom.example {\n\troot * /var/www/quietroom\n\tfile_server {\n\t\tprecompressed br gzip\n\t}\n"
                + "\theader {\n");
        Headers.production().forEach((k, v) -> sb.append("\t\t").append(k).append(" \"").append(v).append("\"\n"));
        // Caddy sends Strict-Transport-Security only when told to: it is not, for the reason in HSTS_NOTE.
        sb.append(HSTS_NOTE.replace("# ", "\t\t# ").replace("\n\t\t#", "\n\t\t#"));
        sb.append("\t\t# Strict-Transport-Security \"").append(hstsValue()).append("\"\n");
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
