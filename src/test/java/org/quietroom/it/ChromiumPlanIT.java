package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.it.PlanDriver.msg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.keep.LockedFile;
import org.quietroom.core.keep.Passphrase;
import org.quietroom.core.plan.Plan;
import org.quietroom.core.plan.PlanText;
import org.quietroom.core.plan.Step;
import org.quietroom.core.questions.Answers;
import org.quietroom.it.engine.Page;
import org.quietroom.it.engine.Wait;

/**
 * The plan in real Chromium only, because only Chromium's DevTools protocol can do what these need: emulate print
 * media ({@code Emulation.setEmulatedMedia}; Firefox's BiDi and WebKitWebDriver have no print-media emulation), let
 * a download land in a known folder ({@code Browser.setDownloadBehavior}), which the locked file needs end to end
 * (made in the page, read from the downloads folder, opened on the site's open page through its file input), and emulate a multi-touch screen
 * under another User-Agent ({@code Emulation.setTouchEmulationEnabled}, {@code Emulation.setUserAgentOverride}).
 */
class ChromiumPlanIT {
    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.site(TestSite::production);

    @BeforeAll
    static void start() throws IOException {
        downloads = Files.createTempDirectory("quietroom-downloads-");
        RIG.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
        page = new PlanDriver(new Page(RIG.engine()));
    }

    @AfterAll
    static void deleteDownloads() throws IOException {
        try (var files = Files.list(downloads)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(downloads);
    }

    private static Path downloads;
    private static PlanDriver page;

    @BeforeEach
    void screenAndAnEmptyDownloadsFolder() throws IOException {
        RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        try (var files = Files.list(downloads)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
    }

    /** The page at 127.0.0.1, a secure context, where Web Crypto is available; "" or "?tier=js". */
    private static void open(String tier) {
        page.page().open(RIG.server().origin() + "/" + tier);
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

        RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals(List.of(), printedOutsideThePlan(), "print media shows nothing but the plan");
        assertTrue(shown("plan-heading") && shown("decision"), "the plan itself prints");
        assertTrue(((Number) page.script("return Array.prototype.filter.call(document.querySelectorAll("
                + "'#plan [data-step]'), function (e) { return e.getClientRects().length > 0; }).length;"))
                .intValue() > 3, "its steps print");
        assertFalse(shown("plan-site"), "no site name by default");
        String host = "127.0.0.1:" + RIG.server().port();
        assertFalse(((String) page.script("return document.getElementById('plan').innerText;")).contains(host));

        RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        page.click("#keep-site");
        RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertTrue(shown("plan-site"), "the site name prints once asked for");
        assertEquals(org.quietroom.core.Text.fill(msg("keep.print.site-line"), List.of(host + "/")),
                page.text("#plan-site"));
        assertEquals(List.of(), printedOutsideThePlan());

        RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        page.click("#keep-site");
        RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(shown("plan-site"), "and goes when unticked");
    }

    /**
     * The new file in the downloads folder. Chromium writes a download under a temporary name and gives it its own
     * name when it is complete, so a .txt file that is there and not empty is the whole file.
     */
    private static Path awaitDownload(List<Path> before) {
        return Wait.until("a file in " + downloads, () -> {
            for (Path p : downloaded()) {
                if (!before.contains(p) && p.getFileName().toString().endsWith(".txt") && p.toFile().length() > 0) {
                    return p;
                }
            }
            return null;
        });
    }

    private static List<Path> downloaded() {
        try (var files = Files.list(downloads)) {
            return new ArrayList<>(files.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void type(String id, String text) {
        var input = RIG.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static List<String> policyErrors() {
        return RIG.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Trusted Type"))
                .toList();
    }

    private static void awaitRoot(String attribute, String value) {
        Wait.until(() -> attribute + "=" + value + " (it is " + page.page().root(attribute) + ")", Wait.PAGE,
                () -> value.equals(page.page().root(attribute)));
    }

    private static String value(String id) {
        return (String) page.script("return document.getElementById(" + PlanDriver.q(id) + ").value;");
    }

    /** Chooses a file on the open page through its file input and presses Open. */
    private static void openOnThePage(Path file, String passphrase, String expected) {
        RIG.driver().findElement(By.id("open-file")).sendKeys(file.toAbsolutePath().toString());
        type("open-pass", passphrase);
        page.script("document.documentElement.removeAttribute('data-open');");
        RIG.driver().findElement(By.id("open-button")).click();
        String state = Wait.until("the open page's answer", () -> {
            String now = page.page().root("data-open");
            return now == null || now.equals("working") ? null : now;
        });
        assertEquals(expected, state, file.getFileName().toString());
    }

    /**
     * Both tiers make the file (the encryption is Java, compiled twice, each with its own glue to Web Crypto); the
     * site's open page (one hand-written script, the same for both) opens it from the downloads folder.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "?tier=js"})
    void theLockedFileIsDataThatOnlyTheOpenPageOpensWithItsPassphrase(String tier) throws Exception {
        open(tier);
        page.choose("person");
        page.next();
        page.choose("together");
        Plan expected = page.expected(Answers.NONE.with("purpose", "person").with("living", "together"));
        List<org.quietroom.core.helplines.Helpline> helplines = page.shownHelplines();
        List<Path> before = downloaded();

        assertFalse(shown("keep-file-form"));
        page.click("#keep-file-start");
        assertTrue(shown("keep-file-warning"), "the warning about downloads shows before anything is saved");
        assertEquals(msg("keep.file.warning"), page.text("#keep-file-warning"));
        assertEquals("off", page.script("return document.getElementById('keep-pass').getAttribute('autocomplete');"));

        // Weak own passphrases are refused, with their estimated strength.
        String threshold = Integer.toString(Passphrase.THRESHOLD_BITS);
        List<String> list = Passphrase.split(Files.readString(Path.of("src/main/passphrase/eff-short.txt")));
        Passphrase estimate = new Passphrase(list,
                Passphrase.split(Files.readString(Path.of("src/main/passphrase/common-passwords.txt"))));
        for (String weak : List.of("12345678", "password1", "qwerty123")) {
            type("keep-pass", weak);
            type("keep-pass2", weak);
            String bits = Integer.toString((int) Math.floor(estimate.bits(weak)));
            assertEquals(org.quietroom.core.Text.fill(msg("keep.file.strength"), List.of(bits, threshold)),
                    page.text("#keep-pass-strength"), "the strength shows as it is typed");
            page.click("#keep-file-save");
            assertEquals(org.quietroom.core.Text.fill(msg("keep.file.too-weak"), List.of(bits, threshold)),
                    page.text("#file-status"));
        }
        Wait.quietFor(Duration.ofMillis(300));
        assertEquals(before, downloaded(), "nothing is saved with a weak passphrase");

        // The suggested passphrase: five words of the list, in both fields, shown with its strength.
        page.click("#keep-pass-suggest");
        String suggestion = value("keep-pass");
        List<String> parts = List.of(suggestion.split(" "));
        assertEquals(5, parts.size(), suggestion);
        assertTrue(list.containsAll(parts), suggestion);
        assertEquals(suggestion, value("keep-pass2"));
        assertEquals(org.quietroom.core.Text.fill(msg("keep.file.suggested"), List.of(suggestion)),
                page.text("#keep-pass-suggestion"));
        // Five list words: about 51 bits, or a little more when "yo-yo" (the list's one word with a hyphen) is one.
        String suggestedBits = Integer.toString((int) Math.floor(estimate.bits(suggestion)));
        assertTrue(estimate.bits(suggestion) >= Passphrase.THRESHOLD_BITS, suggestion);
        assertEquals(org.quietroom.core.Text.fill(msg("keep.file.strength"), List.of(suggestedBits, threshold)),
                page.text("#keep-pass-strength"));
        RIG.driver().findElement(By.id("keep-pass")).sendKeys("x");
        assertEquals("", page.text("#keep-pass-suggestion"), "the sentence goes once the field holds something else");
        page.click("#keep-pass-suggest");
        assertFalse(suggestion.equals(value("keep-pass")), "a new one each time");
        String passphrase = value("keep-pass");
        type("keep-pass2", passphrase + "x");
        page.click("#keep-file-save");
        assertEquals(msg("keep.file.mismatch"), page.text("#file-status"));
        type("keep-pass2", passphrase);
        page.click("#keep-file-save");
        Path file = awaitDownload(before);
        assertEquals(msg(LockedFile.NAME_KEY), file.getFileName().toString());
        Wait.until("the file's status: done", () -> msg("keep.file.done").equals(page.text("#file-status")));
        assertEquals("", value("keep-pass") + value("keep-pass2"), "the passphrase does not stay in the page");
        assertEquals("", page.text("#keep-pass-suggestion"));
        assertEquals(0, page.page().cspViolations());
        assertEquals("", String.valueOf(page.page().root("data-watch-elements")).replace("null", ""),
                "the download link was the page's own (inside #keep, a data-qr-fill container)");
        assertFalse(String.valueOf(page.page().root("data-watch-attributes")).contains("download"));
        @SuppressWarnings("unchecked")
        Map<String, Object> storage = (Map<String, Object>) page.engine().await(EnginesSilenceIT.STORAGE);
        for (String area : List.of("localStorage", "sessionStorage", "indexedDB", "caches", "serviceWorkers")) {
            assertEquals(0L, ((Number) storage.get(area)).longValue(), area);
        }

        // The file: data only, no plan text in clear, nothing that runs.
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (Step step : expected.steps()) {
            assertFalse(text.contains(msg(step.titleKey())), "no plan text in clear: " + step.id());
        }
        assertFalse(text.contains(msg(expected.reason().key())), "no plan text in clear: the decision");
        assertFalse(text.contains("<"), "no markup at all");
        LockedFile.Locked locked = LockedFile.read(text);
        assertEquals(LockedFile.ITERATIONS, locked.iterations());
        assertTrue(text.startsWith(msg(LockedFile.ABOUT_KEY) + "\n" + msg(LockedFile.HOW_KEY) + "\n"));

        // The open page: the link from the keep section, then the file through its file input.
        String openPage = (String) page.script("return document.getElementById('keep-open-link').href;");
        assertEquals(RIG.server().origin() + "/open.html", openPage);
        policyErrors();
        RIG.driver().get(openPage);
        awaitRoot("data-open", "ready");
        assertEquals(msg("open.title"), RIG.driver().getTitle());
        assertEquals("off", page.script("return document.getElementById('open-pass').getAttribute('autocomplete');"));
        Number resources = (Number) page.script("return performance.getEntriesByType('resource').length;");

        openOnThePage(file, passphrase + " ", "wrong");
        assertEquals(msg("open.wrong"), page.text("#open-status"));
        assertFalse(shown("open-notes"));
        openOnThePage(file, passphrase, "shown");
        assertEquals(PlanText.full(expected, EnglishCatalog.messages()::get, helplines), page.text("#open-text"));
        assertEquals("", value("open-pass"), "the passphrase leaves the field once the notes show");
        assertEquals("open-notes-heading", page.script("return document.activeElement.id;"));

        // The same file with a script added: refused as not data, and nothing of it runs.
        Path hostile = downloads.resolve("altered.txt");
        Files.writeString(hostile, text + "<script>document.documentElement.setAttribute('data-ran', 'yes');"
                + "</script>\n", StandardCharsets.UTF_8);
        openOnThePage(hostile, passphrase, "not-data");
        assertEquals(msg("open.not-data"), page.text("#open-status"));
        assertEquals("", page.text("#open-text"), "the notes shown before are gone");
        assertEquals(null, page.page().root("data-ran"));
        Path edited = downloads.resolve("edited.txt");
        Files.writeString(edited, text.replace("iterations 600000", "iterations 1000"), StandardCharsets.UTF_8);
        openOnThePage(edited, passphrase, "settings");
        assertEquals(resources, page.script("return performance.getEntriesByType('resource').length;"),
                "no request after the page loaded");
        assertEquals(List.of(), policyErrors(), "the open page runs under the site's policy without a violation");

        // The quick exit empties both fields and the notes.
        openOnThePage(file, passphrase, "shown");
        RIG.driver().findElement(By.id("open-file")).sendKeys(file.toAbsolutePath().toString());
        type("open-pass", passphrase);
        page.script("document.dispatchEvent(new CustomEvent('quietroom-exit')); return null;");
        assertEquals("", value("open-pass") + value("open-file") + page.text("#open-text"));
        assertFalse(shown("open-notes"));

        // Opened by itself, the file is plain text: its added script is shown, not run.
        RIG.driver().get(hostile.toUri().toString());
        assertEquals("text/plain", page.script("return document.contentType;"));
        assertEquals(null, page.script("return document.documentElement.getAttribute('data-ran');"));
        assertEquals(0L, ((Number) page.script("return document.scripts.length;")).longValue());
    }

    /** What the person typed or was offered for the locked file goes with the quick exit, in both tiers. */
    @ParameterizedTest
    @ValueSource(strings = {"", "?tier=js"})
    void theQuickExitEmptiesThePassphraseFieldsAndTheSuggestion(String tier) {
        open(tier);
        page.choose("person");
        page.next();
        page.click("#keep-file-start");
        page.click("#keep-pass-suggest");
        type("keep-pass2", "something else typed");
        String all = "return document.getElementById('keep-pass').value + document.getElementById('keep-pass2').value"
                + " + document.getElementById('keep-pass-suggestion').textContent"
                + " + document.getElementById('keep-pass-strength').textContent;";
        String before = (String) page.script(all);
        assertTrue(before.contains("something else typed") && before.length() > 60, before);
        page.script("document.dispatchEvent(new CustomEvent('quietroom-exit')); return null;");
        assertEquals("", page.script(all));
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
        page.page().open(RIG.server().origin() + "/");
        String original = (String) page.script("return navigator.userAgent;");
        try {
            RIG.driver().executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", mac));
            RIG.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true,
                    "maxTouchPoints", 5));
            open("");
            assertEquals(mac, page.script("return navigator.userAgent;"));
            assertEquals(5L, ((Number) page.script("return navigator.maxTouchPoints;")).longValue());
            assertEquals("step.private-window.safari-ios", menu("private-window"));
            assertEquals(msg("step.private-window.safari-ios"),
                    page.text("[data-step=\"private-window\"] [data-menu]"));

            RIG.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            open("");
            assertTrue(((Number) page.script("return navigator.maxTouchPoints;")).longValue() <= 1);
            assertEquals("step.private-window.safari", menu("private-window"));
        } finally {
            RIG.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            RIG.driver().executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", original));
        }
    }
}
