package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quietroom.build.CheckHost;
import org.quietroom.build.Headers;

/**
 * The shipped host configurations (deploy/) on the real servers from Debian's packages, nginx 1.22, Apache 2.4
 * and Caddy 2.6, each started on 127.0.0.1 with the file as the README says to use it (nginx: included in the
 * server block; Apache: as the folder's .htaccess, with mod_headers and mod_rewrite and the AllowOverride the file
 * asks for; Caddy: the Caddyfile with a loopback address), then checked with check-host (issue 19): every file is
 * the release, every production header arrives, types and charsets are right, the copies are compressed, no folder
 * is listed and no version is named. scripts/test installs the three servers; a missing one fails, not skips.
 */
class HostConfigsIT {
    @TempDir
    Path temp;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The release copied to a folder every server's worker can read, with the host's file where it asks. */
    private Path site() throws IOException {
        Path site = org.quietroom.build.BuiltSite.copyTo(temp.resolve("site"));
        // @TempDir is private to this user: servers that drop to www-data or nobody must read the site.
        readable(temp);
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

    private static String deploy(String name) throws IOException {
        return Files.readString(Path.of("deploy", name), StandardCharsets.UTF_8);
    }

    private static void need(String binary) {
        assertTrue(new File(binary).canExecute(), binary + " is missing: scripts/test installs Debian's nginx,"
                + " apache2 and caddy packages");
    }

    private Process nginx(Path site, int port) throws IOException {
        need("/usr/sbin/nginx");
        Path prefix = Files.createDirectories(temp.resolve("nginx"));
        Files.writeString(prefix.resolve("quietroom.conf"), deploy("nginx.conf"));
        Files.writeString(prefix.resolve("nginx.conf"), "daemon off;\nworker_processes 1;\npid " + prefix
                + "/nginx.pid;\nerror_log " + prefix + "/error.log;\nevents {}\nhttp {\n"
                + "  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n"
                + "  client_body_temp_path " + prefix + "/body;\n  proxy_temp_path " + prefix + "/proxy;\n"
                + "  fastcgi_temp_path " + prefix + "/fastcgi;\n  uwsgi_temp_path " + prefix + "/uwsgi;\n"
                + "  scgi_temp_path " + prefix + "/scgi;\n"
                + "  server {\n    listen 127.0.0.1:" + port + ";\n    root " + site + ";\n"
                + "    include " + prefix + "/quietroom.conf;\n  }\n}\n");
        return start(prefix, List.of("/usr/sbin/nginx", "-p", prefix.toString(), "-c",
                prefix.resolve("nginx.conf").toString()));
    }

    private Process apache(Path site, int port) throws IOException {
        need("/usr/sbin/apache2");
        Path prefix = Files.createDirectories(temp.resolve("apache"));
        readable(prefix);
        Files.writeString(site.resolve(".htaccess"), deploy("apache.htaccess"));
        readable(site.resolve(".htaccess"));
        String modules = "/usr/lib/apache2/modules/";
        StringBuilder conf = new StringBuilder();
        for (String m : List.of("mpm_event", "authz_core", "dir", "mime", "headers", "rewrite")) {
            conf.append("LoadModule ").append(m).append("_module ").append(modules).append("mod_").append(m)
                    .append(".so\n");
        }
        conf.append("ServerRoot ").append(prefix).append("\nServerName 127.0.0.1\nListen 127.0.0.1:").append(port)
                .append("\nPidFile ").append(prefix).append("/apache.pid\nErrorLog ").append(prefix)
                .append("/error.log\nDefaultRuntimeDir ").append(prefix).append("\nMutex file:").append(prefix)
                .append(" default\nUser www-data\nGroup www-data\nTypesConfig /etc/mime.types\n"
                        // The snippet the .htaccess asks for in the server's configuration.
                        + "ServerTokens Prod\nServerSignature Off\nDirectoryIndex index.html\n")
                .append("DocumentRoot ").append(site).append("\n<Directory ").append(site)
                .append(">\n  AllowOverride FileInfo Indexes Options\n  Require all granted\n</Directory>\n");
        Files.writeString(prefix.resolve("httpd.conf"), conf.toString());
        return start(prefix, List.of("/usr/sbin/apache2", "-f", prefix.resolve("httpd.conf").toString(),
                "-DFOREGROUND"));
    }

    private Process caddy(Path site, int port) throws IOException {
        need("/usr/bin/caddy");
        Path prefix = Files.createDirectories(temp.resolve("caddy"));
        // The shipped file, with a loopback address in place of the host name, as its comment says.
        String file = deploy("Caddyfile")
                .replace("quietroom.example {", "http://127.0.0.1:" + port + " {\n\tbind 127.0.0.1")
                .replace("/var/www/quietroom", site.toString());
        Files.writeString(prefix.resolve("Caddyfile"), "{\n\tadmin off\n}\n" + file);
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/caddy", "run", "--config",
                prefix.resolve("Caddyfile").toString(), "--adapter", "caddyfile");
        pb.environment().put("HOME", prefix.toString());
        pb.environment().put("XDG_DATA_HOME", prefix.toString());
        pb.environment().put("XDG_CONFIG_HOME", prefix.toString());
        return start(prefix, pb);
    }

    private static Process start(Path prefix, List<String> command) throws IOException {
        return start(prefix, new ProcessBuilder(command));
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
    void theShippedConfigurationServesTheReleaseAsItNeeds(String host) throws Exception {
        Path site = site();
        int port = freePort();
        Process server = switch (host) {
            case "nginx" -> nginx(site, port);
            case "apache" -> apache(site, port);
            default -> caddy(site, port);
        };
        try {
            awaitPort(server, port, temp.resolve(host).resolve("output.log"));
            CheckHost.Report report = CheckHost.check(TestSite.DIR, "http://127.0.0.1:" + port + "/");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            CheckHost.print(report, new java.io.PrintStream(out, true,
                    StandardCharsets.UTF_8));
            String text = host + "\n" + out.toString(StandardCharsets.UTF_8);
            System.out.println(text);
            List<String> checked = new ArrayList<>(List.of("files", "types", "compression", "address", "folders",
                    "Server", "https"));
            checked.addAll(Headers.production().keySet());
            for (String item : checked) {
                assertEquals(CheckHost.Status.OK, report.row(item).status(), item + "\n" + text);
            }
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
