package org.quietroom.build;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares a deployed copy of Quietroom (a URL, or a folder) with a local build, file by file, and prints what
 * differs. Because the build is reproducible, a copy built from the same commit matches byte for byte.
 *
 * <p>Usage: {@code VerifySite <local site dir> <url or folder>}. Exit status 0 when every file matches.
 */
public final class VerifySite {
    /** The result of one comparison. */
    public record Report(List<String> matching, List<String> differing, List<String> missing, List<String> extra) {
        public boolean ok() {
            return differing.isEmpty() && missing.isEmpty() && extra.isEmpty();
        }
    }

    private VerifySite() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: scripts/verify-site <url or folder>");
            System.exit(2);
        }
        Report r = compare(Path.of(args[0]), args[1]);
        print(r, System.out);
        System.exit(r.ok() ? 0 : 1);
    }

    static void print(Report r, PrintStream out) {
        r.differing().forEach(p -> out.println("DIFFERS  " + p));
        r.missing().forEach(p -> out.println("MISSING  " + p));
        r.extra().forEach(p -> out.println("EXTRA    " + p));
        out.println(r.matching().size() + " files match, " + r.differing().size() + " differ, " + r.missing().size()
                + " missing, " + r.extra().size() + " not in this build");
        out.println(r.ok() ? "The copy is exactly this build." : "The copy is NOT this build.");
    }

    public static Report compare(Path local, String copy) throws IOException, InterruptedException {
        Map<String, String> expected = Manifest.hashes(local);
        expected.put("SHA256SUMS", SiteBuilder.sha256Hex(Files.readAllBytes(local.resolve("SHA256SUMS"))));
        Source source = copy.startsWith("http://") || copy.startsWith("https://") ? new Web(copy) : new Folder(copy);
        List<String> matching = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(expected).entrySet()) {
            byte[] bytes = source.read(e.getKey());
            if (bytes == null) {
                missing.add(e.getKey());
            } else if (SiteBuilder.sha256Hex(bytes).equals(e.getValue())) {
                matching.add(e.getKey());
            } else {
                differing.add(e.getKey());
            }
        }
        List<String> extra = new ArrayList<>();
        byte[] theirSums = source.read("SHA256SUMS");
        if (theirSums != null) {
            for (String line : new String(theirSums, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                int sep = line.indexOf("  ");
                if (sep > 0) {
                    String path = line.substring(sep + 2).trim();
                    if (!expected.containsKey(path)) {
                        extra.add(path);
                    }
                }
            }
        }
        return new Report(matching, differing, missing, extra);
    }

    private interface Source {
        /** The file's bytes, or null when the copy has no such file. */
        byte[] read(String path) throws IOException, InterruptedException;
    }

    private static final class Folder implements Source {
        private final Path root;

        Folder(String dir) {
            this.root = Path.of(dir).toAbsolutePath().normalize();
        }

        @Override
        public byte[] read(String path) throws IOException {
            Path p = root.resolve(path).normalize();
            return p.startsWith(root) && Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        }
    }

    private static final class Web implements Source {
        private final String base;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Web(String url) {
            this.base = url.endsWith("/") ? url : url + "/";
        }

        @Override
        public byte[] read(String path) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Cache-Control", "no-cache").build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? response.body() : null;
        }
    }
}
