package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.platform.Platform;

/**
 * The quick exit (exit.js, as the build fills it in, before it is minified: ExitScriptTest checks that the shipped
 * file is terser's output of exactly that, and the engine tests run the shipped file) and the plan (core/platform/Platform) read a user agent alike (issue 18):
 * exit.js's browserFamily, run in Node (Debian's nodejs, which scripts/test installs), over every user agent of
 * Platform's table, plus the two cases they used to disagree on (an Android WebView's "Version/4.0 Chrome/", and
 * Safari's tokens on a system that is not Apple's, WebKitGTK), must name the family Platform names.
 */
class ExitBrowserDetectionTest {
    private static final Path TABLE = Path.of("src/test/resources/org/quietroom/core/platform/user-agents.psv");

    /** The filled exit.js from its marker lists to the end of browserFamily: the whole detection, nothing else. */
    static String detection() throws IOException {
        String js = SiteBuilder.exitScript(Files.readString(Path.of("web/exit.js"), StandardCharsets.UTF_8));
        int start = js.indexOf("  var OTHER_MARKERS = ");
        int fn = js.indexOf("function browserFamily(ua) {", start);
        assertTrue(start >= 0 && fn > start, "exit.js has its marker lists before browserFamily");
        int depth = 0;
        int end = js.indexOf('{', fn);
        do {
            char c = js.charAt(end++);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        } while (depth > 0);
        return js.substring(start, end);
    }

    private static List<String> agents() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                out.add(line.substring(line.lastIndexOf('|') + 1).trim());
            }
        }
        out.add("Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like"
                + " Gecko) Version/4.0 Chrome/130.0.6723.58 Mobile Safari/537.36");
        out.add("Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0"
                + " Chrome/120.0.0.0 Mobile Safari/537.36");
        out.add("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5"
                + " Safari/605.1.15");
        return out;
    }

    private static String jsString(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            if (c == '\'' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('\'').toString();
    }

    @Test
    void exitJsAndPlatformNameTheSameFamilyForEveryAgent() throws Exception {
        List<String> agents = agents();
        assertTrue(agents.size() >= 25, "the table: " + agents.size());
        StringBuilder script = new StringBuilder(detection()).append("\nvar agents = [");
        for (String ua : agents) {
            script.append(jsString(ua)).append(",\n");
        }
        script.append("];\nfor (var i = 0; i < agents.length; i++) { console.log(browserFamily(agents[i])); }\n");
        Process node;
        try {
            node = new ProcessBuilder("node", "-e", script.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("this test needs Debian's nodejs: scripts/test installs it", e);
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, node.waitFor(), out);
        String[] families = out.split("\n");
        assertEquals(agents.size(), families.length, out);
        for (int i = 0; i < agents.size(); i++) {
            assertEquals(Platform.parse(agents.get(i)).browser().id(), families[i], agents.get(i));
        }
    }
}
