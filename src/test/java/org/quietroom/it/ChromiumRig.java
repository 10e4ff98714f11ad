package org.quietroom.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.quietroom.build.SiteServer;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.Engines;

/**
 * One test site on 127.0.0.1 and one Chromium for a whole test class: the Chromium-only counterpart of
 * {@link EngineRig}, for what needs Chromium itself (DevTools commands, its accessibility tree, download prefs).
 * {@code @RegisterExtension static final ChromiumRig RIG = ChromiumRig.site(TestSite::production).flags(...);}
 * The site starts, then the browser; both stop after the class. Each rig is a value: {@link #flags},
 * {@link #options} and {@link #proxied} return a new one.
 */
final class ChromiumRig implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<SiteServer> site;
    private final boolean proxied;
    private final List<String> flags;
    private final Consumer<ChromeOptions> options;
    private SiteServer server;
    private ChromeDriver driver;
    private Engine engine;

    private ChromiumRig(Supplier<SiteServer> site, boolean proxied, List<String> flags,
            Consumer<ChromeOptions> options) {
        this.site = site;
        this.proxied = proxied;
        this.flags = flags;
        this.options = options;
    }

    /** A rig whose site is started by {@code site} before the browser. */
    static ChromiumRig site(Supplier<SiteServer> site) {
        return new ChromiumRig(site, false, List.of(), o -> { });
    }

    /** A browser only: the class serves its own pages. */
    static ChromiumRig browserOnly() {
        return new ChromiumRig(null, false, List.of(), o -> { });
    }

    /** The same rig with more command-line flags for Chromium. */
    ChromiumRig flags(String... more) {
        List<String> all = new ArrayList<>(flags);
        all.addAll(Arrays.asList(more));
        return new ChromiumRig(site, proxied, List.copyOf(all), options);
    }

    /** The same rig, with {@code customize} adjusting Chromium's options (prefs, logging, load strategy). */
    ChromiumRig options(Consumer<ChromeOptions> customize) {
        return new ChromiumRig(site, proxied, flags, options.andThen(customize));
    }

    /**
     * The same rig with the site as Chromium's proxy for every host but loopback: pages open as
     * {@code http://quietroom.test/}, a name that is not this computer's, as on a real host.
     */
    ChromiumRig proxied() {
        return new ChromiumRig(site, true, flags, options);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        List<String> args = new ArrayList<>(flags);
        if (site != null) {
            server = site.get();
            if (proxied) {
                args.add("--proxy-server=http://127.0.0.1:" + server.port());
                args.add("--proxy-bypass-list=<-loopback>");
            }
        }
        driver = Chromium.start(options, args.toArray(new String[0]));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    SiteServer server() {
        return server;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The engine layer's scenario API ({@link org.quietroom.it.engine.Page}) over this rig's browser. */
    Engine engine() {
        if (engine == null) {
            engine = Engines.chromium(driver);
        }
        return engine;
    }
}
