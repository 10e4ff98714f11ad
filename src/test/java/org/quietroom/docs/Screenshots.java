package org.quietroom.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.build.SiteServer;
import org.quietroom.it.Chromium;
import org.quietroom.it.PageProbe;
import org.quietroom.it.SampleLink;
import org.quietroom.it.TestSite;

/**
 * The README's screenshots (issue 15): the first screen a person sees on a phone, 412 × 915 CSS pixels in
 * Chromium's mobile emulation (scale 1), in English and Spanish, opened from the advocate's link the first-screen
 * test measures ({@link SampleLink}), once the page is ready. Written to src/docs/screenshots/first-screen-LANG.png; scripts/screenshots runs this against
 * the built site, served on 127.0.0.1 with the production headers.
 */
public final class Screenshots {
    static final int WIDTH = 412;
    static final int HEIGHT = 915;

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/docs/screenshots");
        Files.createDirectories(out);
        try (SiteServer server = TestSite.production()) {
            ChromeDriver chromium = Chromium.start();
            try {
                chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH,
                        "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
                PageProbe page = new PageProbe(chromium);
                for (String language : List.of("en", "es")) {
                    String file = "en".equals(language) ? "index.html" : "index." + language + ".html";
                    page.open(server.origin() + "/" + file + "#" + SampleLink.twoContacts(language));
                    if (!"ready".equals(page.state())) {
                        throw new IllegalStateException(language + ": the page did not get ready: " + page.state());
                    }
                    Object shot = chromium.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"))
                            .get("data");
                    Path png = out.resolve("first-screen-" + language + ".png");
                    Files.write(png, Base64.getDecoder().decode((String) shot));
                    System.out.println("screenshots: " + png + " (" + WIDTH + " x " + HEIGHT + ", " + language + ")");
                }
            } finally {
                chromium.quit();
            }
        }
    }
}
