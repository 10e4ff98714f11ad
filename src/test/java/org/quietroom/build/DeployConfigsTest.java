package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hosting configuration carries every production header with the server's exact value. */
class DeployConfigsTest {
    static Iterable<String> files() {
        return DeployConfigs.all().keySet();
    }

    @ParameterizedTest
    @MethodSource("files")
    void theCommittedFileIsWhatTheGeneratorWrites(String name) throws IOException {
        String committed = Files.readString(Path.of("deploy", name), StandardCharsets.UTF_8);
        assertEquals(DeployConfigs.all().get(name), committed, "deploy/" + name + " is stale: run scripts/deploy-configs");
    }

    @ParameterizedTest
    @MethodSource("files")
    void carriesEveryHeaderWithTheServersValue(String name) throws IOException {
        String committed = Files.readString(Path.of("deploy", name), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> h : Headers.production().entrySet()) {
            boolean quoted = committed.contains(h.getKey() + " \"" + h.getValue() + "\"");
            boolean colon = committed.contains(h.getKey() + ": " + h.getValue() + "\n");
            assertTrue(quoted || colon, name + " lacks " + h.getKey() + " with the server's value");
        }
    }

    /** wasm/app.js carries the module as characters up to U+00FF in UTF-8: every host must not say otherwise. */
    @Test
    void theHostsDeclareUtf8ForTheScripts() throws IOException {
        String nginx = Files.readString(Path.of("deploy/nginx.conf"), StandardCharsets.UTF_8);
        assertTrue(nginx.contains("\ncharset utf-8;\n"), "nginx: charset utf-8");
        assertTrue(nginx.contains("\ncharset_types text/html text/css text/javascript application/javascript;\n"),
                "nginx: the charset applies to scripts, whichever type this nginx gives .js");
        String apache = Files.readString(Path.of("deploy/apache.htaccess"), StandardCharsets.UTF_8);
        assertTrue(apache.contains("\nAddCharset utf-8 .html .css .js .mjs\n"), "Apache: AddCharset for .js");
        for (String name : List.of("deploy/netlify_headers", "deploy/cloudflare-pages_headers")) {
            String file = Files.readString(Path.of(name), StandardCharsets.UTF_8);
            assertTrue(file.contains("\n/wasm/*\n  Content-Type: text/javascript; charset=utf-8\n"), name);
        }
        assertTrue(BuiltSite.read("_headers").contains("\n/wasm/*\n  Content-Type: text/javascript; charset=utf-8\n"));
    }

    private static String deployed(String name) throws IOException {
        return Files.readString(Path.of("deploy", name), StandardCharsets.UTF_8);
    }

    /** nginx: NAME.gz by gzip_static (brotli_static needs a module Debian's nginx lacks), Vary, the types. */
    @Test
    void nginxSendsTheBuildsCompressedCopies() throws IOException {
        String nginx = deployed("nginx.conf");
        assertTrue(nginx.contains("\ngzip_static on;\n"), "gzip_static");
        assertTrue(nginx.contains("\n# brotli_static on;\n"), "brotli_static, commented out for Debian's nginx");
        assertTrue(nginx.contains("no\n# brotli module"), "says why brotli_static is commented out");
        assertTrue(nginx.contains("\ngzip_vary on;\n"), "Vary: Accept-Encoding");
        assertTrue(nginx.contains("\ngzip_types text/css text/javascript application/javascript application/wasm "),
                "scripts, styles and wasm compressed where a file has no .gz");
        assertFalse(nginx.contains("gzip_types text/html") || nginx.contains(" text/html;"),
                "text/html is always gzip-compressed: listing it makes nginx warn");
        assertTrue(nginx.contains("\nlocation ~ \\.m?js$ {\n    types { text/javascript js mjs; }\n}\n"),
                "scripts as text/javascript, in a location so that the other types stay");
    }

    /** Apache: a rewrite to NAME.br or NAME.gz, the file's type on the copy, Content-Encoding only after it. */
    @Test
    void apacheSendsTheBuildsCompressedCopies() throws IOException {
        String apache = deployed("apache.htaccess");
        String ext = "(html|css|js|mjs|json|svg|txt|wasm|webmanifest|xml)";
        assertTrue(apache.contains("\nRewriteCond %{HTTP:Accept-Encoding} \\bbr\\b\nRewriteCond %{REQUEST_FILENAME}\\.br -f\n"
                + "RewriteRule ^(.+)\\." + ext + "$ $1.$2.br [L,E=QUIETROOM_CODING:br]\n"), "brotli first");
        assertTrue(apache.contains("\nRewriteCond %{HTTP:Accept-Encoding} \\bgzip\\b\nRewriteCond %{REQUEST_FILENAME}\\.gz -f\n"
                + "RewriteRule ^(.+)\\." + ext + "$ $1.$2.gz [L,E=QUIETROOM_CODING:gzip]\n"), "then gzip");
        assertTrue(apache.indexOf("QUIETROOM_CODING:br") < apache.indexOf("QUIETROOM_CODING:gzip"), "br before gzip");
        assertTrue(apache.contains("\nRewriteRule \\.js\\.(br|gz)$ - \"[T=text/javascript; charset=utf-8,E=no-gzip:1,"
                + "E=no-brotli:1]\"\n"), "a script's copy is a script, and mod_deflate leaves it alone");
        assertTrue(apache.contains("\nRewriteRule \\.html\\.(br|gz)$ - \"[T=text/html; charset=utf-8,"), "pages");
        assertTrue(apache.contains("\nHeader set Content-Encoding br \"expr=%{ENV:REDIRECT_QUIETROOM_CODING} == 'br'\"\n"));
        assertTrue(apache.contains("\nHeader set Content-Encoding gzip \"expr=%{ENV:REDIRECT_QUIETROOM_CODING} == 'gzip'\"\n"));
        assertTrue(apache.contains("\nHeader append Vary Accept-Encoding\n"), "Vary");
        assertTrue(apache.contains("\nRewriteCond %{ENV:REDIRECT_STATUS} ^$\nRewriteRule \\.(br|gz)$ - "
                + "[T=application/octet-stream,L]\n"), "a copy asked for by name comes as it is, as from nginx");
        assertTrue(apache.contains("\nRemoveType .br .gz\nRemoveEncoding .br .gz\n"), "no type of mime.types for .gz");
        assertTrue(apache.contains("\nAddType text/javascript .js .mjs\n"), "scripts as text/javascript");
    }

    @Test
    void caddySendsTheBuildsCompressedCopies() throws IOException {
        assertTrue(deployed("Caddyfile").contains("\n\tfile_server {\n\t\tprecompressed br gzip\n\t}\n"));
    }

    /** Every compressible extension the build writes copies for is one the hosts serve them for. */
    @Test
    void theHostsServeCopiesOfEveryCompressibleExtension() throws IOException {
        String apache = deployed("apache.htaccess");
        for (String extension : ContentCoding.COMPRESSIBLE) {
            String bare = extension.substring(1);
            assertTrue(apache.contains("|" + bare + "|") || apache.contains("(" + bare + "|")
                    || apache.contains("|" + bare + ")"), "Apache rewrites ." + bare);
            assertTrue(apache.contains("\nRewriteRule \\" + extension + "\\.(br|gz)$ - \"[T="
                    + Headers.contentType(extension) + ","), "Apache types ." + bare + "'s copies");
        }
    }

    @Test
    void theSiteCarriesAHeadersFileForNetlifyAndCloudflarePages() {
        String headers = BuiltSite.read("_headers");
        Headers.production().forEach((k, v) -> assertTrue(headers.contains("  " + k + ": " + v + "\n"), k));
    }

    @Test
    void theServerSendsExactlyTheProductionHeaders() throws Exception {
        try (SiteServer server = SiteServer.builder(BuiltSite.DIR).start()) {
            var response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.origin() + "/")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            for (Map.Entry<String, String> h : Headers.production().entrySet()) {
                assertEquals(java.util.List.of(h.getValue()), response.headers().allValues(h.getKey()), h.getKey());
            }
            assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
            var script = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.origin() + "/wasm/app.js")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertEquals(200, script.statusCode());
            assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
        }
    }
}
