package org.quietroom.it;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
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
    private SiteServer server;
    private EngineSession engines;

    /** The built site with the production headers. */
    EngineRig() {
        this(TestSite::production);
    }

    EngineRig(Supplier<SiteServer> site) {
        this.site = site;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = site.get();
        engines = new EngineSession(name -> Engine.Options.defaults().withProxy(server.port()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (engines != null) {
                engines.close();
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

    EngineSession engines() {
        return engines;
    }
}
