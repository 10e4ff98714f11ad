package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.quietroom.it.engine.Wait;

/**
 * The link-making page where only Chromium's DevTools protocol can look (the scenario itself runs on three
 * engines in {@link EnginesAdvocateLinkIT}): printed, it is a poster (the organisation's name, what the link is,
 * the QR code, the link and the contacts, nothing else) or a wallet card of 85 × 55 mm (without the link's text, and
 * without the organisation's name when the advocate leaves it off); its test button opens the link in a new tab;
 * its copy button goes through the Clipboard API where there is one.
 */
class ChromiumBuilderIT {
    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.site(TestSite::production);

    /**
     * WebDriver (classic or BiDi) has no standard way to lay a page out for print media and read it back;
     * Chromium's {@code Emulation.setEmulatedMedia} can. The stylesheet is plain {@code @media print}.
     */
    @Test
    void printedThePageIsTheOrganisationTheQrCodeAndTheLink() {
        new PageProbe(RIG.driver()).open(RIG.server().origin() + "/build.html");
        RIG.driver().executeScript("function set(id, v) { var e = document.getElementById(id); e.value = v;"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); }"
                + " set('f-organisation', 'Riverside Women\\'s Aid'); set('f-c1-label', 'Sam');"
                + " set('f-c1-phone', '0808 2000 247'); set('f-message', 'A message that is not printed');");
        String link = (String) RIG.driver().executeScript("return document.getElementById('link').value;");
        assertTrue(link.startsWith(RIG.server().origin() + "/#q2"), link);

        List<String> onScreen = lines();
        assertTrue(onScreen.size() > 20, "on screen, the whole page: " + onScreen.size() + " lines");
        assertTrue(onScreen.contains("Sam"), "the preview shows on screen");

        String what = "Scan the code or type the link to check this phone or computer and make a plan. Nothing you"
                + " enter is stored or sent.";
        String contact = "Sam \u00b7 Call 0808 2000 247";
        RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals(List.of("Riverside Women's Aid", what, link, contact), lines());
            Number width = (Number) RIG.driver().executeScript(
                    "return document.querySelector('#qr > svg').getBoundingClientRect().width;");
            assertTrue(width.doubleValue() > 100, "the QR code is printed large: " + width);
        } finally {
            RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        // A wallet card, without the organisation's name: the words and the contacts beside the QR code.
        RIG.driver().findElement(By.id("print-card")).click();
        RIG.driver().findElement(By.id("print-no-org")).click();
        RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals(List.of(what, contact), lines());
            assertEquals("card", RIG.driver().executeScript(
                    "return getComputedStyle(document.getElementById('flyer')).page;"), "the card's own page size");
            Number qr = (Number) RIG.driver().executeScript(
                    "return document.querySelector('#qr > svg').getBoundingClientRect().width;");
            // 22 mm at 96 CSS px per inch.
            assertEquals(22 / 25.4 * 96, qr.doubleValue(), 1.0, "the card's QR code");
        } finally {
            RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        // The advocate's choice is the printout's only: the link still names the organisation.
        assertEquals(link, RIG.driver().executeScript("return document.getElementById('link').value;"));
    }

    /**
     * Opened from a file, Chromium runs none of its scripts (each carries an integrity hash, which a file:// page
     * cannot check): the page says why and what to do, instead of loading for ever or blaming the browser.
     */
    @Test
    void openedFromAFileThePageSaysSo() {
        RIG.driver().get(TestSite.DIR.resolve("build.html").toAbsolutePath().toUri().toString());
        assertEquals("static", RIG.driver().executeScript("return document.documentElement.getAttribute('data-state');"));
        String hint = (String) RIG.driver().executeScript("var p = document.getElementById('loading-file');"
                + " return getComputedStyle(p).display === 'none' ? '' : p.textContent;");
        assertTrue(hint.contains("file://") && hint.contains("scripts/serve"), hint);
        // Served, the hint is gone once the page runs.
        new PageProbe(RIG.driver()).open(RIG.server().origin() + "/build.html");
        assertEquals("none", RIG.driver().executeScript(
                "return getComputedStyle(document.getElementById('loading-file')).display;"));
    }

    /** The PDF Chromium prints, as ISO-8859-1 text (its objects are plain; only page contents are compressed). */
    private static String printed() {
        Object data = RIG.driver().executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true,
                "printBackground", false)).get("data");
        return new String(java.util.Base64.getDecoder().decode((String) data), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** How many pages the PDF has: its page objects ("/Type /Page", not "/Pages"). */
    private static int pages(String pdf) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(pdf);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The first page's MediaBox, in points: [x0, y0, x1, y1]. */
    private static double[] mediaBox(String pdf) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "/MediaBox\\s*\\[\\s*([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)").matcher(pdf);
        assertTrue(m.find(), "the PDF has a MediaBox");
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
            Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
    }

    /**
     * Printed to PDF (issue 19), the poster is one page of the printer's size (A4 here) and the wallet card one
     * page of 85 × 55 mm, with the longest contacts an advocate can give.
     */
    @Test
    void thePosterAndTheCardEachPrintOnOnePage() {
        new PageProbe(RIG.driver()).open(RIG.server().origin() + "/build.html");
        String link = fillLongest();
        assertTrue(link.contains("#q2"), "a link with five contacts: " + link);
        String poster = printed();
        assertEquals(1, pages(poster), "the poster prints on one page");
        RIG.driver().findElement(By.id("print-card")).click();
        String card = printed();
        assertEquals(1, pages(card), "the card prints on one page");
        double[] box = mediaBox(card);
        // 85 × 55 mm in points (72 per inch).
        assertEquals(85 / 25.4 * 72, box[2] - box[0], 2.0, "the card's width");
        assertEquals(55 / 25.4 * 72, box[3] - box[1], 2.0, "the card's height");
    }

    /**
     * The QR code on the poster and on the wallet card scans as the link (issue 19), read by a QR reader (ZXing)
     * from Chromium's own rendering at 300 dots per inch, with print media, for the longest link an advocate can
     * make (five contacts, every field): the card's 22 mm code must still carry it.
     */
    @Test
    void theQrCodeOnThePosterAndTheCardScansAsTheLink() throws Exception {
        new PageProbe(RIG.driver()).open(RIG.server().origin() + "/build.html");
        String link = fillLongest();
        assertTrue(link.length() > 600, "the longest kind of link: " + link.length() + " characters");
        assertEquals(link, scannedQr(), "the poster's code");
        RIG.driver().findElement(By.id("print-card")).click();
        assertEquals(link, scannedQr(), "the wallet card's code");
    }

    /**
     * Fills the form with the longest link an advocate can make: a long organisation name, a message, and five
     * contacts with every way to reach them. Returns the link.
     */
    private static String fillLongest() {
        StringBuilder set = new StringBuilder("function set(id, v) { var e = document.getElementById(id); e.value = v;"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); }"
                + " set('f-organisation', 'Riverside Women\\'s Aid and Family Support Service');"
                + " set('f-message', 'Call us when you can. We will not call you first.');"
                + " document.getElementById('more-contacts').open = true;");
        for (int c = 1; c <= 5; c++) {
            set.append(" set('f-c").append(c).append("-label', 'Advocate number ").append(c).append(" (out of hours)');")
                    .append(" set('f-c").append(c).append("-phone', '+44 20 7946 000").append(c).append("');")
                    .append(" set('f-c").append(c).append("-sms', '+44 7700 900 00").append(c).append("');")
                    .append(" set('f-c").append(c).append("-web', 'https://help.example.org/advocate/").append(c)
                    .append("');")
                    .append(" set('f-c").append(c).append("-hours', 'Mon\u2013Fri 9:00\u201317:00');");
        }
        RIG.driver().executeScript(set.toString());
        return (String) RIG.driver().executeScript("return document.getElementById('link').value;");
    }

    /** The printed QR code as ZXing reads it from a 300 dpi rendering of it with print media. */
    private static String scannedQr() throws Exception {
        double scale = 300 / 96.0;
        RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        RIG.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1200, "height", 1600,
                "deviceScaleFactor", scale, "mobile", false));
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) RIG.driver().executeScript("var r = document"
                    + ".querySelector('#qr > svg').getBoundingClientRect(); return {x: r.left + scrollX, y: r.top"
                    + " + scrollY, w: r.width, h: r.height};");
            Map<String, Object> clip = Map.of("x", num(box, "x"), "y", num(box, "y"), "width", num(box, "w"),
                    "height", num(box, "h"), "scale", 1);
            String png = (String) RIG.driver().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "clip", clip, "captureBeyondViewport", true)).get("data");
            java.awt.image.BufferedImage code = javax.imageio.ImageIO.read(
                    new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(png)));
            assertTrue(code.getWidth() >= num(box, "w") * scale - 1, "rendered at 300 dpi: " + code.getWidth() + " px");
            // The code alone, on white, as a camera sees it on paper: whatever is printed beside it stays out.
            int border = code.getWidth() / 8;
            int w = code.getWidth() + 2 * border;
            int h = code.getHeight() + 2 * border;
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(code, border, border, null);
            g.dispose();
            com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(w, h,
                            image.getRGB(0, 0, w, h, null, 0, w))));
            return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                    Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } finally {
            RIG.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            RIG.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private static double num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    /** The test button opens the link itself in a new tab, with no opener and no referrer. */
    @Test
    void theTestButtonOpensTheLinkInANewTab() {
        new PageProbe(RIG.driver()).open(RIG.server().origin() + "/build.html");
        String builder = RIG.driver().getWindowHandle();
        RIG.driver().executeScript("function set(id, v) { var e = document.getElementById(id); e.value = v;"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); }"
                + " set('f-organisation', 'Harbour'); set('f-c1-label', 'Sam'); set('f-c1-phone', '12');");
        assertEquals(List.of(true, ""), RIG.driver().executeScript("var a = document.getElementById('try-link');"
                + " return [a.hidden, a.getAttribute('href') || ''];"), "no link while a box has a problem");
        RIG.driver().executeScript("var e = document.getElementById('f-c1-phone'); e.value = '0808 2000 247';"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));");
        String link = (String) RIG.driver().executeScript("return document.getElementById('link').value;");
        assertEquals(List.of(link, "_blank", "noopener noreferrer"), RIG.driver().executeScript(
                "var a = document.getElementById('try-link'); return [a.href, a.target, a.rel];"));
        RIG.driver().findElement(By.id("try-link")).click();
        try {
            String tab = Wait.until("the link's new tab", Duration.ofSeconds(5), () -> RIG.driver().getWindowHandles()
                    .stream().filter(handle -> !handle.equals(builder)).findFirst().orElse(null));
            RIG.driver().switchTo().window(tab);
            PageProbe person = new PageProbe(RIG.driver()).awaitSettled();
            assertEquals("ready", person.state());
            assertEquals("applied", person.root("data-preset"), "the link's settings reach the person's page");
            // The page takes the settings out of the address once read; they show on the page.
            assertEquals("Harbour", RIG.driver().executeScript(
                    "return document.getElementById('preset-org-name').textContent;"));
            assertEquals(link.substring(0, link.indexOf('#')), RIG.driver().getCurrentUrl());
            assertEquals(Boolean.TRUE, RIG.driver().executeScript("return window.opener === null;"));
            RIG.driver().close();
        } finally {
            RIG.driver().switchTo().window(builder);
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
            PageProbe page = new PageProbe(RIG.driver()).open(RIG.server().origin() + "/build.html?tier=" + tier);
            assertEquals(tier, page.tier());
            assertEquals(Boolean.TRUE, RIG.driver().executeScript("return !!navigator.clipboard;"), tier);
            RIG.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", RIG.server().origin(),
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            RIG.driver().executeScript("window.__copies = []; var w = navigator.clipboard.writeText.bind("
                    + "navigator.clipboard); navigator.clipboard.writeText = function (t) {"
                    + " window.__copies.push(t); return w(t); };");
            RIG.driver().findElement(By.id("copy")).click();
            String status = Wait.until("the copy status", Duration.ofSeconds(5), () -> (String) RIG.driver().executeScript(
                    "var t = document.getElementById('copy-status').textContent; return t === '' ? null : t;"));
            String link = (String) RIG.driver().executeScript("return document.getElementById('link').value;");
            assertEquals(List.of(link), RIG.driver().executeScript("return window.__copies;"), tier);
            assertEquals("The link is copied.", status, tier);
            assertEquals(0, page.cspViolations(), tier);
        }
    }

    /** The page's rendered text, line by line, without empty lines. */
    private static List<String> lines() {
        String text = (String) RIG.driver().executeScript("return document.body.innerText;");
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add(line.trim());
            }
        }
        return out;
    }
}
