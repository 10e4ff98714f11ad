package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;

/** axe-core finds no WCAG 2.2 A/AA violation on the page, in both tiers, on every engine. */
class EnginesAccessibilityIT {
    @RegisterExtension
    static final EngineRig RIG = new EngineRig();

    static List<String> engines() {
        return Engines.selected();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theStartPageWithItsFindingsHasNoViolations(String engine) {
        for (String url : List.of("http://quietroom.test/", "http://quietroom.test/?tier=js")) {
            Page page = RIG.engines().page(engine).open(url);
            assertEquals("ready", page.state());
            assertEquals(List.of(), Axe.violations(page.engine()), engine + " " + url);
        }
    }
}
