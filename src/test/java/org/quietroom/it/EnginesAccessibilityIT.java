package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.build.SiteServer;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.EngineSession;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;

/** axe-core finds no WCAG 2.2 A/AA violation on the page, in both tiers, on every engine. */
class EnginesAccessibilityIT {
    private static SiteServer server;
    private static EngineSession engines;

    static List<String> engines() {
        return Engines.selected();
    }

    @BeforeAll
    static void start() {
        server = TestSite.production();
        engines = new EngineSession(name -> Engine.Options.defaults().withProxy(server.port()));
    }

    @AfterAll
    static void stop() {
        if (engines != null) {
            engines.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theStartPageWithItsFindingsHasNoViolations(String engine) {
        for (String url : List.of("http://quietroom.test/", "http://quietroom.test/?tier=js")) {
            Page page = engines.page(engine).open(url);
            assertEquals("ready", page.state());
            assertEquals(List.of(), Axe.violations(page.engine()), engine + " " + url);
        }
    }
}
