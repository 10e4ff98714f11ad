package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;

/**
 * The foundation on every engine (Chromium, Firefox ESR, WebKitGTK): both tiers load under the production CSP
 * with zero violations and give the same findings. Every engine is sent through the test server as its HTTP
 * proxy, so any host name reaches 127.0.0.1 and nothing leaves this machine.
 */
class EnginesFoundationIT {
    @RegisterExtension
    static final EngineRig RIG = new EngineRig();

    static List<String> engines() {
        return Engines.selected();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theWasmGcBuildRunsUnderTheProductionPolicy(String engine) {
        Page page = RIG.engines().page(engine).open("http://quietroom.test/");
        assertEquals("ready", page.state(), engine);
        assertEquals("wasm", page.tier(), engine + ": WebAssembly GC validates in all three engines here");
        assertEquals(0, page.cspViolations(), engine);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theJavaScriptBuildGivesTheSameFindings(String engine) {
        Page page = RIG.engines().page(engine);
        Map<String, String> wasm = page.open("http://quietroom.test/").outcomes();
        Map<String, String> js = page.open("http://quietroom.test/?tier=js").outcomes();
        assertEquals("js", page.tier(), engine);
        assertEquals(0, page.cspViolations(), engine);
        assertEquals(wasm, js, engine);
        assertTrue(js.size() >= 3, engine);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void plainHttpToAnotherHostIsNotEncryptedAndWebDriverIsReported(String engine) {
        Map<String, String> outcomes = RIG.engines().page(engine).open("http://quietroom.test/").outcomes();
        assertEquals("risk", outcomes.get("connection"), engine);
        // Every engine sets navigator.webdriver while a WebDriver (classic or BiDi) session drives it.
        assertEquals("risk", outcomes.get("automation"), engine);
        assertEquals("ok", outcomes.get("framing"), engine);
    }
}
