package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quietroom.build.CheckHost;
import org.quietroom.build.Headers;

/**
 * The README's "Host it yourself" on the real servers from Debian's packages, nginx 1.22, Apache 2.4 and Caddy 2.6
 * (issue 19): the test takes the README's own code blocks for each server, saves the configuration where the README
 * says, carries out its commands (the copies, links, {@code a2enmod} and {@code a2ensite}; a command it does not
 * know fails the test, so a changed README is a changed test), and makes only the replacements the README names:
 * a folder under a temporary root for {@code /etc} and {@code /var/www/quietroom}, ports on 127.0.0.1 for 443 and
 * 80, and a certificate from a test CA made with openssl for this run in place of the advocate's own. It starts
 * the server over https and checks it with check-host, trusting that CA: every file is the release, every
 * production header arrives, types and charsets are right, the copies are compressed, no folder is listed, no
 * version is named, and http answers with a redirect to https. scripts/test installs the servers and openssl; a
 * missing one fails, not skips.
 */
class HostConfigsIT {
    private static final Path README = Path.of("README.md");
    private static final String HOST_NAME = "help.example.org";
    private static final String CERT = "/etc/letsencrypt/live/" + HOST_NAME + "/fullchain.pem";
    private static final String KEY = "/etc/letsencrypt/live/" + HOST_NAME + "/privkey.pem";

    @TempDir
    static Path tls;

    @TempDir
    Path temp;

    private static SSLContext trust;

    /** A code block of the README: its language and text, and the file the sentence before it says to save it as. */
    record Block(String lang, String text, String saveAs) {
    }

    /** A test CA and a certificate for 127.0.0.1 signed by it, made for this run only. */
    @BeforeAll
    static void testCertificateAuthority() throws Exception {
        need("/usr/bin/openssl");
        run(tls, "/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                "/CN=Quietroom HostConfigsIT CA", "-keyout", "ca.key", "-out", "ca.pem");
        run(tls, "/usr/bin/openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout",
                "key.pem", "-out", "host.csr");
        Files.writeString(tls.resolve("san.ext"), "subjectAltName=IP:127.0.0.1\n");
        run(tls, "/usr/bin/openssl", "x509", "-req", "-in", "host.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "cert.pem");
        readable(tls);
        for (String f : List.of("cert.pem", "key.pem")) {
            // The servers' workers read them; the test CA and its key exist for this run only.
            readable(tls.resolve(f));
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(tls.resolve("ca.pem"))) {
            store.setCertificateEntry("test-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        trust = SSLContext.getInstance("TLS");
        trust.init(null, tmf.getTrustManagers(), null);
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + "\n" + out);
    }

    /** The fenced code blocks of the README's "Host it yourself" section, in order, indentation removed. */
    static List<Block> readmeBlocks() throws IOException {
        String all = Files.readString(README, StandardCharsets.UTF_8);
        int start = all.indexOf("### Host it yourself");
        assertTrue(start >= 0, "the README has a section 'Host it yourself'");
        String[] lines = all.substring(start, all.indexOf("\n### ", start + 1)).split("\n", -1);
        List<Block> out = new ArrayList<>();
        String saveAs = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            int save = line.indexOf("Save this as `");
            if (save >= 0) {
                saveAs = line.substring(save + 14, line.indexOf('`', save + 14));
            }
            if (!line.startsWith("```") || line.length() == 3) {
                continue;
            }
            int indent = lines[i].indexOf('`');
            StringBuilder text = new StringBuilder();
            for (i++; !lines[i].trim().equals("```"); i++) {
                text.append(lines[i].length() > indent ? lines[i].substring(indent) : "").append('\n');
            }
            out.add(new Block(line.substring(3), text.toString(), saveAs));
            saveAs = "";
        }
        return out;
    }

    /** The README's block in {@code lang} whose text holds {@code marker}. */
    static Block block(String lang, String marker) throws IOException {
        for (Block b : readmeBlocks()) {
            if (b.lang().equals(lang) && b.text().contains(marker)) {
                return b;
            }
        }
        throw new AssertionError("the README's 'Host it yourself' has no " + lang + " block with " + marker);
    }

    /** The one machine the README's commands act on: /etc and the site folder under the test's folders. */
    private final class Machine {
        final Path etc = temp.resolve("etc");
        final Path site;
        final List<String> modules = new ArrayList<>();
        final List<String> sites = new ArrayList<>();
        boolean checked;
        boolean reloaded;

        Machine(Path site) {
            this.site = site;
        }

        Path map(String path) {
            if (path.startsWith("/var/www/quietroom")) {
                return Path.of(site + path.substring("/var/www/quietroom".length()));
            }
            assertTrue(path.startsWith("/etc/") || !path.startsWith("/"), "a path the test does not map: " + path);
            return path.startsWith("/") ? Path.of(temp + path) : Path.of(path);
        }

        /** The replacements the README names, in a configuration file's text. */
        String mapText(String text) {
            return text.replace(CERT, tls.resolve("cert.pem").toString()).replace(KEY, tls.resolve("key.pem").toString())
                    .replace("/var/www/quietroom", site.toString()).replace(" /etc/", " " + temp + "/etc/");
        }

        /**
         * Saves the README's site file where it says, with the https and http addresses replaced (pairs of what
         * the README writes and what stands here instead) and the README's other replacements.
         */
        void configure(Block block, String... replacements) throws IOException {
            String text = block.text();
            for (int i = 0; i < replacements.length; i += 2) {
                text = replaced(text, replacements[i], replacements[i + 1]);
            }
            assertTrue(!block.saveAs().isEmpty(), "the README says where to save its " + block.lang() + " block");
            text = mapText(text);
            Path to = map(block.saveAs());
            Files.createDirectories(to.getParent());
            Files.writeString(to, text);
            readable(to);
        }

        /** Carries out the README's commands, as the README gives them, on this machine. */
        void run(Block commands) throws IOException {
            for (String line : commands.text().split("\n")) {
                for (String command : line.split(" && ")) {
                    command(command.trim());
                }
            }
        }

        private void command(String command) throws IOException {
            if (command.isEmpty()) {
                return;
            }
            String[] w = command.split(" +");
            assertEquals("sudo", w[0], "every command in the README's blocks is run with sudo: " + command);
            switch (w[1]) {
                case "cp" -> {
                    Path to = map(w[3]);
                    Files.createDirectories(to.getParent());
                    Files.copy(map(w[2]), to, StandardCopyOption.REPLACE_EXISTING);
                    readable(to);
                }
                case "ln" -> {
                    assertEquals("-s", w[2], command);
                    Path link = map(w[4]);
                    Files.createDirectories(link.getParent());
                    Files.createSymbolicLink(link, map(w[3]));
                }
                case "a2enmod" -> modules.addAll(List.of(w).subList(2, w.length));
                case "a2ensite" -> sites.add(w[2]);
                case "nginx", "apache2ctl" -> checked = true;
                case "systemctl" -> reloaded = "reload".equals(w[2]);
                default -> throw new AssertionError("a command the test does not know: " + command);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The release copied to a folder every server's worker can read. */
    private Path site() throws IOException {
        Path site = org.quietroom.build.BuiltSite.copyTo(temp.resolve("var/www/quietroom"));
        // @TempDir is private to this user: servers that drop to www-data or nobody must read the site.
        for (Path p = site; !p.equals(temp.getParent()); p = p.getParent()) {
            readable(p);
        }
        try (var walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                readable(p);
            }
        }
        return site;
    }

    private static void readable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x"
                : "rw-r--r--"));
    }

    private static void need(String binary) {
        assertTrue(new File(binary).canExecute(), binary + " is missing: scripts/test installs Debian's nginx,"
                + " apache2, caddy and openssl packages");
    }

    private static String replaced(String text, String from, String to) {
        assertTrue(text.contains(from), "the README's block has " + from);
        return text.replace(from, to);
    }

    private Process nginx(Machine m, int port, int httpPort) throws Exception {
        need("/usr/sbin/nginx");
        m.configure(block("nginx", "include /etc/nginx/quietroom.conf"), "listen 443 ssl;",
                "listen 127.0.0.1:" + port + " ssl;", "listen 80;", "listen 127.0.0.1:" + httpPort + ";");
        m.run(block("sh", "deploy/nginx.conf"));
        assertTrue(m.checked && m.reloaded, "the README tests the configuration and reloads nginx");
        Path prefix = Files.createDirectories(temp.resolve("nginx"));
        // Debian's /etc/nginx/nginx.conf, as far as it matters here: mime.types and sites-enabled.
        Files.writeString(prefix.resolve("nginx.conf"), "daemon off;\nworker_processes 1;\npid " + prefix
                + "/nginx.pid;\nerror_log " + prefix + "/error.log;\nevents {}\nhttp {\n"
                + "  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n"
                + "  client_body_temp_path " + prefix + "/body;\n  proxy_temp_path " + prefix + "/proxy;\n"
                + "  fastcgi_temp_path " + prefix + "/fastcgi;\n  uwsgi_temp_path " + prefix + "/uwsgi;\n"
                + "  scgi_temp_path " + prefix + "/scgi;\n  include " + m.etc + "/nginx/sites-enabled/*;\n}\n");
        return start(prefix, new ProcessBuilder("/usr/sbin/nginx", "-p", prefix.toString(), "-c",
                prefix.resolve("nginx.conf").toString()));
    }

    private Process apache(Machine m, int port, int httpPort) throws Exception {
        need("/usr/sbin/apache2");
        m.configure(block("apache", "AllowOverride"), "<VirtualHost *:443>", "<VirtualHost 127.0.0.1:" + port + ">",
                "<VirtualHost *:80>", "<VirtualHost 127.0.0.1:" + httpPort + ">");
        m.run(block("sh", "deploy/apache.htaccess"));
        assertTrue(m.checked && m.reloaded, "the README tests the configuration and reloads Apache");
        Path prefix = Files.createDirectories(temp.resolve("apache"));
        readable(prefix);
        // Debian's apache2.conf and its enabled-by-default modules, as far as they matter here: everything denied
        // and no .htaccess read, until a site's own <Directory> says otherwise.
        List<String> modules = new ArrayList<>(List.of("mpm_event", "authz_core", "dir", "mime", "alias"));
        for (String mod : m.modules) {
            // a2enmod ssl also enables what ssl depends on.
            modules.addAll(mod.equals("ssl") ? List.of("socache_shmcb", "ssl") : List.of(mod));
        }
        StringBuilder conf = new StringBuilder();
        for (String mod : modules) {
            conf.append("LoadModule ").append(mod).append("_module /usr/lib/apache2/modules/mod_").append(mod)
                    .append(".so\n");
        }
        conf.append("ServerRoot ").append(prefix).append("\nServerName 127.0.0.1\nListen 127.0.0.1:").append(port)
                .append("\nListen 127.0.0.1:").append(httpPort).append("\nPidFile ").append(prefix)
                .append("/apache.pid\nErrorLog ").append(prefix).append("/error.log\nDefaultRuntimeDir ")
                .append(prefix).append("\nMutex file:").append(prefix).append(" default\nUser www-data\n"
                        + "Group www-data\nTypesConfig /etc/mime.types\nDirectoryIndex index.html\n"
                        + "ServerTokens OS\nServerSignature On\n"
                        + "<Directory />\n  AllowOverride None\n  Require all denied\n</Directory>\n");
        for (String name : m.sites) {
            conf.append("Include ").append(m.etc).append("/apache2/sites-available/").append(name).append(".conf\n");
        }
        Files.writeString(prefix.resolve("httpd.conf"), conf.toString());
        return start(prefix, new ProcessBuilder("/usr/sbin/apache2", "-f", prefix.resolve("httpd.conf").toString(),
                "-DFOREGROUND"));
    }

    private Process caddy(Machine m, int port, int httpPort) throws Exception {
        need("/usr/bin/caddy");
        m.run(block("sh", "deploy/Caddyfile"));
        Path file = m.map("/etc/caddy/Caddyfile");
        // The README's two replacements: the host name (here with its port and the test certificate, on
        // loopback only) and the folder.
        String text = replaced(Files.readString(file), "quietroom.example {", "https://127.0.0.1:" + port
                + " {\n\tbind 127.0.0.1\n\ttls " + tls.resolve("cert.pem") + " " + tls.resolve("key.pem"));
        text = replaced(text, "/var/www/quietroom", m.site.toString());
        Path prefix = Files.createDirectories(temp.resolve("caddy"));
        Files.writeString(file, "{\n\tadmin off\n\tdefault_bind 127.0.0.1\n\thttp_port " + httpPort
                + "\n\thttps_port " + port + "\n}\n" + text);
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/caddy", "run", "--config", file.toString(), "--adapter",
                "caddyfile");
        pb.environment().put("HOME", prefix.toString());
        pb.environment().put("XDG_DATA_HOME", prefix.toString());
        pb.environment().put("XDG_CONFIG_HOME", prefix.toString());
        return start(prefix, pb);
    }

    private static Process start(Path prefix, ProcessBuilder pb) throws IOException {
        return pb.redirectErrorStream(true).redirectOutput(prefix.resolve("output.log").toFile()).start();
    }

    private static void awaitPort(Process server, int port, Path log) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped: " + Files.readString(log));
            }
            try (Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                server.waitFor(50, TimeUnit.MILLISECONDS);
            }
        }
        throw new IllegalStateException("the server did not listen on " + port + ": " + Files.readString(log));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nginx", "apache", "caddy"})
    void theReadmesStepsServeTheReleaseAsItNeeds(String host) throws Exception {
        Machine machine = new Machine(site());
        int port = freePort();
        int httpPort = freePort();
        Process server = switch (host) {
            case "nginx" -> nginx(machine, port, httpPort);
            case "apache" -> apache(machine, port, httpPort);
            default -> caddy(machine, port, httpPort);
        };
        try {
            Path log = temp.resolve(host).resolve("output.log");
            awaitPort(server, port, log);
            awaitPort(server, httpPort, log);
            CheckHost.Report report = CheckHost.check(TestSite.DIR, "https://127.0.0.1:" + port + "/", trust,
                    httpPort);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            CheckHost.print(report, new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            String text = host + "\n" + out.toString(StandardCharsets.UTF_8);
            System.out.println(text);
            List<String> checked = new ArrayList<>(List.of("files", "types", "compression", "address", "folders",
                    "Server", "https"));
            checked.addAll(Headers.production().keySet());
            for (String item : checked) {
                assertEquals(CheckHost.Status.OK, report.row(item).status(), item + "\n" + text);
            }
            assertTrue(report.row("https").detail().startsWith("http redirects to https"), text);
            assertEquals(null, report.row("files (brotli)"), text);
            assertEquals(CheckHost.Status.CHOICE, report.row("Strict-Transport-Security").status(), text);
            assertTrue(report.row("Strict-Transport-Security").detail().startsWith("not sent"), text);
            assertEquals(host.equals("apache") ? CheckHost.HostKind.APACHE : host.equals("nginx")
                    ? CheckHost.HostKind.NGINX : CheckHost.HostKind.CADDY, report.host(), text);
            assertTrue(report.ok(), text);
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }
}
