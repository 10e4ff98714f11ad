package org.quietroom.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's minifier (issue 20), terser, pinned in {@code src/build/js/package-lock.json} and run with Debian's
 * {@code node}, for the hand-written scripts (the source stays readable in {@code web/}; what ships is terser's
 * output, and SRI, the fingerprint and SHA256SUMS follow those bytes) and TeaVM's JavaScript output. It is
 * deterministic for a given version and input, so the build stays byte-reproducible. binaryen's {@code wasm-opt}
 * is not used: see SiteBuilder's WasmGC tier. {@code scripts/build-tools} (run by {@code scripts/build},
 * {@code scripts/serve} and {@code scripts/test}) installs it ({@code npm ci --prefix src/build/js}) when missing.
 */
final class Minify {
    /** Where the pinned tool is installed. */
    static final String TOOLS = "src/build/js/node_modules";

    /**
     * terser: compress and mangle local names; keep each string's quotes (the builder writes lists into
     * single-quoted strings); no comments; ES5 out, as the sources are written (old browsers run exit.js).
     */
    private static final List<String> TERSER = List.of("--compress", "passes=2", "--mangle",
            "--format", "quote_style=3,comments=false,ecma=5", "--ecma", "5");

    private final Path tools;

    Minify(Path project) {
        this.tools = project.resolve(TOOLS);
    }

    /** A hand-written script, minified; {@code name} is for the error message. */
    String script(String name, String source) {
        List<String> command = new ArrayList<>(List.of("node", tool("terser/bin/terser")));
        command.addAll(TERSER);
        byte[] out = run(name, command, source.getBytes(StandardCharsets.UTF_8));
        String min = new String(out, StandardCharsets.UTF_8).strip();
        if (min.isEmpty()) {
            throw new IllegalStateException("terser gave nothing for " + name);
        }
        return min + "\n";
    }

    private String tool(String relative) {
        Path path = tools.resolve(relative);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing: run scripts/build (or scripts/serve, scripts/test), "
                    + "which install the pinned minifier with npm ci --prefix src/build/js");
        }
        return path.toString();
    }

    private static byte[] run(String name, List<String> command, byte[] input) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(input);
            }
            byte[] out;
            try (InputStream stdout = p.getInputStream()) {
                out = stdout.readAllBytes();
            }
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException(command.get(1) + " failed on " + name + " (exit " + code + ")");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run node for " + name + ": is Debian's nodejs installed? "
                    + "scripts/build installs it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
