package org.quietroom.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;

/**
 * Checks a deployed copy of Quietroom over HTTP, for the advocate who just put it on a host (issue 19): every file
 * of the release, fetched as a browser fetches it, against a build made here from the same source (never against
 * the host's own SHA256SUMS, which a changed copy would change too), and every response's headers against the
 * production set ({@link Headers#production()}). Prints one row per thing checked: what is right, what is missing,
 * what that means for the people using the page, and the fix for the host it detects. Exit status 0 when no row
 * failed.
 *
 * <p>Usage: {@code CheckHost <local site dir> <url>}; {@code scripts/check-host URL} builds first.
 */
public final class CheckHost {
    /** How a row came out. */
    public enum Status {
        /** As the release needs it. */
        OK,
        /** Wrong or missing in a way that changes what the page protects. */
        FAIL,
        /** Works, but slower or more telling than it need be. */
        WARN,
        /** A trade-off the host's owner decides (HSTS). */
        CHOICE
    }

    /** One thing checked. {@code meaning} is what it means for the people using the page. */
    public record Row(Status status, String item, String detail, String meaning, String fix) {
    }

    /** The whole check: the host software detected (from {@code Server}) and the rows, in order. */
    public record Report(String server, HostKind host, List<Row> rows) {
        public boolean ok() {
            for (Row row : rows) {
                if (row.status() == Status.FAIL) {
                    return false;
                }
            }
            return true;
        }

        /** The row about {@code item}, or null. */
        public Row row(String item) {
            for (Row row : rows) {
                if (row.item().equals(item)) {
                    return row;
                }
            }
            return null;
        }
    }

    /** The hosts whose fixes this tool knows; detected from the {@code Server} header. */
    public enum HostKind {
        NGINX("nginx", "deploy/nginx.conf: include it in the server block (an add_header inside a location drops"
                + " the server's), then nginx -t && systemctl reload nginx",
                "gzip_static on and gzip_types as in deploy/nginx.conf", "server_tokens off", "autoindex off"),
        APACHE("apache", "deploy/apache.htaccess as .htaccess, with a2enmod headers rewrite and AllowOverride"
                + " FileInfo Indexes Options for the folder (Debian's default AllowOverride None ignores .htaccess)",
                "a2enmod deflate (or brotli), as in deploy/apache.htaccess",
                "ServerTokens Prod and ServerSignature Off in the server's configuration (not .htaccess)",
                "Options -Indexes, as in deploy/apache.htaccess"),
        CADDY("caddy", "deploy/Caddyfile's header block", "file_server precompressed, or encode zstd gzip",
                "Caddy sends no version", "file_server without browse"),
        GITHUB_PAGES("github.com", "GitHub Pages cannot send these headers (deploy/github-pages.md lists what is"
                + " lost); host the folder where headers can be set", "GitHub Pages compresses on its own",
                "nothing to do", "nothing to do"),
        NETLIFY("netlify", "the _headers file at the site's root (it is in the release; deploy/netlify_headers)",
                "Netlify compresses on its own", "nothing to do", "nothing to do"),
        CLOUDFLARE("cloudflare", "the _headers file at the site's root (deploy/cloudflare-pages_headers)",
                "Cloudflare compresses on its own", "nothing to do", "nothing to do"),
        OTHER("", "send the headers in deploy/ (README, 'Verify and host')", "turn on gzip or brotli for html, css,"
                + " js and wasm", "hide the version in the Server header", "turn off folder listings");

        private final String marker;
        private final String headersFix;
        private final String compressionFix;
        private final String bannerFix;
        private final String listingFix;

        HostKind(String marker, String headersFix, String compressionFix, String bannerFix, String listingFix) {
            this.marker = marker;
            this.headersFix = headersFix;
            this.compressionFix = compressionFix;
            this.bannerFix = bannerFix;
            this.listingFix = listingFix;
        }

        /** What to do on this host when the production headers do not arrive. */
        public String headersFix() {
            return headersFix;
        }

        static HostKind of(String server) {
            String s = server.toLowerCase(Locale.ROOT);
            for (HostKind kind : values()) {
                if (!kind.marker.isEmpty() && s.contains(kind.marker)) {
                    return kind;
                }
            }
            return OTHER;
        }
    }

    /** What each production header protects, for the people using the page. */
    private static final Map<String, String> MEANING = Map.of(
            "Content-Security-Policy", "the page keeps its own policy in <meta>, but only the header stops another"
                    + " site from showing it inside a frame (frame-ancestors), where that site can watch it",
            "Referrer-Policy", "the page asks for no referrer itself, but the header makes it hold for every file",
            "X-Content-Type-Options", "a browser may guess a file's type, so a changed file could run as script",
            "Cache-Control", "the browser may keep the page and its files in its cache after the visit: a trace",
            "Permissions-Policy", "camera, microphone, location and other features are not switched off for the"
                    + " page (it never asks for them, but nothing forbids it)",
            "Cross-Origin-Opener-Policy", "a page that opened this one can keep a handle on its window",
            "Cross-Origin-Resource-Policy", "other sites can load this page's files and learn they are cached",
            "X-Frame-Options", "older browsers can show the page inside another site's frame");

    private CheckHost() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2 || !(args[1].startsWith("http://") || args[1].startsWith("https://"))) {
            System.err.println("usage: scripts/check-host https://your-host.example/path/");
            System.exit(2);
        }
        Report report = check(Path.of(args[0]), args[1]);
        print(report, System.out);
        System.exit(report.ok() ? 0 : 1);
    }

    /** Checks the copy at {@code url} against the release built in {@code local}. */
    public static Report check(Path local, String url) throws IOException, InterruptedException {
        try {
            return check(local, url, SSLContext.getDefault(), -1);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException("this Java has no TLS", e);
        }
    }

    /**
     * The same, trusting the certificates {@code tls} trusts (a test's own CA), with http asked on
     * {@code httpPort} for the redirect (-1: http's own port, 80, as for every real address).
     */
    public static Report check(Path local, String url, SSLContext tls, int httpPort)
            throws IOException, InterruptedException {
        String base = url.endsWith("/") ? url : url + "/";
        Fetcher fetch = new Fetcher(tls, httpPort);
        List<Row> rows = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : Manifest.hashes(local).entrySet()) {
            // Precompressed twins are how a host sends a file, not files a browser asks for; _headers is
            // Netlify's and Cloudflare's instructions, which they read and do not serve.
            if (!ContentCoding.isCopy(e.getKey()) && !e.getKey().equals("_headers")) {
                hashes.put(e.getKey(), e.getValue());
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        List<String> wrongType = new ArrayList<>();
        List<String> uncompressed = new ArrayList<>();
        Map<String, TreeSet<String>> badHeaders = new LinkedHashMap<>();
        String server = "";
        boolean hsts = false;
        boolean varyMissing = false;
        List<String> brUnchecked = new ArrayList<>();
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            String path = e.getKey();
            // Each way a browser may get the file: as it is, gzip (decoded here) and brotli (compared with the
            // release's own .br; a host that compresses on its own makes other bytes, which are not decoded here).
            HttpResponse<byte[]> plain = fetch.get(base + path, "identity");
            HttpResponse<byte[]> r = fetch.get(base + path, "gzip");
            if (r.statusCode() != 200 || plain.statusCode() != 200) {
                missing.add(path + " (" + r.statusCode() + ")");
                continue;
            }
            server = server.isEmpty() ? r.headers().firstValue("Server").orElse("") : server;
            hsts |= r.headers().firstValue("Strict-Transport-Security").isPresent();
            if (!SiteBuilder.sha256Hex(decoded(r)).equals(e.getValue())
                    || !SiteBuilder.sha256Hex(decoded(plain)).equals(e.getValue())) {
                differing.add(path);
            }
            for (Map.Entry<String, String> h : Headers.production().entrySet()) {
                String got = r.headers().firstValue(h.getKey()).orElse(null);
                if (!h.getValue().equals(got)) {
                    badHeaders.computeIfAbsent(h.getKey(), k -> new TreeSet<>())
                            .add(got == null ? "missing" : "different: " + got);
                }
            }
            if (!typeMatches(path, r.headers().firstValue("Content-Type").orElse(""))) {
                wrongType.add(path + " (" + r.headers().firstValue("Content-Type").orElse("none") + ")");
            }
            if (ContentCoding.compressible(path)) {
                HttpResponse<byte[]> c = fetch.get(base + path, "br, gzip");
                String encoding = c.headers().firstValue("Content-Encoding").orElse("");
                Path releaseBr = local.resolve(path + ".br");
                if (encoding.equals("br") && !(Files.isRegularFile(releaseBr)
                        && java.util.Arrays.equals(Files.readAllBytes(releaseBr), c.body()))) {
                    brUnchecked.add(path);
                }
                if (!encoding.equals("br") && !encoding.equals("gzip")) {
                    uncompressed.add(path);
                } else if (!c.headers().firstValue("Vary").orElse("").toLowerCase(Locale.ROOT)
                        .contains("accept-encoding")) {
                    varyMissing = true;
                }
            }
        }
        HostKind host = HostKind.of(server);
        int files = hashes.size();
        rows.add(missing.isEmpty() && differing.isEmpty()
                ? new Row(Status.OK, "files", files + " files, each byte as this source builds it", "", "")
                : new Row(Status.FAIL, "files", join("missing", missing) + join("differ", differing),
                        "the page people get is not the release: it may not work, or may not be what it says",
                        "copy the whole of target/site again, as it is, with nothing added or changed"));
        if (!brUnchecked.isEmpty()) {
            rows.add(new Row(Status.WARN, "files (brotli)", "sent with brotli bytes that are not the release's .br: "
                    + String.join(", ", brUnchecked), "the host compresses them itself (fine), or its .br copies"
                    + " are not the release's; this tool checked them as sent plain and with gzip, not with brotli",
                    "serve the release's own .br files (deploy/), or compare in a browser"));
        }
        for (String name : Headers.production().keySet()) {
            TreeSet<String> bad = badHeaders.get(name);
            rows.add(bad == null ? new Row(Status.OK, name, "on every file", "", "")
                    : new Row(Status.FAIL, name, String.join("; ", bad), MEANING.get(name), host.headersFix));
        }
        rows.add(wrongType.isEmpty() ? new Row(Status.OK, "types", "each file's type and charset", "", "")
                : new Row(Status.FAIL, "types", String.join(", ", wrongType),
                        "a browser may refuse a script or show the page's words garbled",
                        "serve .js as text/javascript; charset=utf-8 and .html as text/html; charset=utf-8"));
        rows.add(uncompressed.isEmpty()
                ? new Row(varyMissing ? Status.WARN : Status.OK, "compression",
                        varyMissing ? "compressed, but without Vary: Accept-Encoding" : "html, css, js and wasm",
                        varyMissing ? "a shared cache could give a browser bytes it cannot read" : "", host.compressionFix)
                : new Row(Status.WARN, "compression", "sent uncompressed: " + String.join(", ", uncompressed),
                        "the page takes longer on a slow or metered connection", host.compressionFix));
        rows.add(index(fetch, base, local));
        rows.add(listing(fetch, base, local, host));
        rows.add(banner(server, host));
        rows.add(plainHttp(fetch, base));
        rows.add(hsts ? new Row(Status.CHOICE, "Strict-Transport-Security", "sent",
                "the browser keeps this host in its security state, a trace outside History that deleting this"
                        + " site's history does not remove", "the shipped configs leave it out (README)")
                : new Row(Status.CHOICE, "Strict-Transport-Security", "not sent (as the shipped configs)",
                        "the browser keeps no HSTS record of this host; http should redirect to https instead", ""));
        return new Report(server, host, List.copyOf(rows));
    }

    private static Row index(Fetcher fetch, String base, Path local) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = fetch.get(base, "gzip");
        byte[] index = Files.readAllBytes(local.resolve("index.html"));
        return r.statusCode() == 200 && java.util.Arrays.equals(decoded(r), index)
                ? new Row(Status.OK, "address", base + " opens the page", "", "")
                : new Row(Status.FAIL, "address", base + " answers " + r.statusCode() + " without the page",
                        "the link people are given does not open the page", "make index.html the folder's index");
    }

    private static Row listing(Fetcher fetch, String base, Path local, HostKind host)
            throws IOException, InterruptedException {
        List<String> listed = new ArrayList<>();
        try (var dirs = Files.list(local)) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                if (Files.isDirectory(dir) && !Files.exists(dir.resolve("index.html"))) {
                    String name = dir.getFileName() + "/";
                    if (fetch.get(base + name, "identity").statusCode() == 200) {
                        listed.add(name);
                    }
                }
            }
        }
        return listed.isEmpty() ? new Row(Status.OK, "folders", "no folder lists its files", "", "")
                : new Row(Status.WARN, "folders", "listed: " + String.join(", ", listed),
                        "anyone can browse the folder; nothing private is in it, but it is not needed",
                        host.listingFix);
    }

    private static Row banner(String server, HostKind host) {
        for (int i = 0; i < server.length(); i++) {
            if (Character.isDigit(server.charAt(i))) {
                return new Row(Status.WARN, "Server", server, "the host tells everyone which version it runs",
                        host.bannerFix);
            }
        }
        return new Row(Status.OK, "Server", server.isEmpty() ? "not named" : server + " (no version)", "", "");
    }

    private static Row plainHttp(Fetcher fetch, String base) throws InterruptedException {
        URI uri = URI.create(base);
        String hostName = uri.getHost();
        // The same rule as the page's host check: a copy on this computer.
        boolean loopback = hostName != null && org.quietroom.core.Text.isLoopbackHost(hostName);
        if ("http".equals(uri.getScheme())) {
            return loopback ? new Row(Status.OK, "https", "plain http on this computer: a test copy", "", "")
                    : new Row(Status.FAIL, "https", "the address is plain http",
                            "anyone on the network can read and change the page; it says 'not encrypted'",
                            "give people the https address, and redirect http to it");
        }
        try {
            String http = "http://" + uri.getHost() + (fetch.httpPort < 0 ? "" : ":" + fetch.httpPort);
            HttpResponse<byte[]> r = fetch.get(http + uri.getRawPath(), "identity");
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() >= 300 && r.statusCode() < 400 && location.startsWith("https://")) {
                return new Row(Status.OK, "https", "http redirects to https (" + r.statusCode() + ")", "", "");
            }
            return new Row(Status.WARN, "https", "http answers " + r.statusCode() + " without redirecting",
                    "someone who types the address without https gets a page anyone on the network can change",
                    "redirect http to https (301), as the configs in deploy/ do");
        } catch (IOException e) {
            return new Row(Status.OK, "https", "http is not answered at all", "", "");
        }
    }

    /** The type the release needs; JavaScript may also be labelled application/javascript, always in UTF-8. */
    static boolean typeMatches(String path, String got) {
        String want = Headers.contentType(path);
        String g = got.toLowerCase(Locale.ROOT).replace(" ", "");
        if (g.equals(want.replace(" ", ""))) {
            return true;
        }
        return path.endsWith(".js") && g.equals("application/javascript;charset=utf-8");
    }

    private static byte[] decoded(HttpResponse<byte[]> r) throws IOException {
        if ("gzip".equals(r.headers().firstValue("Content-Encoding").orElse(""))) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
                return in.readAllBytes();
            }
        }
        return r.body();
    }

    private static String join(String what, List<String> paths) {
        if (paths.isEmpty()) {
            return "";
        }
        List<String> shown = paths.size() > 8 ? paths.subList(0, 8) : paths;
        return what + ": " + String.join(", ", shown) + (paths.size() > 8 ? " and " + (paths.size() - 8) + " more"
                : "") + ". ";
    }

    /** Prints the report as a plain table: status, item, detail; then what it means and the fix. */
    public static void print(Report report, PrintStream out) {
        out.println("Host: " + (report.server().isEmpty() ? "not named" : report.server()) + " (fixes for "
                + report.host().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        for (Row row : report.rows()) {
            out.println(pad(row.status().name(), 7) + pad(row.item(), 30) + row.detail());
            if (!row.meaning().isEmpty()) {
                out.println(pad("", 37) + "means: " + row.meaning());
            }
            if (row.status() != Status.OK && !row.fix().isEmpty()) {
                out.println(pad("", 37) + "fix: " + row.fix());
            }
        }
        out.println(report.ok() ? "Every file is the release and every header it needs arrived."
                : "This copy is NOT served as the release needs: see FAIL above.");
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.append(' ').toString();
    }

    /** GET with browser-like headers, no redirects followed, no cookies. */
    private static final class Fetcher {
        private final HttpClient client;
        private final int httpPort;

        Fetcher(SSLContext tls, int httpPort) {
            this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).sslContext(tls)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            this.httpPort = httpPort;
        }

        HttpResponse<byte[]> get(String url, String acceptEncoding) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Quietroom-check-host")
                    .header("Accept", "*/*")
                    .header("Accept-Encoding", acceptEncoding)
                    .header("Cache-Control", "no-cache").build();
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
