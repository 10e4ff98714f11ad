package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.it.ExitSite.arrive;
import static org.quietroom.it.ExitSite.js;
import static org.quietroom.it.ExitSite.words;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quietroom.build.SiteServer;

/**
 * An exit target that does not replace the page (it answers 204 No Content, or its answer is a download, or it
 * cannot be reached) still leaves the person off Quietroom: exit.js goes to about:blank when no pagehide follows
 * within two seconds. The page is hidden and carries the neutral title in between. A download itself is not
 * something the page can refuse (see {@link #aDownloadingTargetIsStillSavedByTheBrowser}).
 */
class QuickExitFallbackIT {
    private static HttpServer targets;
    private static final List<String> REQUESTED = new CopyOnWriteArrayList<>();
    private static Path downloads;
    private static ChromeDriver chromium;

    @BeforeAll
    static void start() throws IOException {
        targets = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        targets.createContext("/nocontent", exchange -> {
            REQUESTED.add("/nocontent");
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        targets.createContext("/download", exchange -> {
            REQUESTED.add("/download");
            byte[] body = "%PDF-1.4 not really\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/pdf");
            exchange.getResponseHeaders().set("Content-Disposition",
                    "attachment; filename=\"safety-plan-domestic-abuse.pdf\"");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        targets.start();
        downloads = Files.createTempDirectory("quietroom-downloads-");
        chromium = Chromium.start(options -> options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false)),
                ExitSite.LOOPBACK_ONLY);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.quit();
        }
        if (targets != null) {
            targets.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nocontent", "/download"})
    void aTargetThatDoesNotReplaceThePageEndsOnABlankPage(String path) throws IOException {
        String target = "http://127.0.0.1:" + targets.getAddress().getPort() + path;
        REQUESTED.clear();
        try (SiteServer server = ExitSite.start(ExitSite.builder(target, UnaryOperator.identity()))) {
            long history = arrive(chromium, server, "/");
            assertEquals(target, chromium.findElement(By.id("exit")).getDomAttribute("href"));
            chromium.findElement(By.id("exit")).click();
            new WebDriverWait(chromium, Duration.ofSeconds(10), Duration.ofMillis(20))
                    .until(d -> "about:blank".equals(d.getCurrentUrl()));
            assertEquals(List.of(path), REQUESTED, "the target was asked");
            assertEquals("", js(chromium).executeScript("return document.body ? document.body.textContent : '';"),
                    "a blank page");
            assertEquals(0L, js(chromium).executeScript("return document.querySelectorAll('#exit').length;"));
            assertEquals(history, ExitSite.historyLength(chromium), "about:blank replaced Quietroom's entry");
            chromium.navigate().back();
            ExitSite.awaitPath(chromium, ExitSite.START);
            assertTrue(chromium.findElements(By.id("exit")).isEmpty(), "Back skips Quietroom");
        }
    }

    /** A target that cannot be reached: the browser's own error page replaces Quietroom (a pagehide follows). */
    @org.junit.jupiter.api.Test
    void anUnreachableTargetLeavesForTheBrowsersErrorPage() throws IOException {
        String target = "http://127.0.0.1:9/unreachable";
        try (SiteServer server = ExitSite.start(ExitSite.builder(target, UnaryOperator.identity()))) {
            arrive(chromium, server, "/");
            chromium.findElement(By.id("exit")).click();
            new WebDriverWait(chromium, Duration.ofSeconds(10), Duration.ofMillis(20))
                    .until(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:9/"));
            assertTrue(chromium.findElements(By.id("exit")).isEmpty(), "nothing of Quietroom");
        }
    }

    /**
     * What the page cannot prevent: a target whose answer is a download is saved by the browser (Chromium keeps
     * it in its download folder), although the person then lands on about:blank. Only a navigation started by a
     * sandboxed frame without allow-downloads would refuse it; see the README ("The quick exit's target").
     */
    @org.junit.jupiter.api.Test
    void aDownloadingTargetIsStillSavedByTheBrowser() throws IOException {
        String target = "http://127.0.0.1:" + targets.getAddress().getPort() + "/download";
        try (SiteServer server = ExitSite.start(ExitSite.builder(target, UnaryOperator.identity()))) {
            arrive(chromium, server, "/");
            chromium.findElement(By.id("exit")).click();
            new WebDriverWait(chromium, Duration.ofSeconds(10), Duration.ofMillis(20))
                    .until(d -> "about:blank".equals(d.getCurrentUrl()));
            try (Stream<Path> files = Files.list(downloads)) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("safety-plan")),
                        "if this fails, the browser refused the download: update the README and this test");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nocontent", "/download"})
    void untilThenThePageIsHiddenUnderTheNeutralTitle(String path) throws IOException {
        String target = "http://127.0.0.1:" + targets.getAddress().getPort() + path;
        try (SiteServer server = ExitSite.start(ExitSite.builder(target, UnaryOperator.identity()))) {
            arrive(chromium, server, "/");
            // One script: click and read at once, before the fallback can run.
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) js(chromium).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                    + " document.getElementById('exit').click();"
                    + " setTimeout(function () { done({title: document.title,"
                    + " state: document.documentElement.getAttribute('data-state'),"
                    + " main: document.getElementById('main').hasAttribute('hidden'), href: location.href}); }, 300);");
            assertEquals(words("exit.neutral-title"), seen.get("title"));
            assertEquals("exited", seen.get("state"));
            assertEquals(true, seen.get("main"), "everything of the page is hidden");
            assertTrue(((String) seen.get("href")).startsWith(server.origin()), "still on the page, for now");
            new WebDriverWait(chromium, Duration.ofSeconds(10), Duration.ofMillis(20))
                    .until(d -> "about:blank".equals(d.getCurrentUrl()));
        }
    }
}
