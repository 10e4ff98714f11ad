package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(apache.contains("\nAddCharset utf-8 .html .css .js\n"), "Apache: AddCharset for .js");
        for (String name : List.of("deploy/netlify_headers", "deploy/cloudflare-pages_headers")) {
            String file = Files.readString(Path.of(name), StandardCharsets.UTF_8);
            assertTrue(file.contains("\n/wasm/*\n  Content-Type: text/javascript; charset=utf-8\n"), name);
        }
        assertTrue(BuiltSite.read("_headers").contains("\n/wasm/*\n  Content-Type: text/javascript; charset=utf-8\n"));
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
