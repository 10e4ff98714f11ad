package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.it.ExitSite.arrive;
import static org.quietroom.it.ExitSite.assertLeftWithoutTrace;
import static org.quietroom.it.ExitSite.historyLength;
import static org.quietroom.it.ExitSite.js;
import static org.quietroom.it.ExitSite.shift;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.Point;
import org.openqa.selenium.WebDriver;
import org.quietroom.build.SiteServer;

/**
 * The quick exit does not depend on Java, in Chromium: it works while the build is still arriving, and while a
 * long task blocks the main thread. The browser returns at DOMContentLoaded (chromedriver's eager page loads), so
 * a test can act while a build is still on its way; the long-task test sends its input through the DevTools
 * protocol ({@link RawInput}), so that it queues behind the long task as a person's would, which WebDriver actions
 * (they wait for the page) cannot do: both stay Chromium-only. A missing or broken build runs on every engine in
 * {@link EnginesQuickExitIT#theExitWorksWhenABuildFails}.
 */
class QuickExitUnderFailureIT {
    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.browserOnly()
            .options(options -> options.setPageLoadStrategy(PageLoadStrategy.EAGER)).flags(ExitSite.LOOPBACK_ONLY);

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String SCRIPT = "text/javascript; charset=utf-8";

    private static void leave(WebDriver driver, String way) {
        if ("shift".equals(way)) {
            shift(driver, 3);
        } else {
            driver.findElement(By.id("exit")).click();
        }
    }

    /** The WasmGC build takes 20 s to arrive; the exit does not wait for it. */
    @ParameterizedTest
    @ValueSource(strings = {"shift", "button"})
    void theExitWorksWhileTheBuildIsStillArriving(String way) {
        try (SiteServer server = ExitSite.start(ExitSite.builder().delay("/wasm/app.js", 20_000))) {
            RIG.driver().get(server.origin() + ExitSite.START);
            RIG.driver().get(server.origin() + "/");
            PageProbe page = new PageProbe(RIG.driver());
            assertEquals("loading", page.state(), "the build has not arrived");
            assertEquals("wasm", page.tier());
            long history = historyLength(RIG.driver());
            leave(RIG.driver(), way);
            assertLeftWithoutTrace(RIG.driver(), history);
        }
    }

    /**
     * A same-origin test script ({@code /test-busy.js}, added to the page by the test server) blocks the main thread
     * for 3 s in the click handler of the interruption's heading, and records in {@code window.name} (which
     * survives a same-origin navigation) when the block ran, when the exit input was made (its event timestamp)
     * and when the page handled it. The test clicks the heading and, at once, the exit button or Shift three
     * times, all sent as a person's input would be ({@link RawInput}): the exit input waits behind the long task,
     * and the exit must run when it ends.
     */
    @ParameterizedTest
    @ValueSource(strings = {"button", "shift"})
    void theExitRunsWhenALongTaskEnds(String way) {
        String busy = "(function () {\n"
                + "  var record = {};\n"
                + "  function save() { window.name = JSON.stringify(record); }\n"
                + "  document.addEventListener('click', function (event) {\n"
                + "    if (event.target.id === 'exit-intro-heading') {\n"
                + "      record.start = Date.now();\n"
                + "      while (Date.now() < record.start + 3000) { }\n"
                + "      record.end = Date.now();\n"
                + "      save();\n"
                + "    }\n"
                + "  });\n"
                + "  function exitInput(event) {\n"
                + "    var onExit = event.type === 'keydown' || document.getElementById('exit').contains(event.target);\n"
                + "    if (onExit && !record.inputAt) {\n"
                + "      record.inputAt = performance.timeOrigin + event.timeStamp;\n"
                + "      record.handledAt = Date.now();\n"
                + "      save();\n"
                + "    }\n"
                + "  }\n"
                + "  window.addEventListener('click', exitInput, true);\n"
                + "  window.addEventListener('keydown', exitInput, true);\n"
                + "}());\n";
        UnaryOperator<String> addScript = ExitSite.beforeEnd("head", "<script src=\"/test-busy.js\"></script>");
        try (SiteServer server = ExitSite.start(ExitSite.builder(ExitSite.NEUTRAL, addScript)
                .override("/test-busy.js", 200, SCRIPT, busy.getBytes(StandardCharsets.UTF_8)))) {
            long history = arrive(RIG.driver(), server, "/");
            assertEquals("ready", new PageProbe(RIG.driver()).state());
            js(RIG.driver()).executeScript("window.name = ''");
            Point heading = center("exit-intro-heading");
            Point exit = center("exit");
            try (RawInput input = RawInput.connect(RIG.driver())) {
                input.click(heading.x, heading.y);
                if ("button".equals(way)) {
                    input.click(exit.x, exit.y);
                } else {
                    input.shift(3);
                }
                ExitSite.awaitPath(RIG.driver(), ExitSite.NEUTRAL);
            }
            @SuppressWarnings("unchecked")
            Map<String, Number> record = (Map<String, Number>) js(RIG.driver()).executeScript(
                    "return JSON.parse(window.name)");
            long end = record.get("end").longValue();
            assertTrue(end - record.get("start").longValue() >= 3000, "the main thread was blocked 3 s: " + record);
            assertTrue(record.get("inputAt").doubleValue() < end, "the exit input came during the block: " + record);
            assertTrue(record.get("handledAt").longValue() >= end, "and was handled after it: " + record);
            assertLeftWithoutTrace(RIG.driver(), history);
        }
    }

    private static Point center(String id) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) js(RIG.driver()).executeScript(
                "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + " return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];", id);
        return new Point(xy.get(0).intValue(), xy.get(1).intValue());
    }
}
