package org.quietroom.it.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.bidi.BiDi;
import org.openqa.selenium.bidi.Command;
import org.openqa.selenium.bidi.Connection;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.remote.http.HttpClient;

/**
 * Debian's Firefox ESR, headless, driven through WebDriver BiDi with Selenium's low-level BiDi client: Firefox
 * speaks BiDi itself, so no geckodriver (which Debian does not package) is needed.
 */
final class FirefoxEngine implements Engine {
    static final String BINARY = "/usr/bin/firefox-esr";
    private static final Json JSON = new Json();

    private final Process process;
    private final Path profile;
    private final boolean keepProfile;
    private final BiDi bidi;
    private String context;

    FirefoxEngine(Options options) {
        if (!Files.isExecutable(Path.of(BINARY))) {
            throw new IllegalStateException(BINARY + " is missing: scripts/test installs Debian's firefox-esr");
        }
        try {
            keepProfile = options.profile() != null;
            profile = keepProfile ? options.profile() : Files.createTempDirectory("quietroom-firefox-");
            Files.writeString(profile.resolve("user.js"), prefs(options, profile), StandardCharsets.UTF_8);
            process = new ProcessBuilder(BINARY, "--headless", "--no-remote", "--profile", profile.toString(),
                    "--remote-debugging-port=0", "about:blank").redirectErrorStream(true).start();
            String ws = listeningAddress(process) + "/session";
            HttpClient client = HttpClient.Factory.createDefault()
                    .createClient(ClientConfig.defaultConfig().baseUri(URI.create(ws)));
            bidi = new BiDi(new Connection(client, ws), Duration.ofSeconds(30));
            bidi.send(new Command<>("session.new", Map.of("capabilities", Map.of()), Map.class));
            Map<?, ?> tree = bidi.send(new Command<>("browsingContext.getTree", Map.of(), Map.class));
            context = (String) ((Map<?, ?>) ((List<?>) tree.get("contexts")).get(0)).get("context");
            if (options.extension() != null) {
                bidi.send(new Command<>("webExtension.install", Map.of("extensionData",
                        Map.of("type", "path", "path", options.extension().toString())), Map.class));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Firefox could not start: " + e.getMessage(), e);
        }
    }

    private static String prefs(Options options, Path profile) {
        StringBuilder sb = new StringBuilder();
        pref(sb, "browser.shell.checkDefaultBrowser", false);
        pref(sb, "browser.startup.homepage_override.mstone", "ignore");
        pref(sb, "app.update.enabled", false);
        pref(sb, "app.update.auto", false);
        pref(sb, "datareporting.policy.dataSubmissionEnabled", false);
        pref(sb, "toolkit.telemetry.reportingpolicy.firstRun", false);
        pref(sb, "browser.newtabpage.enabled", false);
        pref(sb, "browser.safebrowsing.malware.enabled", false);
        pref(sb, "browser.safebrowsing.phishing.enabled", false);
        pref(sb, "network.captive-portal-service.enabled", false);
        pref(sb, "network.connectivity-service.enabled", false);
        pref(sb, "extensions.update.enabled", false);
        pref(sb, "browser.search.update", false);
        pref(sb, "dom.security.https_first", false);
        pref(sb, "remote.prefs.recommended", true);
        // A download (the locked file) lands in the profile, deleted with it, never in the user's own folder.
        pref(sb, "browser.download.folderList", 2);
        pref(sb, "browser.download.dir", profile.resolve("downloads").toString());
        pref(sb, "browser.download.useDownloadDir", true);
        pref(sb, "browser.download.always_ask_before_handling_new_types", false);
        // Print (the plan's Print button) without the tab-modal dialog, which would hold every later command: silently,
        // to a PDF file in the profile.
        pref(sb, "print.always_print_silent", true);
        pref(sb, "print.show_print_progress", false);
        pref(sb, "print_printer", "Mozilla Save to PDF");
        pref(sb, "print.printer_Mozilla_Save_to_PDF.print_to_file", true);
        pref(sb, "print.printer_Mozilla_Save_to_PDF.print_to_filename", profile.resolve("print.pdf").toString());
        if (options.profile() != null) {
            // A test that reads the profile waits for a session save: every second instead of every 15.
            pref(sb, "browser.sessionstore.interval", 1000);
        }
        if (options.userAgent() != null) {
            pref(sb, "general.useragent.override", options.userAgent());
        }
        if (options.proxyPort() != null) {
            pref(sb, "network.proxy.type", 1);
            pref(sb, "network.proxy.http", "127.0.0.1");
            pref(sb, "network.proxy.http_port", options.proxyPort());
            pref(sb, "network.proxy.no_proxies_on", "");
            pref(sb, "network.proxy.allow_hijacking_localhost", true);
        }
        if (!options.javaScript()) {
            pref(sb, "javascript.enabled", false);
        }
        if (!options.webAssembly()) {
            pref(sb, "javascript.options.wasm", false);
        }
        return sb.toString();
    }

    private static void pref(StringBuilder sb, String name, Object value) {
        sb.append("user_pref(").append(JSON.toJson(name)).append(", ").append(JSON.toJson(value)).append(");\n");
    }

    private static String listeningAddress(Process process) throws IOException {
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int i = line.indexOf("WebDriver BiDi listening on ");
                    if (i >= 0) {
                        found.complete(line.substring(i + 28).trim());
                    }
                }
                found.completeExceptionally(new IOException("Firefox exited before it listened for BiDi"));
            } catch (IOException e) {
                found.completeExceptionally(e);
            }
        }, "firefox-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return found.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("Firefox did not start WebDriver BiDi within 60 s: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "firefox";
    }

    @Override
    public List<Long> viewport(int width, int height) {
        bidi.send(new Command<>("browsingContext.setViewport", Map.of("context", context, "viewport",
                Map.of("width", width, "height", height)), Map.class));
        List<?> size = (List<?>) script("return [innerWidth, innerHeight];");
        return List.of(((Number) size.get(0)).longValue(), ((Number) size.get(1)).longValue());
    }

    @Override
    public void open(String url) {
        bidi.send(new Command<>("browsingContext.navigate", Map.of("context", context, "url", url,
                "wait", "complete"), Map.class));
    }

    @Override
    public Object script(String body) {
        return evaluate("JSON.stringify((function () {" + body + "})())", false);
    }

    /**
     * WebDriver BiDi has no "current frame": each frame is a browsing context of its own. The frame element's
     * {@code contentWindow}, evaluated in the tab, comes back as a {@code window} remote value naming that context
     * (even for a frame from another origin); it must be one of the tab's children in
     * {@code browsingContext.getTree}, and the script then runs there.
     */
    @Override
    public Object scriptInFrame(String frameCss, String body) {
        return evaluate(frameContext(frameCss), "JSON.stringify((function () {" + body + "})())", false);
    }

    private String frameContext(String frameCss) {
        Map<?, ?> r = bidi.send(new Command<>("script.evaluate", Map.of("expression",
                "document.querySelector(" + JSON.toJson(frameCss) + ").contentWindow",
                "target", Map.of("context", context), "awaitPromise", false), Map.class));
        Map<?, ?> result = (Map<?, ?>) r.get("result");
        if ("exception".equals(r.get("type")) || result == null || !"window".equals(result.get("type"))) {
            throw new IllegalStateException("Firefox: no frame matches " + frameCss + ": " + r);
        }
        String child = (String) ((Map<?, ?>) result.get("value")).get("context");
        Map<?, ?> tree = bidi.send(new Command<>("browsingContext.getTree", Map.of("root", context, "maxDepth", 1),
                Map.class));
        List<?> children = (List<?>) ((Map<?, ?>) ((List<?>) tree.get("contexts")).get(0)).get("children");
        boolean found = children != null
                && children.stream().anyMatch(c -> child.equals(((Map<?, ?>) c).get("context")));
        if (!found) {
            throw new IllegalStateException("Firefox: " + frameCss + " names context " + child
                    + ", which is not a child of the tab: " + tree);
        }
        return child;
    }

    @Override
    public Object await(String promiseExpression) {
        return evaluate("Promise.resolve(" + promiseExpression + ").then(function (v) { return JSON.stringify(v); },"
                + " function (e) { return JSON.stringify({error: String(e)}); })", true);
    }

    private Object evaluate(String expression, boolean awaitPromise) {
        return evaluate(context, expression, awaitPromise);
    }

    private Object evaluate(String target, String expression, boolean awaitPromise) {
        Map<?, ?> r = bidi.send(new Command<>("script.evaluate", Map.of("expression", expression,
                "target", Map.of("context", target), "awaitPromise", awaitPromise), Map.class));
        if ("exception".equals(r.get("type"))) {
            throw new IllegalStateException("script failed in Firefox: " + r.get("exceptionDetails"));
        }
        Object value = ((Map<?, ?>) r.get("result")).get("value");
        return value instanceof String s ? JSON.toType(s, Object.class) : null;
    }

    @Override
    public void press(String key) {
        String code = Keys.code(key);
        List<Map<String, Object>> steps = new ArrayList<>();
        steps.add(Map.of("type", "keyDown", "value", code));
        steps.add(Map.of("type", "keyUp", "value", code));
        perform(Map.of("type", "key", "id", "keyboard", "actions", steps));
    }

    @Override
    public void type(String text) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String key = new String(Character.toChars(cp));
            steps.add(Map.of("type", "keyDown", "value", key));
            steps.add(Map.of("type", "keyUp", "value", key));
            i += Character.charCount(cp);
        }
        perform(Map.of("type", "key", "id", "keyboard", "actions", steps));
    }

    @Override
    public String openTab(String url) {
        Map<?, ?> created = bidi.send(new Command<>("browsingContext.create", Map.of("type", "tab"), Map.class));
        context = (String) created.get("context");
        open(url);
        return context;
    }

    @Override
    public String tab() {
        return context;
    }

    @Override
    public void useTab(String handle) {
        context = handle;
        bidi.send(new Command<>("browsingContext.activate", Map.of("context", handle), Map.class));
    }

    @Override
    public void closeTab(String handle) {
        if (handle.equals(context)) {
            throw new IllegalArgumentException("closeTab: not the tab calls address now");
        }
        bidi.send(new Command<>("browsingContext.close", Map.of("context", handle), Map.class));
    }

    @Override
    public void chord(String modifier, String key) {
        String held = Keys.code(modifier);
        String code = Keys.code(key);
        perform(Map.of("type", "key", "id", "keyboard", "actions", List.of(
                Map.of("type", "keyDown", "value", held), Map.of("type", "keyDown", "value", code),
                Map.of("type", "keyUp", "value", code), Map.of("type", "keyUp", "value", held))));
    }

    @Override
    public void click(String cssSelector) {
        @SuppressWarnings("unchecked")
        Map<String, Object> centre = (Map<String, Object>) script("var e = document.querySelector("
                + JSON.toJson(cssSelector) + "); e.scrollIntoView({block: 'center'}); var r = e.getBoundingClientRect();"
                + " return {x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2)};");
        int x = ((Number) centre.get("x")).intValue();
        int y = ((Number) centre.get("y")).intValue();
        perform(Map.of("type", "pointer", "id", "mouse", "parameters", Map.of("pointerType", "mouse"),
                "actions", List.of(
                        Map.of("type", "pointerMove", "x", x, "y", y),
                        Map.of("type", "pointerDown", "button", 0),
                        Map.of("type", "pointerUp", "button", 0))));
    }

    private void perform(Map<String, Object> source) {
        bidi.send(new Command<>("input.performActions", Map.of("context", context, "actions", List.of(source)),
                Map.class));
        bidi.send(new Command<>("input.releaseActions", Map.of("context", context), Map.class));
    }

    @Override
    public void back() {
        bidi.send(new Command<>("browsingContext.traverseHistory", Map.of("context", context, "delta", -1),
                Map.class));
    }

    @Override
    public String url() {
        Map<?, ?> tree = bidi.send(new Command<>("browsingContext.getTree", Map.of("root", context), Map.class));
        return (String) ((Map<?, ?>) ((List<?>) tree.get("contexts")).get(0)).get("url");
    }

    @Override
    public void close() {
        try {
            bidi.send(new Command<>("browser.close", Map.of(), Map.class));
        } catch (RuntimeException e) {
            // already gone
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        if (!keepProfile) {
            Engines.deleteQuietly(profile);
        }
    }
}
