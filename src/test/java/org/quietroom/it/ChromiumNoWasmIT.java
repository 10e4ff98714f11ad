package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * With the JIT and so WebAssembly switched off (V8 jitless mode: as Lockdown Mode or an enterprise policy does), the
 * page runs the JavaScript build, and the quick exit works.
 */
class ChromiumNoWasmIT {
    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.site(() -> ExitSite.start(ExitSite.builder()))
            .flags("--js-flags=--jitless", ExitSite.LOOPBACK_ONLY);

    @Test
    void fallsBackToTheJavaScriptBuild() {
        PageProbe page = new PageProbe(RIG.driver()).open(RIG.server().origin() + "/");
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
        long history = ExitSite.arrive(RIG.driver(), RIG.server(), "/");
        assertEquals("js", new PageProbe(RIG.driver()).tier());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) RIG.driver()).executeScript(
                "return typeof WebAssembly === 'undefined'"), "jitless: no WebAssembly at all");
        ExitSite.shift(RIG.driver(), 3);
        ExitSite.assertLeftWithoutTrace(RIG.driver(), history);
    }
}
