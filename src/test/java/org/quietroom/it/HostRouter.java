package org.quietroom.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import org.quietroom.build.SiteServer;

/**
 * A test HTTP proxy on 127.0.0.1 that every engine is started with: it sends each request to the test server
 * named by its host ({@code http://wrapped.test/} to the server that adds a wrapping script, and so on), so one
 * browser per engine can visit every fixture under its own origin, and nothing ever leaves this machine. A request
 * for any other host (or an HTTPS CONNECT) is refused with 502 and recorded in {@link #refused()}; browsers' own
 * background traffic (Chromium's component updater) ends there too.
 */
final class HostRouter implements AutoCloseable {
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "transfer-encoding",
            "keep-alive", "proxy-connection", "date");
    private final Map<String, SiteServer> routes;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    /** {@code routes}: host name (no port) → the test server that answers for it. */
    HostRouter(Map<String, SiteServer> routes) {
        this.routes = new LinkedHashMap<>(routes);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(6, r -> {
            Thread t = new Thread(r, "quietroom-router");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Requests this proxy would not pass on: hosts no fixture serves, and every CONNECT. */
    List<String> refused() {
        synchronized (refused) {
            return List.copyOf(refused);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String host = uri.getHost();
            if (host == null) {
                String header = exchange.getRequestHeaders().getFirst("Host");
                host = header == null ? "" : header.replaceFirst(":\\d+$", "");
            }
            SiteServer target = routes.get(host.toLowerCase(Locale.ROOT));
            if (target == null || "CONNECT".equals(exchange.getRequestMethod())) {
                refused.add(exchange.getRequestMethod() + " " + uri);
                byte[] body = "No such test host\n".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(502, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
                return;
            }
            String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            HttpRequest request = HttpRequest.newBuilder(URI.create(target.origin() + pathAndQuery))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(60)).build();
            HttpResponse<byte[]> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] body = response.body();
            boolean empty = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : body.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
