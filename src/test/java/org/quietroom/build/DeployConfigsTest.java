package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        }
    }
}
