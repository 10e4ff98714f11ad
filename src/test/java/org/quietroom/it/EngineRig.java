package org.quietroom.it;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.quietroom.build.SiteServer;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.EngineSession;

/**
 * One test site on 127.0.0.1 and one browser per engine, proxied through it, for a whole test class:
 * {@code @RegisterExtension static final EngineRig RIG = new EngineRig();}. Browsers start on first use and
 * everything stops after the class.
 */
final class EngineRig implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<SiteServer> site;
    private final Path extension;
    private SiteServer server;
    private HostRouter router;
    private EngineSession engines;

    /** The built site with the production headers. */
    EngineRig() {
        this(TestSite::production);
    }

    EngineRig(Supplier<SiteServer> site) {
        this(site, null);
    }

    private EngineRig(Supplier<SiteServer> site, Path extension) {
        this.site = site;
        this.extension = extension;
    }

    /**
     * The production site, reached only as {@code quietroom.test} or at {@link SiteServer#origin()} (a router
     * refuses every other host, such as an extension's update checks), with one test extension in every browser.
     */
    static EngineRig withExtension(Path extension) {
        return new EngineRig(TestSite::production, extension);
    }

    /** Each engine with each tier's page path: the WasmGC tier ("/") and the JavaScript tier ("/?tier=js"). */
    static List<Arguments> tiers(List<String> engines) {
        return engines.stream()
                .flatMap(e -> List.of(Arguments.of(e, "/"), Arguments.of(e, "/?tier=js")).stream())
                .toList();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = site.get();
        if (extension == null) {
            int port = server.port();
            engines = new EngineSession(name -> Engine.Options.defaults().withProxy(port));
        } else {
            // 127.0.0.1 as well: a secure context, where the page offers the locked file.
            router = new HostRouter(Map.of("quietroom.test", server, "127.0.0.1", server));
            int port = router.port();
            engines = new EngineSession(name -> Engine.Options.defaults().withProxy(port).withExtension(extension));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        for (AutoCloseable c : new AutoCloseable[] {engines, router, server}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    // keep closing the others
                }
            }
        }
    }

    SiteServer server() {
        return server;
    }

    EngineSession engines() {
        return engines;
    }
}
