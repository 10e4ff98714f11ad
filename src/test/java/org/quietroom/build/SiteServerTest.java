package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/serve's server on 127.0.0.1: slow clients cannot stall it, and its request log stays bounded. */
class SiteServerTest {
    @TempDir
    Path root;

    private SiteServer start() throws IOException {
        return start(SiteServer.LOG_LIMIT);
    }

    private SiteServer start(int logLimit) throws IOException {
        Files.writeString(root.resolve("index.html"), "<!doctype html><title>t</title>", StandardCharsets.UTF_8);
        return SiteServer.builder(root).headers(false).logLimit(logLimit).start();
    }

    private static int get(HttpClient client, SiteServer server, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.origin() + path))
                .timeout(Duration.ofSeconds(SiteServer.REQUEST_SECONDS * 3L)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void moreSilentClientsThanThreadsDoNotStallARealRequest() throws Exception {
        try (SiteServer server = start()) {
            List<Socket> slow = new ArrayList<>();
            try {
                // Each sends a request line and one header, then nothing: no blank line ends its headers.
                for (int i = 0; i < SiteServer.THREADS + 4; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                    OutputStream out = s.getOutputStream();
                    out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    slow.add(s);
                }
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                long start = System.nanoTime();
                assertEquals(200, get(client, server, "/"));
                long seconds = (System.nanoTime() - start) / 1_000_000_000L;
                assertTrue(seconds <= SiteServer.REQUEST_SECONDS * 2L, "answered after " + seconds + " s");
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    @Test
    void theLogIsBoundedByDefault() {
        assertTrue(SiteServer.LOG_LIMIT > 0 && SiteServer.LOG_LIMIT <= 10_000);
    }

    @Test
    void theRequestLogKeepsOnlyTheMostRecentPaths() throws Exception {
        int limit = 20;
        try (SiteServer server = start(limit)) {
            HttpClient client = HttpClient.newHttpClient();
            int total = limit + 5;
            for (int i = 0; i < total; i++) {
                get(client, server, "/n" + i);
            }
            List<String> log = server.requests();
            assertEquals(limit, log.size());
            assertEquals("/n5", log.get(0), "the oldest five are gone");
            assertEquals("/n" + (total - 1), log.get(log.size() - 1));
        }
    }
}
