package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server sends the build's .br and .gz by Accept-Encoding, as a production host with precompressed files does. */
class SiteServerCompressionTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path root;

    private byte[] script;

    @BeforeEach
    void site() throws IOException {
        script = "function quietroom() { return 'stores nothing'; }\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        Files.write(root.resolve("a.js"), script);
        Files.writeString(root.resolve("index.html"), "<!doctype html><title>t</title><p>hello</p>\n".repeat(20),
                StandardCharsets.UTF_8);
        Files.writeString(root.resolve("tiny.css"), "a{}", StandardCharsets.UTF_8);
        Files.write(root.resolve("photo.png"), script);
        assertEquals(List.of("a.js.br", "a.js.gz", "index.html.br", "index.html.gz"), Precompress.site(root));
    }

    private static HttpResponse<byte[]> request(SiteServer server, String method, String path, String acceptEncoding)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.origin() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (acceptEncoding != null) {
            b.header("Accept-Encoding", acceptEncoding);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> get(SiteServer server, String path, String acceptEncoding) throws Exception {
        return request(server, "GET", path, acceptEncoding);
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }

    private byte[] copy(String name) throws IOException {
        return Files.readAllBytes(root.resolve(name));
    }

    @Test
    void brotliIsSentWhenAccepted() throws Exception {
        try (SiteServer server = SiteServer.builder(root).start()) {
            HttpResponse<byte[]> r = get(server, "/a.js", "gzip, deflate, br");
            assertEquals(200, r.statusCode());
            assertEquals(Optional.of("br"), header(r, "Content-Encoding"));
            assertEquals(Optional.of("text/javascript; charset=utf-8"), header(r, "Content-Type"));
            assertEquals(Optional.of("Accept-Encoding"), header(r, "Vary"));
            assertArrayEquals(copy("a.js.br"), r.body());
            assertArrayEquals(script, PrecompressTest.unbrotli(r.body()));
            // The production headers come with the compressed copy too.
            assertEquals(Optional.of("nosniff"), header(r, "X-Content-Type-Options"));
        }
    }

    @Test
    void gzipIsSentWhenBrotliIsRefusedOrNotOffered() throws Exception {
        try (SiteServer server = SiteServer.builder(root).start()) {
            for (String accept : List.of("gzip", "br;q=0, gzip", "x-gzip", "br;q=0.1, gzip;q=0.9")) {
                HttpResponse<byte[]> r = get(server, "/a.js", accept);
                assertEquals(Optional.of("gzip"), header(r, "Content-Encoding"), accept);
                assertArrayEquals(copy("a.js.gz"), r.body(), accept);
                assertArrayEquals(script, PrecompressTest.gunzip(r.body()), accept);
            }
        }
    }

    @Test
    void theFileItselfIsSentWithoutAnAcceptableCoding() throws Exception {
        try (SiteServer server = SiteServer.builder(root).start()) {
            for (String accept : new String[] {null, "", "identity", "deflate", "br;q=0, gzip;q=0", "*;q=0"}) {
                HttpResponse<byte[]> r = get(server, "/a.js", accept);
                assertEquals(Optional.empty(), header(r, "Content-Encoding"), accept);
                assertEquals(Optional.of("Accept-Encoding"), header(r, "Vary"), accept);
                assertArrayEquals(script, r.body(), accept);
            }
        }
    }

    @Test
    void aFileWithoutCopiesIsSentAsItIsAndStillVaries() throws Exception {
        try (SiteServer server = SiteServer.builder(root).start()) {
            HttpResponse<byte[]> css = get(server, "/tiny.css", "br, gzip");
            assertEquals(Optional.empty(), header(css, "Content-Encoding"));
            assertEquals(Optional.of("Accept-Encoding"), header(css, "Vary"));
            assertEquals("a{}", new String(css.body(), StandardCharsets.UTF_8));
            HttpResponse<byte[]> png = get(server, "/photo.png", "br, gzip");
            assertEquals(Optional.empty(), header(png, "Content-Encoding"));
            assertEquals(Optional.empty(), header(png, "Vary"), "an image is not compressible");
        }
    }

    @Test
    void aCopyAskedForByItsNameComesAsItIsWithoutAnEncoding() throws Exception {
        try (SiteServer server = SiteServer.builder(root).start()) {
            for (String name : List.of("a.js.br", "a.js.gz")) {
                HttpResponse<byte[]> r = get(server, "/" + name, "br, gzip");
                assertEquals(200, r.statusCode());
                assertEquals(Optional.of("application/octet-stream"), header(r, "Content-Type"), name);
                assertEquals(Optional.empty(), header(r, "Content-Encoding"), name);
                assertArrayEquals(copy(name), r.body(), name);
            }
            assertEquals(404, get(server, "/tiny.css.br", "br").statusCode());
        }
    }

    @Test
    void headAnswersWithTheSameHeadersAndNoBody() throws Exception {
        try (SiteServer server = SiteServer.builder(root).start()) {
            HttpResponse<byte[]> r = request(server, "HEAD", "/a.js", "br");
            assertEquals(200, r.statusCode());
            assertEquals(Optional.of("br"), header(r, "Content-Encoding"));
            assertEquals(Optional.of("text/javascript; charset=utf-8"), header(r, "Content-Type"));
            assertEquals(Optional.of("Accept-Encoding"), header(r, "Vary"));
            assertEquals(0, r.body().length);
            HttpResponse<byte[]> plain = request(server, "HEAD", "/", null);
            assertEquals(Optional.empty(), header(plain, "Content-Encoding"));
            assertEquals(Optional.of("text/html; charset=utf-8"), header(plain, "Content-Type"));
        }
    }

    @Test
    void theDirectoryIndexIsCompressedToo() throws Exception {
        try (SiteServer server = SiteServer.builder(root).start()) {
            HttpResponse<byte[]> r = get(server, "/", "br");
            assertEquals(Optional.of("br"), header(r, "Content-Encoding"));
            assertArrayEquals(copy("index.html.br"), r.body());
        }
    }

    @Test
    void aFilteredPageIsSentUncompressedSoTheFilterHolds() throws Exception {
        try (SiteServer server = SiteServer.builder(root).htmlFilter(html -> html.replace("hello", "bye")).start()) {
            HttpResponse<byte[]> r = get(server, "/index.html", "br, gzip");
            assertEquals(Optional.empty(), header(r, "Content-Encoding"));
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertTrue(body.contains("<p>bye</p>") && !body.contains("hello"), "the filter applied");
            assertEquals(Optional.of("br"), header(get(server, "/a.js", "br"), "Content-Encoding"),
                    "scripts are not filtered, so they still come compressed");
        }
    }

    @Test
    void theBuiltSiteComesCompressedAndDecodesToItsFiles() throws Exception {
        try (SiteServer server = SiteServer.builder(BuiltSite.DIR).start()) {
            for (String file : List.of("index.html", "wasm/app.js", "js/app.js", "site.css", "messages.es.js")) {
                byte[] original = Files.readAllBytes(BuiltSite.DIR.resolve(file));
                HttpResponse<byte[]> br = get(server, "/" + file, "gzip, deflate, br, zstd");
                assertEquals(Optional.of("br"), header(br, "Content-Encoding"), file);
                assertEquals(Optional.of(Headers.contentType(file)), header(br, "Content-Type"), file);
                assertArrayEquals(original, PrecompressTest.unbrotli(br.body()), file);
                assertTrue(br.body().length < original.length / 2, file + " is less than half its size in brotli");
                HttpResponse<byte[]> gz = get(server, "/" + file, "gzip, deflate");
                assertEquals(Optional.of("gzip"), header(gz, "Content-Encoding"), file);
                assertArrayEquals(original, PrecompressTest.gunzip(gz.body()), file);
            }
        }
    }

    @Test
    void verifySiteOverHttpChecksTheCopiesAsTheyAre() throws Exception {
        try (SiteServer server = SiteServer.builder(BuiltSite.DIR).start()) {
            VerifySite.Report report = VerifySite.compare(BuiltSite.DIR, server.origin() + "/");
            assertTrue(report.ok(), "differing " + report.differing() + ", missing " + report.missing());
            assertTrue(report.matching().contains("wasm/app.js.br"), "the .br files are compared");
            assertTrue(report.matching().contains("index.html.gz"), "the .gz files are compared");
            assertFalse(report.matching().isEmpty());
        }
    }
}
