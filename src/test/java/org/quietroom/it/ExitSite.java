package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.quietroom.build.Catalog;
import org.quietroom.build.SiteBuilder;
import org.quietroom.build.SiteServer;
import org.quietroom.core.preset.ExitSites;
import org.quietroom.it.engine.Wait;

/**
 * Test sites and browser steps for the quick exit. The built page's exit target ({@link SiteBuilder#DEFAULT_EXIT}
 * on English pages, {@link ExitSites#defaultFor} each language; a real website) is rewritten to {@link #NEUTRAL},
 * a page of the same local server, so no test ever leaves
 * loopback; Chromium is also started with every host name unresolvable ({@link #LOOPBACK_ONLY}) as a net.
 */
public final class ExitSite {
    /** Where the exit leads in tests. */
    public static final String NEUTRAL = "/neutral.html";
    /** A page visited before Quietroom, so that Back has somewhere to go. */
    public static final String START = "/start.html";
    /** No host name resolves, so only 127.0.0.1 is reachable. */
    public static final String LOOPBACK_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1";

    private static final String HTML = "text/html; charset=utf-8";
    private static Catalog english;

    private ExitSite() {
    }

    /** The usual test site: the exit leads to {@link #NEUTRAL}; {@link #START} exists. */
    public static SiteServer.Builder builder() {
        return builder(NEUTRAL, UnaryOperator.identity());
    }

    /** A test site whose exit leads to {@code target}, with {@code more} rewriting the page after that. */
    public static SiteServer.Builder builder(String target, UnaryOperator<String> more) {
        return TestSite.server()
                .htmlFilter(html -> {
                    // Each language's page carries its own default (ExitSites.defaultFor): rewrite whichever it is.
                    String out = html;
                    for (String lang : List.of("en", "es")) {
                        out = out.replace(ExitSites.defaultFor(lang).url(), target);
                    }
                    if (out.equals(html)) {
                        throw new IllegalStateException("the built page no longer carries the default exit target");
                    }
                    return more.apply(out);
                })
                .override(NEUTRAL, 200, HTML, page("Neutral", "neutral"))
                .override(START, 200, HTML, page("Start", "start"));
    }

    /**
     * Run in a page before leaving it to a target that answers 204, to keep the exited page in view: at the exit
     * event it dispatches a pagehide, which tells exit.js the page went, so its about:blank fallback (two seconds
     * after an exit that left nothing) does not run while the test reads the exited page.
     */
    public static final String KEEP_EXITED_PAGE = "document.addEventListener('quietroom-exit', function () {"
            + " window.dispatchEvent(new Event('pagehide')); }); return null;";

    /** Adds {@code markup} just before {@code </head>} (test scripts) or {@code </body>}. */
    public static UnaryOperator<String> beforeEnd(String tag, String markup) {
        return html -> {
            String end = "</" + tag + ">";
            if (!html.contains(end)) {
                throw new IllegalStateException("no " + end);
            }
            return html.replace(end, markup + end);
        };
    }

    public static SiteServer start(SiteServer.Builder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] page(String title, String id) {
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><p id=\"" + id + "\">" + title + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A sentence from the English catalog, as the page carries it. */
    public static synchronized String words(String key) {
        if (english == null) {
            try {
                english = Catalog.loadAll(Path.of("src/main/messages")).get(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return english.get(key);
    }

    // ---- steps in the browser ----

    public static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }

    public static long historyLength(WebDriver driver) {
        return ((Number) js(driver).executeScript("return history.length")).longValue();
    }

    /** The path of the page the browser shows (read without running script in the page). */
    public static String path(WebDriver driver) {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public static void awaitPath(WebDriver driver, String path) {
        Wait.until(() -> "to be at " + path + ", at " + path(driver), Duration.ofSeconds(10), () -> path.equals(path(driver)));
    }

    /** Visits {@link #START}, then Quietroom (waiting until it settled); returns history.length there. */
    public static long arrive(WebDriver driver, SiteServer server, String path) {
        driver.get(server.origin() + START);
        awaitPath(driver, START);
        new PageProbe(driver).open(server.origin() + path);
        return historyLength(driver);
    }

    /** After an exit: the browser is on the neutral page, no history entry was added, Back skips Quietroom. */
    public static void assertLeftWithoutTrace(WebDriver driver, long historyAtQuietroom) {
        awaitPath(driver, NEUTRAL);
        assertEquals(1, driver.findElements(By.id("neutral")).size(), "on the neutral page");
        assertEquals(historyAtQuietroom, historyLength(driver), "the exit replaced the history entry");
        driver.navigate().back();
        awaitPath(driver, START);
        assertEquals(1, driver.findElements(By.id("start")).size(), "Back skips Quietroom");
        assertTrue(driver.findElements(By.id("exit")).isEmpty(), "no Quietroom content after Back");
    }

    /** Presses and releases Shift {@code times} times, on its own. */
    public static void shift(WebDriver driver, int times) {
        Actions actions = new Actions(driver);
        for (int i = 0; i < times; i++) {
            actions.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
        }
        actions.perform();
    }

    public static void press(WebDriver driver, CharSequence key) {
        new Actions(driver).keyDown(key).keyUp(key).perform();
    }

    public static String status(WebDriver driver) {
        return (String) js(driver).executeScript("return document.getElementById('exit-status').textContent");
    }

    public static String lights(WebDriver driver) {
        return driver.findElement(By.id("exit-lights")).getDomAttribute("data-qr-count");
    }
}
