package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.build.SiteServer;

/**
 * The link-making page where only Chromium's DevTools protocol can look (the scenario itself runs on three
 * engines in {@link EnginesAdvocateLinkIT}): printed, it is a flyer (the organisation's name, the QR code and the
 * link, nothing else), and its copy button goes through the Clipboard API where there is one.
 */
class ChromiumBuilderIT {
    private static SiteServer server;
    private static ChromeDriver chromium;

    @BeforeAll
    static void start() {
        server = TestSite.production();
        chromium = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * WebDriver (classic or BiDi) has no standard way to lay a page out for print media and read it back;
     * Chromium's {@code Emulation.setEmulatedMedia} can. The stylesheet is plain {@code @media print}.
     */
    @Test
    void printedThePageIsTheOrganisationTheQrCodeAndTheLink() {
        new PageProbe(chromium).open(server.origin() + "/build.html");
        chromium.executeScript("function set(id, v) { var e = document.getElementById(id); e.value = v;"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); }"
                + " set('f-organisation', 'Riverside Women\\'s Aid'); set('f-c1-label', 'Sam');"
                + " set('f-c1-phone', '0808 2000 247'); set('f-message', 'A message that is not printed');");
        String link = (String) chromium.executeScript("return document.getElementById('link').value;");
        assertTrue(link.startsWith(server.origin() + "/#q2"), link);

        List<String> onScreen = lines();
        assertTrue(onScreen.size() > 20, "on screen, the whole page: " + onScreen.size() + " lines");
        assertTrue(onScreen.contains("Sam"), "the preview shows on screen");

        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals(List.of("Riverside Women's Aid", link), lines());
            Number width = (Number) chromium.executeScript(
                    "return document.querySelector('#qr > svg').getBoundingClientRect().width;");
            assertTrue(width.doubleValue() > 100, "the QR code is printed large: " + width);
        } finally {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /**
     * On 127.0.0.1 (a secure context, so the Clipboard API exists) the copy button goes through
     * navigator.clipboard.writeText and its promise, in both tiers. Chromium only: only its DevTools protocol
     * can grant the clipboard permission that a person's click would.
     */
    @Test
    void theCopyButtonUsesTheClipboardApiWhereThereIsOne() {
        for (String tier : List.of("wasm", "js")) {
            PageProbe page = new PageProbe(chromium).open(server.origin() + "/build.html?tier=" + tier);
            assertEquals(tier, page.tier());
            assertEquals(Boolean.TRUE, chromium.executeScript("return !!navigator.clipboard;"), tier);
            chromium.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.origin(),
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            chromium.executeScript("window.__copies = []; var w = navigator.clipboard.writeText.bind("
                    + "navigator.clipboard); navigator.clipboard.writeText = function (t) {"
                    + " window.__copies.push(t); return w(t); };");
            chromium.findElement(By.id("copy")).click();
            String status = "";
            for (int i = 0; i < 200 && status.isEmpty(); i++) {
                status = (String) chromium.executeScript("return document.getElementById('copy-status').textContent;");
                pause();
            }
            String link = (String) chromium.executeScript("return document.getElementById('link').value;");
            assertEquals(List.of(link), chromium.executeScript("return window.__copies;"), tier);
            assertEquals("The link is copied.", status, tier);
            assertEquals(0, page.cspViolations(), tier);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The page's rendered text, line by line, without empty lines. */
    private static List<String> lines() {
        String text = (String) chromium.executeScript("return document.body.innerText;");
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add(line.trim());
            }
        }
        return out;
    }
}
