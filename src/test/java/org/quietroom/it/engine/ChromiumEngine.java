package org.quietroom.it.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.it.Chromium;

/** Debian's headless Chromium through Debian's chromedriver. */
final class ChromiumEngine extends WebDriverEngine {
    ChromiumEngine(Options options) {
        super(start(options));
    }

    /** An engine over a browser a test started itself (e.g. with the network log on). */
    ChromiumEngine(ChromeDriver driver) {
        super(driver);
    }

    private static ChromeDriver start(Options options) {
        List<String> args = new ArrayList<>();
        if (options.userAgent() != null) {
            args.add("--user-agent=" + options.userAgent());
        }
        if (options.proxyPort() != null) {
            args.add("--proxy-server=http://127.0.0.1:" + options.proxyPort());
            // Chromium never proxies loopback unless told so; the test names are not loopback anyway.
            args.add("--proxy-bypass-list=<-loopback>");
        }
        if (options.extension() != null) {
            args.add("--load-extension=" + options.extension());
            args.add("--disable-extensions-except=" + options.extension());
        }
        if (!options.webAssembly()) {
            // V8's jitless mode has no WebAssembly, as with Safari's Lockdown Mode or an enterprise JIT policy.
            args.add("--js-flags=--jitless");
        }
        ChromeDriver driver = Chromium.start(args.toArray(new String[0]));
        // A download (the locked file) is refused, so no test writes into the user's own downloads folder.
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "deny"));
        if (!options.javaScript()) {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        }
        return driver;
    }

    @Override
    public String name() {
        return "chromium";
    }

    /** A phone: DevTools' device emulation, as the Device Toolbar sets it (mobile, scale 1). */
    @Override
    public List<Long> viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", true));
        // A mobile viewport is only this size once a page with a viewport meta tag is loaded: not measured here.
        return List.of((long) width, (long) height);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
