package org.quietroom.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quietroom.it.engine.Engine;

/**
 * axe-core (from the npm registry, version pinned in src/test/js/package-lock.json, installed by scripts/test)
 * injected into the page under test. Runs the WCAG 2.0, 2.1 and 2.2 A and AA rules.
 */
public final class Axe {
    static final Path SCRIPT = Path.of("src", "test", "js", "node_modules", "axe-core", "axe.min.js");

    /**
     * Rules switched off, each with its reason. Empty: every WCAG A/AA rule runs.
     */
    static final Map<String, String> DISABLED = Map.of();

    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing: scripts/test installs it (npm ci --prefix src/test/js)",
                        e);
            }
        }
        return source;
    }

    /** The violations on the current page, as "rule-id: target (help)" lines; empty when there are none. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Engine engine) {
        Object loaded = engine.script("return typeof window.axe === 'object';");
        if (!Boolean.TRUE.equals(loaded)) {
            // Injected by the test driver, outside the page's CSP; it inserts no markup.
            engine.script(source() + "\n;return true;");
        }
        StringBuilder rules = new StringBuilder("{");
        for (String id : DISABLED.keySet()) {
            rules.append(rules.length() > 1 ? "," : "").append('"').append(id).append("\":{\"enabled\":false}");
        }
        rules.append('}');
        List<Map<String, Object>> found = (List<Map<String, Object>>) engine.await(
                "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                + " 'wcag22aa']}, rules: " + rules + "}).then(function (r) { return r.violations.map(function (v) {"
                + " return {id: v.id, help: v.help, targets: v.nodes.map(function (n) { return n.target.join(' '); })};"
                + " }); })");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : found) {
            lines.add(v.get("id") + ": " + v.get("targets") + " (" + v.get("help") + ")");
        }
        return lines;
    }
}
