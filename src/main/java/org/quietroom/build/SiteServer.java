package org.quietroom.build;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * A small static server for {@code target/site} on 127.0.0.1 only, built on the JDK's own HTTP server. It
 * sends the production headers ({@link Headers}) with every response. Tests start variants of it (no headers,
 * a file replaced or missing) through {@link Builder}; it records every request it answers, so tests can
 * prove that the page asked for nothing after it loaded.
 *
 * <p>Like a production host with precompressed files (nginx's {@code gzip_static}, Caddy's
 * {@code precompressed}), it answers a request for a compressible file with the build's {@code NAME.br} or
 * {@code NAME.gz} when the request's {@code Accept-Encoding} allows it ({@link AcceptEncoding}), with
 * {@code Content-Encoding}, the file's own Content-Type and {@code Vary: Accept-Encoding}. A copy asked for by
 * its own name comes as it is, {@code application/octet-stream} without {@code Content-Encoding}, as nginx
 * sends it ({@code scripts/verify-site} compares it so). It never compresses anything itself, so it needs no
 * compression library: {@code scripts/serve} runs it on {@code target/classes} alone.
 *
 * <p>Usage: {@code SiteServer <site dir> [port]} (default port 8080).
 */
public final class SiteServer implements AutoCloseable {
    private final HttpServer server;
    private final Path root;
    private final boolean headers;
    private final Map<String, Override> overrides;
    private final Map<String, Long> delays;
    private final UnaryOperator<String> htmlFilter;
    /** The request log keeps the most recent paths only: a long-running scripts/serve must not grow without end. */
    public static final int LOG_LIMIT = 2000;
    private final int logLimit;
    /** Seconds a client may take to send a whole request (line and headers) before the server drops it. */
    public static final int REQUEST_SECONDS = 5;
    /** Threads answering requests; a slow client holds one only until {@link #REQUEST_SECONDS} have passed. */
    static final int THREADS = 16;

    static {
        // The JDK's server reads these once, when its first server starts (sun.net.httpserver.ServerConfig):
        // without them it waits for a request's headers for ever, and a few silent connections stall it.
        setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        setIfAbsent("sun.net.httpserver.maxRspTime", "60");
        setIfAbsent("sun.net.httpserver.timerMillis", "250");
    }

    private final java.util.ArrayDeque<String> requests = new java.util.ArrayDeque<>();

    /** A canned response for one path, used by tests to simulate a failed or tampered file. */
    public record Override(int status, String contentType, byte[] body) {
    }

    private SiteServer(Builder b) throws IOException {
        this.root = b.root.toAbsolutePath().normalize();
        this.headers = b.headers;
        this.overrides = Map.copyOf(b.overrides);
        this.delays = Map.copyOf(b.delays);
        this.htmlFilter = b.htmlFilter;
        this.logLimit = b.logLimit;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 0);
        this.server.setExecutor(Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "quietroom-server");
            t.setDaemon(true);
            return t;
        }));
        this.server.createContext("/", this::handle);
        this.server.start();
    }

    public static Builder builder(Path root) {
        return new Builder(root);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: SiteServer <site dir> [port]");
            System.exit(2);
        }
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        SiteServer s = builder(Path.of(args[0])).port(port).start();
        System.out.println("Quietroom: serving " + args[0] + " at http://127.0.0.1:" + s.port() + "/ (Ctrl+C stops)");
        Thread.currentThread().join();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** http://127.0.0.1:port */
    public String origin() {
        return "http://127.0.0.1:" + port();
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    /** The request paths answered so far, in order: the most recent {@link #LOG_LIMIT} of them (or the builder's). */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void clearRequests() {
        synchronized (requests) {
            requests.clear();
        }
    }

    private void log(String path) {
        synchronized (requests) {
            if (requests.size() == logLimit) {
                requests.removeFirst();
            }
            requests.addLast(path);
        }
    }

    @java.lang.Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            log(path);
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes());
                return;
            }
            Long delay = delays.get(path);
            if (delay != null) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            Override override = overrides.get(path);
            if (override != null) {
                send(exchange, override.status(), override.contentType(), override.body());
                return;
            }
            Path file = resolve(path);
            if (file == null || !Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found\n".getBytes());
                return;
            }
            String name = file.getFileName().toString();
            var h = exchange.getResponseHeaders();
            boolean filtered = htmlFilter != null && name.endsWith(".html");
            Path source = file;
            if (ContentCoding.compressible(name)) {
                // Every compressible response varies by Accept-Encoding, whichever representation it is.
                h.set("Vary", "Accept-Encoding");
                // A filtered page is not what its compressed copies hold: it goes uncompressed.
                ContentCoding coding = filtered ? null : AcceptEncoding.choose(acceptEncoding(exchange), copies(file));
                if (coding != null) {
                    source = file.resolveSibling(name + coding.suffix());
                    h.set("Content-Encoding", coding.token());
                }
            }
            byte[] body = Files.readAllBytes(source);
            if (filtered) {
                body = htmlFilter.apply(new String(body, java.nio.charset.StandardCharsets.UTF_8))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            send(exchange, 200, Headers.contentType(name), body);
        }
    }

    /** Every Accept-Encoding value of the request, joined with commas; null when it has none. */
    private static String acceptEncoding(HttpExchange exchange) {
        List<String> values = exchange.getRequestHeaders().get("Accept-Encoding");
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    /** The codings {@code file} has a compressed copy in (NAME.br, NAME.gz beside it). */
    private static java.util.Set<ContentCoding> copies(Path file) {
        java.util.Set<ContentCoding> out = java.util.EnumSet.noneOf(ContentCoding.class);
        for (ContentCoding coding : ContentCoding.values()) {
            if (Files.isRegularFile(file.resolveSibling(file.getFileName() + coding.suffix()))) {
                out.add(coding);
            }
        }
        return out;
    }

    /** Maps a URL path to a file inside the root; null for anything that would leave it. */
    private Path resolve(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0) {
            return null;
        }
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative = relative + "index.html";
        }
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root) ? file : null;
    }

    private void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        var h = exchange.getResponseHeaders();
        if (headers) {
            Headers.production().forEach(h::set);
        }
        h.set("Content-Type", contentType);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : (body.length == 0 ? -1 : body.length));
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Options for tests; {@code scripts/serve} uses the defaults. */
    public static final class Builder {
        private final Path root;
        private int port;
        private boolean headers = true;
        private int logLimit = LOG_LIMIT;
        private final Map<String, Override> overrides = new ConcurrentHashMap<>();
        private final Map<String, Long> delays = new ConcurrentHashMap<>();
        private UnaryOperator<String> htmlFilter;

        private Builder(Path root) {
            this.root = root;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** How many request paths the log keeps (the most recent); {@link #LOG_LIMIT} unless set. */
        public Builder logLimit(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("the log keeps at least one request");
            }
            this.logLimit = value;
            return this;
        }

        /** Whether to send the production headers (tests turn them off to frame the page or strip the CSP). */
        public Builder headers(boolean value) {
            this.headers = value;
            return this;
        }

        /** Answers {@code path} with a canned response instead of the file. */
        public Builder override(String path, int status, String contentType, byte[] body) {
            overrides.put(path, new Override(status, contentType, body));
            return this;
        }

        /** Answers {@code path} only after {@code millis} (tests use it for a build that is still arriving). */
        public Builder delay(String path, long millis) {
            delays.put(path, millis);
            return this;
        }

        /** Rewrites every HTML page before sending it (tests use it to remove the meta CSP). */
        public Builder htmlFilter(UnaryOperator<String> filter) {
            this.htmlFilter = filter;
            return this;
        }

        public SiteServer start() throws IOException {
            return new SiteServer(this);
        }
    }
}
