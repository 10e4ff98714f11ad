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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.quietroom.build.SiteServer;
import org.quietroom.it.engine.Wait;

/**
 * An exit target that does not replace the page (it answers 204 No Content, or its answer is a download, or it
 * cannot be reached) still leaves the person off Quietroom: exit.js goes to about:blank when no pagehide follows
 * within two seconds. The page is hidden and carries the neutral title in between. A download itself is not
 * something the page can refuse (see {@link #aDownloadingTargetIsStillSavedByTheBrowser}).
 */
class QuickExitFallbackIT {
    /** Chromium's download folder: an empty folder of its own. */
    private static final Path DOWNLOADS = Chromium.freshProfile();

    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.browserOnly()
            .options(options -> options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", DOWNLOADS.toString(), "download.prompt_for_download", false)))
            .flags(ExitSite.LOOPBACK_ONLY);

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
    }

    @AfterAll
    static void stop() {
        if (targets != null) {
            targets.stop(0);
        }
    }

    private static HttpServer targets;
    private static final List<String> REQUESTED = new CopyOnWriteArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"/nocontent", "/download"})
    void aTargetThatDoesNotReplaceThePageEndsOnABlankPage(String path) throws IOException {
        String target = "http://127.0.0.1:" + targets.getAddress().getPort() + path;
        REQUESTED.clear();
        try (SiteServer server = ExitSite.start(ExitSite.builder(target, UnaryOperator.identity()))) {
            long history = arrive(RIG.driver(), server, "/");
            assertEquals(target, RIG.driver().findElement(By.id("exit")).getDomAttribute("href"));
            RIG.driver().findElement(By.id("exit")).click();
            Wait.until("about:blank", Duration.ofSeconds(10), () -> "about:blank".equals(RIG.driver().getCurrentUrl()));
            assertEquals(List.of(path), REQUESTED, "the target was asked");
            assertEquals("", js(RIG.driver()).executeScript("return document.body ? document.body.textContent : '';"),
                    "a blank page");
            assertEquals(0L, js(RIG.driver()).executeScript("return document.querySelectorAll('#exit').length;"));
            assertEquals(history, ExitSite.historyLength(RIG.driver()), "about:blank replaced Quietroom's entry");
            RIG.driver().navigate().back();
            ExitSite.awaitPath(RIG.driver(), ExitSite.START);
            assertTrue(RIG.driver().findElements(By.id("exit")).isEmpty(), "Back skips Quietroom");
        }
    }

    /** A target that cannot be reached: the browser's own error page replaces Quietroom (a pagehide follows). */
    @org.junit.jupiter.api.Test
    void anUnreachableTargetLeavesForTheBrowsersErrorPage() throws IOException {
        String target = "http://127.0.0.1:9/unreachable";
        try (SiteServer server = ExitSite.start(ExitSite.builder(target, UnaryOperator.identity()))) {
            arrive(RIG.driver(), server, "/");
            RIG.driver().findElement(By.id("exit")).click();
            Wait.until("the unreachable target", Duration.ofSeconds(10),
                    () -> RIG.driver().getCurrentUrl().startsWith("http://127.0.0.1:9/"));
            assertTrue(RIG.driver().findElements(By.id("exit")).isEmpty(), "nothing of Quietroom");
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
            arrive(RIG.driver(), server, "/");
            RIG.driver().findElement(By.id("exit")).click();
            Wait.until("about:blank", Duration.ofSeconds(10), () -> "about:blank".equals(RIG.driver().getCurrentUrl()));
            try (Stream<Path> files = Files.list(DOWNLOADS)) {
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
            arrive(RIG.driver(), server, "/");
            // One script: click and read at once, before the fallback can run.
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) js(RIG.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                    + " document.getElementById('exit').click();"
                    + " setTimeout(function () { done({title: document.title,"
                    + " state: document.documentElement.getAttribute('data-state'),"
                    + " main: document.getElementById('main').hasAttribute('hidden'), href: location.href}); }, 300);");
            assertEquals(words("exit.neutral-title"), seen.get("title"));
            assertEquals("exited", seen.get("state"));
            assertEquals(true, seen.get("main"), "everything of the page is hidden");
            assertTrue(((String) seen.get("href")).startsWith(server.origin()), "still on the page, for now");
            Wait.until("about:blank", Duration.ofSeconds(10), () -> "about:blank".equals(RIG.driver().getCurrentUrl()));
        }
    }
}
