package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.build.SiteServer;

/**
 * The link-making page printed is a flyer: the organisation's name, the QR code and the link, nothing else.
 * Chromium only: WebDriver (classic or BiDi) has no standard way to lay a page out for print media and read it
 * back; Chromium's DevTools protocol can ({@code Emulation.setEmulatedMedia}). The stylesheet is plain CSS
 * {@code @media print}, with nothing engine-specific in it.
 */
class ChromiumBuilderPrintIT {
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

    @Test
    void printedThePageIsTheOrganisationTheQrCodeAndTheLink() {
        new PageProbe(chromium).open(server.origin() + "/build.html");
        chromium.executeScript("function set(id, v) { var e = document.getElementById(id); e.value = v;"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); }"
                + " set('f-organisation', 'Riverside Women\\'s Aid'); set('f-c1-label', 'Sam');"
                + " set('f-c1-phone', '0808 2000 247'); set('f-message', 'A message that is not printed');");
        String link = (String) chromium.executeScript("return document.getElementById('link').value;");
        assertTrue(link.startsWith(server.origin() + "/#q1"), link);

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
