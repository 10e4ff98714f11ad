package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.quietroom.build.SiteServer;

/**
 * The foundation in real Chromium: both builds run under the production CSP served by the same server code as
 * scripts/serve, with zero violations, and report the same findings.
 */
class ChromiumFoundationIT {
    private static SiteServer server;
    private static ChromeDriver chromium;
    private static PageProbe page;

    @BeforeAll
    static void start() {
        server = TestSite.production();
        // quietroom.test is a name that is not this computer's: mapped to 127.0.0.1 inside the browser only.
        chromium = Chromium.start("--host-resolver-rules=MAP quietroom.test 127.0.0.1");
        page = new PageProbe(chromium);
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

    private static List<String> cspConsoleErrors() {
        return chromium.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Trusted Type")
                        || m.contains("TrustedScript") || m.contains("integrity"))
                .toList();
    }

    @Test
    void theWasmGcBuildRunsUnderTheProductionPolicyWithZeroViolations() {
        cspConsoleErrors();
        page.open(server.origin() + "/");
        assertEquals("ready", page.state());
        assertEquals("wasm", page.tier());
        assertEquals(0, page.cspViolations());
        assertEquals(List.of(), cspConsoleErrors());
        assertEquals(List.of("connection", "framing", "automation"), List.copyOf(page.outcomes().keySet()));
    }

    @Test
    void theJavaScriptBuildGivesTheSameFindings() {
        Map<String, String> wasm = page.open(server.origin() + "/").outcomes();
        assertEquals("wasm", page.tier());
        cspConsoleErrors();
        Map<String, String> js = page.open(server.origin() + "/?tier=js").outcomes();
        assertEquals("js", page.tier());
        assertEquals("ready", page.state());
        assertEquals(0, page.cspViolations());
        assertEquals(List.of(), cspConsoleErrors());
        assertEquals(wasm, js);
    }

    @Test
    void automationIsReportedUnderWebDriver() {
        page.open(server.origin() + "/");
        assertEquals("risk", page.outcomes().get("automation"));
    }

    @Test
    void plainHttpToAnotherHostIsNotEncrypted() {
        page.open("http://quietroom.test:" + server.port() + "/");
        assertEquals("ready", page.state());
        assertEquals("risk", page.outcomes().get("connection"));
        assertTrue(page.finding("connection").getText().contains("quietroom.test"), "names the host");
    }

    @Test
    void localhostIsALocalCopy() {
        page.open("http://localhost:" + server.port() + "/");
        assertEquals("ok", page.outcomes().get("connection"));
        assertEquals("ok", page.outcomes().get("framing"));
    }
}
