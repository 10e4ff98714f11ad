package org.quietroom.it.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Debian's WebKitGTK (the engine of every iPhone and iPad browser) through WebKitWebDriver and MiniBrowser.
 * MiniBrowser has no headless mode: it needs an X display, so this starts its own Xvfb when none is set.
 */
final class WebKitEngine extends WebDriverEngine {
    static final String DRIVER = "/usr/bin/WebKitWebDriver";
    static final String MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
    static final String XVFB = "/usr/bin/Xvfb";

    private final Process webDriver;
    private final Process xvfb;

    private WebKitEngine(RemoteWebDriver driver, Process webDriver, Process xvfb) {
        super(driver);
        this.webDriver = webDriver;
        this.xvfb = xvfb;
    }

    static WebKitEngine start(Options options) {
        for (String path : List.of(DRIVER, MINIBROWSER)) {
            if (!Files.isExecutable(Path.of(path))) {
                throw new IllegalStateException(path + " is missing: scripts/test installs Debian's webkit2gtk-driver");
            }
        }
        Process xvfb = null;
        Process driverProcess = null;
        try {
            String display = System.getenv("DISPLAY");
            if (display == null || display.isEmpty()) {
                if (!Files.isExecutable(Path.of(XVFB))) {
                    throw new IllegalStateException("WebKitGTK needs an X display and " + XVFB + " is missing: "
                            + "scripts/test installs Debian's xvfb");
                }
                xvfb = new ProcessBuilder(XVFB, "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                        .redirectErrorStream(false).start();
                display = ":" + firstLine(xvfb);
            }
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            // WebKitWebDriver's and MiniBrowser's output (a web process crash says why there) is kept per run.
            Path logs = Path.of("target", "webkit-logs");
            Files.createDirectories(logs);
            ProcessBuilder pb = new ProcessBuilder(DRIVER, "--host=127.0.0.1", "--port=" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("webdriver-" + port + ".log").toFile()));
            pb.environment().put("DISPLAY", display);
            // The browser's languages come from the locale: a person's browser has one, where a bare build machine's
            // "C" gives navigator.languages ["C"]. GLib reads the names from the environment: LANGUAGE first (unless
            // the locale is C), then LC_ALL.
            pb.environment().remove("LANGUAGE");
            pb.environment().put("LC_ALL", "en_US.UTF-8");
            driverProcess = pb.start();
            awaitStatus(port);
            List<String> args = new ArrayList<>(List.of("--automation"));
            if (options.userAgent() != null) {
                args.add("--user-agent=" + options.userAgent());
            }
            if (options.proxyPort() != null) {
                args.add("--proxy=http://127.0.0.1:" + options.proxyPort());
            }
            if (!options.javaScript()) {
                args.add("--enable-javascript=false");
            }
            if (!options.webAssembly()) {
                throw new UnsupportedOperationException("WebKitGTK's MiniBrowser has no switch to turn WebAssembly off");
            }
            if (options.extension() != null) {
                throw new UnsupportedOperationException("WebKitGTK's MiniBrowser cannot load web extensions");
            }
            MutableCapabilities caps = new MutableCapabilities();
            caps.setCapability("browserName", "MiniBrowser");
            caps.setCapability("webkitgtk:browserOptions", Map.of("binary", MINIBROWSER, "args", args));
            RemoteWebDriver driver = new RemoteWebDriver(new URL("http://127.0.0.1:" + port), caps);
            return new WebKitEngine(driver, driverProcess, xvfb);
        } catch (IOException | RuntimeException e) {
            if (driverProcess != null) {
                driverProcess.destroyForcibly();
            }
            if (xvfb != null) {
                xvfb.destroyForcibly();
            }
            if (e instanceof UnsupportedOperationException u) {
                throw u;
            }
            throw new IllegalStateException("WebKitGTK could not start: " + e.getMessage(), e);
        }
    }

    private static String firstLine(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        if (line == null) {
            throw new IOException("Xvfb printed no display number");
        }
        return line.trim();
    }

    private static void awaitStatus(int port) throws IOException {
        Wait.until("WebKitWebDriver to answer on port " + port, Duration.ofSeconds(20), () -> {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/status").toURL()
                        .openConnection();
                c.setConnectTimeout(500);
                return c.getResponseCode() == 200;
            } catch (IOException e) {
                return false; // not up yet
            }
        });
    }

    @Override
    public String name() {
        return "webkit";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            webDriver.destroy();
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }
}
