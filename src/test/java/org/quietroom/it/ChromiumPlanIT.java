package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.it.PlanDriver.msg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.quietroom.build.SiteServer;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.keep.LockedFile;
import org.quietroom.core.plan.Plan;
import org.quietroom.core.plan.PlanText;
import org.quietroom.core.plan.Step;
import org.quietroom.core.preset.Base64Url;
import org.quietroom.core.questions.Answers;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.Page;

/**
 * The plan in real Chromium only, because only Chromium's DevTools protocol can do what these need: emulate print
 * media ({@code Emulation.setEmulatedMedia}; Firefox's BiDi and WebKitWebDriver have no print-media emulation), let
 * a download land in a known folder ({@code Browser.setDownloadBehavior}), which the locked file needs end to end
 * (made in the page, opened from disk with file://, unlocked by its passphrase), and emulate a multi-touch screen
 * under another User-Agent ({@code Emulation.setTouchEmulationEnabled}, {@code Emulation.setUserAgentOverride}).
 */
class ChromiumPlanIT {
    private static SiteServer server;
    private static ChromeDriver chromium;
    private static Path downloads;
    private static PlanDriver page;

    @BeforeAll
    static void start() throws IOException {
        server = TestSite.production();
        downloads = Files.createTempDirectory("quietroom-downloads-");
        chromium = Chromium.start();
        chromium.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
        page = new PlanDriver(new Page(new DriverEngine(chromium)));
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.quit();
        }
        if (server != null) {
            server.close();
        }
        if (downloads != null) {
            try (var files = Files.list(downloads)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(downloads);
        }
    }

    @BeforeEach
    void screenAndAnEmptyDownloadsFolder() throws IOException {
        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        try (var files = Files.list(downloads)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
    }

    /** The page at 127.0.0.1, a secure context, where Web Crypto is available; "" or "?tier=js". */
    private static void open(String tier) {
        page.page().open(server.origin() + "/" + tier);
        assertEquals("ready", page.page().state());
        assertEquals(tier.isEmpty() ? "wasm" : "js", page.page().tier());
        assertEquals("shown", page.page().root("data-plan"));
    }

    /** Elements outside #plan (and not holding it) that print media still shows. */
    @SuppressWarnings("unchecked")
    private static List<String> printedOutsideThePlan() {
        return (List<String>) page.script("var plan = document.getElementById('plan'); var out = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + " if (!plan.contains(e) && !e.contains(plan) && e.getClientRects().length > 0) {"
                + " out.push(e.tagName + '#' + e.id + '.' + e.className); } }); return out;");
    }

    private static boolean shown(String id) {
        return Boolean.TRUE.equals(page.script("return document.getElementById(" + PlanDriver.q(id)
                + ").getClientRects().length > 0;"));
    }

    @Test
    void printMediaShowsOnlyThePlanAndTheSiteNameOnlyWhenAskedFor() {
        open("");
        page.choose("person");
        page.next();
        assertTrue(printedOutsideThePlan().size() > 10, "on screen the whole page shows");

        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals(List.of(), printedOutsideThePlan(), "print media shows nothing but the plan");
        assertTrue(shown("plan-heading") && shown("decision"), "the plan itself prints");
        assertTrue(((Number) page.script("return Array.prototype.filter.call(document.querySelectorAll("
                + "'#plan [data-step]'), function (e) { return e.getClientRects().length > 0; }).length;"))
                .intValue() > 3, "its steps print");
        assertFalse(shown("plan-site"), "no site name by default");
        String host = "127.0.0.1:" + server.port();
        assertFalse(((String) page.script("return document.getElementById('plan').innerText;")).contains(host));

        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        page.click("#keep-site");
        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertTrue(shown("plan-site"), "the site name prints once asked for");
        assertEquals(org.quietroom.core.Text.fill(msg("keep.print.site-line"), List.of(host + "/")),
                page.text("#plan-site"));
        assertEquals(List.of(), printedOutsideThePlan());

        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        page.click("#keep-site");
        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(shown("plan-site"), "and goes when unticked");
    }

    private static Path awaitDownload(List<Path> before) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(downloads)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    String name = p.getFileName().toString();
                    if (!before.contains(p) && name.endsWith(".html")) {
                        return p;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no file arrived in " + downloads + " within 30 s");
    }

    private static List<Path> downloaded() throws IOException {
        try (var files = Files.list(downloads)) {
            return new ArrayList<>(files.toList());
        }
    }

    private static void type(String id, String text) {
        var input = chromium.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static String attribute(String html, String name) {
        String marker = " " + name + "=\"";
        int at = html.indexOf(marker);
        assertTrue(at > 0, "the file has " + name);
        int start = at + marker.length();
        return html.substring(start, html.indexOf('"', start));
    }

    private static String between(String html, String open, String close) {
        int start = html.indexOf(open);
        assertTrue(start > 0, "the file has " + open);
        start += open.length();
        return html.substring(start, html.indexOf(close, start));
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> policyErrors() {
        return chromium.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Trusted Type"))
                .toList();
    }

    /** Both tiers: the encryption is Java, compiled twice, each with its own glue to Web Crypto. */
    @ParameterizedTest
    @ValueSource(strings = {"", "?tier=js"})
    void theLockedFileIsMadeInThePageAndOpensFromDiskWithItsPassphraseOnly(String tier) throws Exception {
        open(tier);
        page.choose("person");
        page.next();
        page.choose("together");
        Plan expected = page.expected(Answers.NONE.with("purpose", "person").with("living", "together"));
        List<Path> before = downloaded();

        assertFalse(shown("keep-file-form"));
        page.click("#keep-file-start");
        assertTrue(shown("keep-file-warning"), "the warning about downloads shows before anything is saved");
        assertEquals(msg("keep.file.warning"), page.text("#keep-file-warning"));
        assertEquals("true", page.script("return document.getElementById('keep-file-start')"
                + ".getAttribute('aria-expanded');"));

        type("keep-pass", "short");
        type("keep-pass2", "short");
        page.click("#keep-file-save");
        assertEquals(msg("keep.file.too-short"), page.text("#file-status"));
        type("keep-pass", "violet harbor tea");
        type("keep-pass2", "violet harbour tea");
        page.click("#keep-file-save");
        assertEquals(msg("keep.file.mismatch"), page.text("#file-status"));
        Thread.sleep(300);
        assertEquals(before, downloaded(), "nothing is saved until the passphrase is right");

        type("keep-pass", "violet harbor tea");
        type("keep-pass2", "violet harbor tea");
        page.click("#keep-file-save");
        Path file = awaitDownload(before);
        assertEquals(msg(LockedFile.NAME_KEY), file.getFileName().toString());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!msg("keep.file.done").equals(page.text("#file-status")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(msg("keep.file.done"), page.text("#file-status"));
        assertEquals("", page.script("return document.getElementById('keep-pass').value"
                + " + document.getElementById('keep-pass2').value;"), "the passphrase does not stay in the page");
        assertEquals(0, page.page().cspViolations());
        @SuppressWarnings("unchecked")
        Map<String, Object> storage = (Map<String, Object>) page.engine().await(EnginesSilenceIT.STORAGE);
        for (String area : List.of("localStorage", "sessionStorage", "indexedDB", "caches", "serviceWorkers")) {
            assertEquals(0L, ((Number) storage.get(area)).longValue(), area);
        }

        // The file: the plan only as ciphertext, a policy that allows exactly its own script and style.
        Thread.sleep(200);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        for (Step step : expected.steps()) {
            assertFalse(html.contains(msg(step.titleKey())), "no plan text in clear: " + step.id());
        }
        assertFalse(html.contains(msg(expected.reason().key())), "no plan text in clear: the decision");
        assertFalse(html.contains("data-step"), "no plan markup");
        assertEquals(Integer.toString(LockedFile.ITERATIONS), attribute(html, "data-iterations"));
        assertEquals(16, Base64Url.decode(attribute(html, "data-salt"), 0).length);
        assertEquals(12, Base64Url.decode(attribute(html, "data-iv"), 0).length);
        String csp = attribute(html, "content").replace("&#39;", "'");
        String script = between(html, "<script>", "</script>");
        String style = between(html, "<style>", "</style>");
        assertTrue(csp.startsWith("default-src 'none'; script-src '" + sha256(script) + "'; style-src '"
                + sha256(style) + "'"), csp);
        assertEquals(2, html.split("<script").length, "one script");

        // Opened from disk: a wrong passphrase says so, the right one shows the plan.
        policyErrors();
        chromium.get(file.toUri().toString());
        assertTrue(shown("unlock"), "the form shows once the script runs");
        type("passphrase", "violet harbour tea");
        chromium.findElement(By.id("open")).click();
        deadline = System.nanoTime() + 30_000_000_000L;
        while (page.text("#status").equals(msg("locked.working")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(msg("locked.wrong"), page.text("#status"));
        assertFalse(shown("plan"));
        assertEquals("", page.text("#plan"));

        type("passphrase", "violet harbor tea");
        chromium.findElement(By.id("passphrase")).sendKeys(org.openqa.selenium.Keys.ENTER);
        deadline = System.nanoTime() + 30_000_000_000L;
        while (!shown("plan") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(shown("plan"), "the plan shows after the right passphrase");
        assertEquals(PlanText.full(expected, EnglishCatalog.messages()::get), page.text("#plan"));
        assertFalse(shown("unlock"));
        assertEquals("plan", page.script("return document.activeElement.id;"));
        assertEquals(List.of(), policyErrors(), "the file runs under its own policy without a violation");
    }

    private static String menu(String step) {
        return (String) page.script("var m = document.querySelector('[data-step=\"" + step + "\"] [data-menu]');"
                + " return m ? m.getAttribute('data-menu') : null;");
    }

    /** iPadOS asks for desktop sites with a Mac's User-Agent; only maxTouchPoints tells the two apart. */
    @Test
    void anIpadInDesktopModeGetsTheIpadMenusAndAMacTheMacOnes() {
        String mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                + " Version/18.1 Safari/605.1.15";
        page.page().open(server.origin() + "/");
        String original = (String) page.script("return navigator.userAgent;");
        try {
            chromium.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", mac));
            chromium.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true,
                    "maxTouchPoints", 5));
            open("");
            assertEquals(mac, page.script("return navigator.userAgent;"));
            assertEquals(5L, ((Number) page.script("return navigator.maxTouchPoints;")).longValue());
            assertEquals("step.private-window.safari-ios", menu("private-window"));
            assertEquals(msg("step.private-window.safari-ios"),
                    page.text("[data-step=\"private-window\"] [data-menu]"));

            chromium.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            open("");
            assertTrue(((Number) page.script("return navigator.maxTouchPoints;")).longValue() <= 1);
            assertEquals("step.private-window.safari", menu("private-window"));
        } finally {
            chromium.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            chromium.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", original));
        }
    }

    /** The {@link Engine} interface over a Chromium this class started itself, to send it DevTools commands. */
    private static final class DriverEngine implements Engine {
        private static final Json JSON = new Json();
        private final ChromeDriver driver;

        DriverEngine(ChromeDriver driver) {
            this.driver = driver;
        }

        @Override
        public String name() {
            return "chromium";
        }

        @Override
        public void open(String url) {
            driver.get(url);
        }

        @Override
        public Object script(String body) {
            Object json = ((JavascriptExecutor) driver).executeScript(
                    "return JSON.stringify((function () {" + body + "})());");
            return json == null ? null : JSON.toType((String) json, Object.class);
        }

        @Override
        public Object await(String promiseExpression) {
            Object json = ((JavascriptExecutor) driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                    + "Promise.resolve(" + promiseExpression + ").then(function (v) { done(JSON.stringify(v)); },"
                    + " function (e) { done(JSON.stringify({error: String(e)})); });");
            return json == null ? null : JSON.toType((String) json, Object.class);
        }

        @Override
        public void press(String key) {
            new Actions(driver).sendKeys(key).perform();
        }

        @Override
        public void click(String cssSelector) {
            driver.findElement(By.cssSelector(cssSelector)).click();
        }

        @Override
        public void back() {
            driver.navigate().back();
        }

        @Override
        public String url() {
            return driver.getCurrentUrl();
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
