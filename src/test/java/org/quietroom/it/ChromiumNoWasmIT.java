package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.build.SiteServer;

/**
 * With the JIT and so WebAssembly switched off (V8 jitless mode: as Lockdown Mode or an enterprise policy does), the
 * page runs the JavaScript build, and the quick exit works.
 */
class ChromiumNoWasmIT {
    private static SiteServer server;
    private static SiteServer exitServer;
    private static ChromeDriver chromium;

    @BeforeAll
    static void start() {
        server = TestSite.production();
        exitServer = ExitSite.start(ExitSite.builder());
        chromium = Chromium.start("--js-flags=--jitless", ExitSite.LOOPBACK_ONLY);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.quit();
        }
        if (server != null) {
            server.close();
        }
        if (exitServer != null) {
            exitServer.close();
        }
    }

    @Test
    void fallsBackToTheJavaScriptBuild() {
        PageProbe page = new PageProbe(chromium).open(server.origin() + "/");
        assertEquals("js", page.tier());
        assertEquals("ready", page.state());
        assertEquals(0, page.cspViolations());
        assertEquals(ChromiumFoundationIT.REGISTRY_ORDER.size(), page.findings().size());
        // WebAssembly is gone, as under Lockdown Mode: a kind, positive cue.
        assertEquals("no-webassembly", page.reason("hardened-browser"));
        assertEquals("ok", page.outcomes().get("hardened-browser"));
    }

    @Test
    void theQuickExitWorksWithoutWebAssembly() {
        long history = ExitSite.arrive(chromium, exitServer, "/");
        assertEquals("js", new PageProbe(chromium).tier());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) chromium).executeScript(
                "return typeof WebAssembly === 'undefined'"), "jitless: no WebAssembly at all");
        ExitSite.shift(chromium, 3);
        ExitSite.assertLeftWithoutTrace(chromium, history);
    }
}
