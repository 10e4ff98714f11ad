package org.quietroom.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.build.SiteServer;
import org.quietroom.it.Chromium;
import org.quietroom.it.PageProbe;
import org.quietroom.it.TestSite;

/**
 * scripts/bench: serves the built site on 127.0.0.1 with the production headers and measures, in headless
 * Chromium, the WasmGC and JS tiers side by side (alternating, several runs each), unthrottled and with 4x CPU
 * throttling plus a slow-4G network profile. Writes target/bench/bench.json and bench.md and prints the table.
 */
public final class Bench {
    /**
     * Records, in the page's own clock, when the things we time first appear. Injected before any page script.
     * Once the findings are shown it also answers every question the page asks, as fast as a script can (the first
     * option of each, then Continue), in page tasks of its own: how long each plan update takes from the click on
     * an option to the page's {@code performance.mark("quietroom-plan")} after it, and when the plan after the last
     * answer was shown (that mark's time since navigation start).
     */
    static final String MARKS = "(function () {"
            + "var t = {}; window.__quietroomBench = t;"
            + "function planMarks() { return performance.getEntriesByName('quietroom-plan'); }"
            + "function answer(tries) {"
            + "  var form = document.querySelector('#question-form fieldset[data-question]');"
            + "  if (!form && !document.getElementById('questions-done')) {"
            + "    if (tries < 200) { setTimeout(function () { answer(tries + 1); }, 10); } else { t.answered = true; }"
            + "    return;"
            + "  }"
            + "  var updates = [];"
            + "  for (var guard = 0; guard < 20 && !document.getElementById('questions-done'); guard++) {"
            + "    var q = document.querySelector('#question-form fieldset[data-question]');"
            + "    var option = q && q.querySelector('input');"
            + "    if (option) {"
            + "      var before = planMarks().length; var start = performance.now(); option.click();"
            + "      var marks = planMarks();"
            + "      if (marks.length > before) { updates.push(marks[marks.length - 1].startTime - start); }"
            + "    }"
            + "    var next = document.querySelector(\"#question-form [data-action='next']\");"
            + "    if (!next) { break; }"
            + "    next.click();"
            + "  }"
            + "  var main = performance.getEntriesByName('quietroom-main');"
            + "  var ready = performance.getEntriesByName('quietroom-ready');"
            + "  if (main.length > 0 && ready.length > 0) { t.main = ready[0].startTime - main[0].startTime; }"
            + "  var scan = performance.getEntriesByName('quietroom-scan');"
            + "  var scanned = performance.getEntriesByName('quietroom-scanned');"
            + "  if (scan.length > 0 && scanned.length > 0) { t.scan = scanned[0].startTime - scan[0].startTime; }"
            + "  var all = planMarks();"
            + "  if (updates.length > 0 && all.length > 0) { t.planAfterAnswers = all[all.length - 1].startTime; }"
            + "  t.planUpdates = updates; t.answered = true;"
            + "}"
            + "function look() {"
            + "  var now = performance.now();"
            + "  if (t.exit === undefined && document.getElementById('exit')) { t.exit = now; }"
            + "  if (t.firstFinding === undefined && document.querySelector('#findings li[data-check]')) { t.firstFinding = now; }"
            // All findings are in the page when main has set its mark; they show in the next frame.
            + "  if (t.findingsIn === undefined && performance.getEntriesByName('quietroom-findings').length > 0) {"
            + "    t.findingsIn = now; requestAnimationFrame(function () { t.findings = performance.now(); });"
            + "  }"
            + "  var root = document.documentElement;"
            + "  if (t.ready === undefined && root && root.getAttribute('data-state') === 'ready') {"
            + "    t.ready = now; setTimeout(function () { answer(0); }, 0);"
            + "  }"
            + "}"
            + "new MutationObserver(look).observe(document, {subtree: true, childList: true, attributes: true});"
            + "})();";

    private static final List<String> TIMINGS = List.of("exit", "firstFinding", "findings", "ready", "scan", "main",
            "planAfterAnswers", "planUpdate", "lookup");
    private static final Map<String, String> LABELS = Map.of(
            "exit", "navigation → quick exit usable",
            "firstFinding", "navigation → first finding rendered",
            "findings", "navigation → all findings rendered (the first frame after main put them in the page)",
            "ready", "navigation → page ready (then the helplines, questions and plan are in place too)",
            "scan", "boot.js's first look at the page, when parsing ends (marks quietroom-scan → -scanned)",
            "main", "main: the tier's entry point, from its start to the page ready (marks quietroom-main → -ready)",
            "planAfterAnswers", "navigation → plan shown after the last answer (every question answered at once)",
            "planUpdate", "plan update after an answer (click → plan rebuilt and marked)",
            "lookup", "app lookup (apps.html): input event → results in the page and laid out");

    /**
     * Typed names for the app lookup, each set as the field's value and announced with an input event (what a key
     * press does); the time is from the event to the results being in the page and laid out (offsetHeight), since
     * the page's handler runs inside dispatchEvent. A stalkerware name, another name, a package, a derived
     * pattern, a watchware app, a suggestive name, no match, and input at the field's 200-character limit.
     */
    private static final String LOOKUP = "var q = document.getElementById('app-query');"
            + " var box = document.getElementById('app-results');"
            + " var names = ['TheTruthSpy', 'copy 9', 'com.systemservice', 'com.android.internet.a20240101',"
            + " 'Life360', 'Hidden Spy Recorder', 'Calculator', new Array(41).join('spy.x')];"
            + " var out = [];"
            + " for (var i = 0; i < names.length; i++) {"
            + "   q.value = names[i]; var t0 = performance.now();"
            + "   q.dispatchEvent(new Event('input', {bubbles: true}));"
            + "   var h = box.offsetHeight; var n = box.querySelectorAll('[data-app-result]').length;"
            + "   if (!n || h < 0) { return null; }"
            + "   out.push(performance.now() - t0);"
            + " }"
            + " return out;";

    /** Every file the page fetched: "path start→end" in ms since navigation start, in order of start. */
    private static final String WATERFALL = "return performance.getEntriesByType('resource')"
            + ".slice().sort(function (a, b) { return a.startTime - b.startTime; })"
            + ".map(function (e) { return e.name.replace(location.origin, '') + ' ' + Math.round(e.startTime)"
            + " + '\u2192' + Math.round(e.responseEnd); });";

    private Bench() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", machine());
        report.put("runs", runs);
        report.put("sizes", sizes());
        // The floor (issue 20): a blank page from the same kind of server, measured in the same run and profile.
        Path floorDir = Files.createTempDirectory("quietroom-floor-");
        Files.writeString(floorDir.resolve("index.html"), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>floor</title></head><body><p>floor</p></body></html>\n");
        try (SiteServer server = TestSite.production(); SiteServer floor = SiteServer.builder(floorDir).start()) {
            ChromeDriver chromium = Chromium.start();
            try {
                chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", MARKS));
                chromium.executeCdpCommand("Network.enable", Map.of());
                report.put("unthrottled", measure(chromium, server, runs));
                ((Map<String, Object>) report.get("unthrottled")).put("floor.dcl", floor(chromium, floor, runs));
                chromium.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
                chromium.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                        "latency", 150, "downloadThroughput", 200_000, "uploadThroughput", 93_750));
                report.put("throttled", measure(chromium, server, runs));
                ((Map<String, Object>) report.get("throttled")).put("floor.dcl", floor(chromium, floor, runs));
                // DevTools' own "Slow 4G" preset (Chromium 156's values), beside the bench's profile; CPU still 4x.
                chromium.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                        "latency", 562.5, "downloadThroughput", 180_000, "uploadThroughput", 84_375));
                report.put("slow4g", measure(chromium, server, runs));
                ((Map<String, Object>) report.get("slow4g")).put("floor.dcl", floor(chromium, floor, runs));
            } finally {
                chromium.quit();
            }
        }
        String json = Json.write(report);
        Files.writeString(out.resolve("bench.json"), json, StandardCharsets.UTF_8);
        String md = markdown(report);
        Files.writeString(out.resolve("bench.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(ChromeDriver chromium, SiteServer server, int runs) {
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        Map<String, Object> waterfalls = new LinkedHashMap<>();
        List<Double> heap = new ArrayList<>();
        PageProbe page = new PageProbe(chromium);
        for (int i = 0; i < runs; i++) {
            for (String tier : List.of("wasm", "js")) {
                chromium.get("about:blank");
                page.open(server.origin() + (tier.equals("js") ? "/?tier=js" : "/"));
                if (!tier.equals(page.tier()) || !"ready".equals(page.state())) {
                    throw new IllegalStateException("run " + i + ": expected a ready " + tier + " page, got "
                            + page.tier() + "/" + page.state());
                }
                if (i == 0) {
                    // The waterfall (issue 20): when each file was asked for and when it had arrived, so the
                    // round trips the page waits through can be seen.
                    waterfalls.put(tier + ".waterfall", chromium.executeScript(WATERFALL));
                }
                Map<String, Object> marks = awaitAnswered(chromium, i, tier);
                for (String name : TIMINGS) {
                    Object v = marks.get(name);
                    if (v instanceof Number n) {
                        samples.computeIfAbsent(tier + "." + name, k -> new ArrayList<>()).add(n.doubleValue());
                    }
                }
                if (!(marks.get("planAfterAnswers") instanceof Number)) {
                    throw new IllegalStateException("run " + i + ", " + tier + ": no plan after answering: " + marks);
                }
                for (Object update : (List<Object>) marks.get("planUpdates")) {
                    samples.computeIfAbsent(tier + ".planUpdate", k -> new ArrayList<>())
                            .add(((Number) update).doubleValue());
                }
                Object used = chromium.executeScript(
                        "return performance.memory ? performance.memory.usedJSHeapSize : null;");
                if (used instanceof Number n && tier.equals("wasm")) {
                    heap.add(n.doubleValue());
                } else if (used instanceof Number n) {
                    samples.computeIfAbsent("js.heap", k -> new ArrayList<>()).add(n.doubleValue());
                }
                page.open(server.origin() + (tier.equals("js") ? "/apps.html?tier=js" : "/apps.html"));
                if (!tier.equals(page.tier()) || !"ready".equals(page.state())) {
                    throw new IllegalStateException("run " + i + ": expected a ready " + tier + " lookup page, got "
                            + page.tier() + "/" + page.state());
                }
                Object lookups = chromium.executeScript(LOOKUP);
                if (!(lookups instanceof List<?> times)) {
                    throw new IllegalStateException("run " + i + ", " + tier + ": a lookup showed no result");
                }
                for (Object t : times) {
                    samples.computeIfAbsent(tier + ".lookup", k -> new ArrayList<>()).add(((Number) t).doubleValue());
                }
            }
        }
        samples.put("wasm.heap", heap);
        Map<String, Object> stats = new LinkedHashMap<>();
        samples.forEach((k, v) -> stats.put(k, stats(v)));
        stats.putAll(waterfalls);
        return stats;
    }

    /** A blank page's DOMContentLoaded (ms since navigation start), {@code runs} times: the floor of this profile. */
    private static Map<String, Double> floor(ChromeDriver chromium, SiteServer floor, int runs) {
        List<Double> dcl = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            chromium.get("about:blank");
            chromium.get(floor.origin() + "/");
            Object v = chromium.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                    + " return n ? n.domContentLoadedEventEnd : null;");
            if (v instanceof Number n) {
                dcl.add(n.doubleValue());
            }
        }
        return stats(dcl);
    }

    /** The page's marks once the injected script has answered the questions (or given up waiting for them). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> awaitAnswered(ChromeDriver chromium, int run, String tier) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Map<String, Object> marks = (Map<String, Object>) chromium.executeScript("return window.__quietroomBench;");
            if (Boolean.TRUE.equals(marks.get("answered"))) {
                return marks;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("run " + run + ", " + tier + ": the questions were not answered in 60 s");
    }

    private static Map<String, Double> stats(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        Map<String, Double> s = new LinkedHashMap<>();
        if (sorted.isEmpty()) {
            return s;
        }
        int n = sorted.size();
        s.put("median", n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
        s.put("min", sorted.get(0));
        s.put("max", sorted.get(n - 1));
        return s;
    }

    private static Map<String, Object> sizes() throws IOException {
        Map<String, Object> sizes = new LinkedHashMap<>();
        List<String> files = new ArrayList<>(List.of("index.html", "site.css", "favicon.svg", "boot.js", "exit.js"));
        // Every catalog the page loads: its own, and the other languages' (boot.js loads them later, for changing
        // language in place).
        String page = Files.readString(TestSite.DIR.resolve("index.html"));
        for (int at = page.indexOf("src=\"messages."); at >= 0; at = page.indexOf("src=\"messages.", at + 1)) {
            files.add(page.substring(at + 5, page.indexOf('"', at + 5)));
        }
        files.addAll(List.of("wasm/app.js", "js/app.js"));
        int later = page.indexOf("<template id=\"later-catalogs\">");
        for (String f : files) {
            int at = page.indexOf("src=\"" + f + "\"", later);
            boolean after = later >= 0 && at >= 0 && at < page.indexOf("</template>", later);
            Path p = TestSite.DIR.resolve(f);
            if (!Files.exists(p)) {
                continue;
            }
            Map<String, Long> s = new LinkedHashMap<>();
            s.put("raw", Files.size(p));
            s.put("gzip", sent(p, ".gz"));
            s.put("brotli", sent(p, ".br"));
            if (after) {
                // Another language's catalog: loaded after, not needed for the findings (issue 20 counts it apart).
                s.put("after", 1L);
            }
            sizes.put(f, s);
        }
        return sizes;
    }

    /**
     * The bytes a host sends for a file in a coding: the build's compressed copy ({@code .gz}: jzlib level 9,
     * {@code .br}: brotli quality 11), or the file itself where the build wrote none (it would not be smaller).
     */
    private static long sent(Path file, String suffix) throws IOException {
        Path copy = file.resolveSibling(file.getFileName() + suffix);
        return Files.size(Files.isRegularFile(copy) ? copy : file);
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() / (1024 * 1024)) + " MB JVM heap max, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Chromium "
                + chromiumVersion();
    }

    private static String chromiumVersion() {
        try {
            Process p = new ProcessBuilder(Chromium.BINARY, "--version").start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return v.replace("Chromium ", "");
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> report) {
        StringBuilder sb = new StringBuilder();
        sb.append("Machine: ").append(report.get("machine")).append("; ").append(report.get("runs"))
                .append(" runs per tier, alternating.\n\n");
        sb.append("| file | raw | gzip | brotli |\n|---|---:|---:|---:|\n");
        Map<String, Map<String, Long>> sizes = (Map<String, Map<String, Long>>) report.get("sizes");
        long[] wasmTotal = new long[3];
        long[] jsTotal = new long[3];
        long[] later = new long[3];
        sizes.forEach((f, s) -> {
            if (s.containsKey("after")) {
                later[0] += s.get("raw");
                later[1] += s.get("gzip");
                later[2] += s.get("brotli");
            }
            sb.append("| ").append(f).append(" | ").append(s.get("raw")).append(" | ").append(s.get("gzip"))
                    .append(" | ").append(s.get("brotli")).append(" |\n");
            long[][] totals = f.equals("wasm/app.js") ? new long[][] {wasmTotal} : f.equals("js/app.js")
                    ? new long[][] {jsTotal} : new long[][] {wasmTotal, jsTotal};
            for (long[] t : totals) {
                t[0] += s.get("raw");
                t[1] += s.get("gzip");
                t[2] += s.get("brotli");
            }
        });
        sb.append("| **first load, WasmGC tier** | ").append(wasmTotal[0]).append(" | ").append(wasmTotal[1])
                .append(" | ").append(wasmTotal[2]).append(" |\n");
        sb.append("| **first load, JS tier** | ").append(jsTotal[0]).append(" | ").append(jsTotal[1])
                .append(" | ").append(jsTotal[2]).append(" |\n");
        sb.append("| the other language's catalog, loaded after | ").append(later[0]).append(" | ")
                .append(later[1]).append(" | ").append(later[2]).append(" |\n");
        sb.append("| **before all findings, WasmGC tier** (goal 61,440 brotli) | ").append(wasmTotal[0] - later[0])
                .append(" | ").append(wasmTotal[1] - later[1]).append(" | ").append(wasmTotal[2] - later[2]).append(" |\n");
        sb.append("| **before all findings, JS tier** (goal 61,440 brotli) | ").append(jsTotal[0] - later[0])
                .append(" | ").append(jsTotal[1] - later[1]).append(" | ").append(jsTotal[2] - later[2]).append(" |\n\n");
        for (String condition : List.of("unthrottled", "throttled", "slow4g")) {
            sb.append(condition.equals("unthrottled") ? "Unthrottled, localhost (ms, median [min–max]):\n\n"
                    : condition.equals("throttled")
                    ? "4x CPU throttling, slow 4G (150 ms RTT, 1.6 Mbit/s down) (ms, median [min–max]):\n\n"
                    : "4x CPU throttling, DevTools' Slow 4G preset (562.5 ms RTT, 1.44 Mbit/s down) (ms, median"
                    + " [min–max]):\n\n");
            sb.append("| timing | WasmGC | JS | WasmGC/JS |\n|---|---:|---:|---:|\n");
            Map<String, Map<String, Double>> stats = (Map<String, Map<String, Double>>) report.get(condition);
            for (String name : TIMINGS) {
                Map<String, Double> w = stats.get("wasm." + name);
                Map<String, Double> j = stats.get("js." + name);
                sb.append("| ").append(LABELS.get(name)).append(" | ").append(cell(w)).append(" | ").append(cell(j))
                        .append(" | ").append(w == null || j == null || j.get("median") == 0 ? "–"
                                : String.format(Locale.ROOT, "%.2f", w.get("median") / j.get("median")))
                        .append(" |\n");
            }
            Map<String, Double> wh = stats.get("wasm.heap");
            Map<String, Double> jh = stats.get("js.heap");
            sb.append("| JS heap used after the run (MB) | ").append(mb(wh)).append(" | ").append(mb(jh))
                    .append(" | |\n\n");
            Map<String, Double> fl = stats.get("floor.dcl");
            Map<String, Double> wr = stats.get("wasm.findings");
            Map<String, Double> jr = stats.get("js.findings");
            if (fl != null && wr != null && jr != null) {
                sb.append(String.format(Locale.ROOT, "Floor: a blank page's DOMContentLoaded %.0f ms; all findings"
                        + " minus the floor: %.0f (WasmGC) / %.0f (JS) ms.%n%n", fl.get("median"),
                        wr.get("median") - fl.get("median"), jr.get("median") - fl.get("median")));
            }
            for (String tier : List.of("wasm", "js")) {
                Object waterfall = stats.get(tier + ".waterfall");
                if (waterfall instanceof List<?> rows) {
                    sb.append("Waterfall, first run, ").append(tier).append(" (ms since navigation start, asked\u2192"
                            + "arrived): ");
                    for (Object row : rows) {
                        sb.append('`').append(row).append("` ");
                    }
                    sb.append("\n\n");
                }
            }
        }
        return sb.toString();
    }

    private static String cell(Map<String, Double> s) {
        if (s == null || s.isEmpty()) {
            return "–";
        }
        // Plan updates take about a millisecond: one decimal below 10 ms (the page clock's step is 0.1 ms).
        String f = s.get("median") < 10 ? "%.1f [%.1f–%.1f]" : "%.0f [%.0f–%.0f]";
        return String.format(Locale.ROOT, f, s.get("median"), s.get("min"), s.get("max"));
    }

    private static String mb(Map<String, Double> s) {
        if (s == null || s.isEmpty()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f", s.get("median") / (1024 * 1024));
    }
}
