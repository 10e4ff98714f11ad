package org.quietroom.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Input sent to the page over a DevTools connection of its own, without waiting for anything in the page.
 * ChromeDriver talks to the page before it dispatches input (so its input waits for a busy main thread);
 * Chrome itself queues input for a busy page at once, as it does for a person's mouse and keyboard. Used to
 * click and type while a long task blocks the main thread. Only the loopback DevTools port of the test browser
 * is contacted.
 */
final class RawInput implements AutoCloseable {
    private static final Pattern PAGE_SOCKET = Pattern.compile(
            "\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+)\"");
    private final WebSocket socket;
    private int nextId = 1;

    private RawInput(WebSocket socket) {
        this.socket = socket;
    }

    /** Connects to the (only) page of {@code chromium}. */
    static RawInput connect(ChromeDriver chromium) {
        @SuppressWarnings("unchecked")
        Map<String, Object> chrome = (Map<String, Object>) chromium.getCapabilities().getCapability("goog:chromeOptions");
        String address = (String) chrome.get("debuggerAddress");
        if (!address.startsWith("localhost:") && !address.startsWith("127.0.0.1:")) {
            throw new IllegalStateException("not a loopback DevTools address: " + address);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = PAGE_SOCKET.matcher(list);
            if (!m.find()) {
                throw new IllegalStateException("no page target in " + list);
            }
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(m.group(1)), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    webSocket.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            return new RawInput(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends one command and does not wait for its answer. */
    private void send(String method, String params) {
        String message = "{\"id\":" + (nextId++) + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
        CompletableFuture<WebSocket> sent = socket.sendText(message, true);
        sent.join();
    }

    /** A left click at (x, y) in the viewport. */
    void click(int x, int y) {
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            send("Input.dispatchMouseEvent", "{\"type\":\"" + type + "\",\"x\":" + x + ",\"y\":" + y
                    + ",\"button\":\"left\",\"buttons\":" + ("mousePressed".equals(type) ? 1 : 0) + ",\"clickCount\":1}");
        }
    }

    /** Left Shift pressed and released {@code times} times. */
    void shift(int times) {
        for (int i = 0; i < times; i++) {
            send("Input.dispatchKeyEvent", "{\"type\":\"rawKeyDown\",\"key\":\"Shift\",\"code\":\"ShiftLeft\","
                    + "\"windowsVirtualKeyCode\":16,\"location\":1,\"modifiers\":8}");
            send("Input.dispatchKeyEvent", "{\"type\":\"keyUp\",\"key\":\"Shift\",\"code\":\"ShiftLeft\","
                    + "\"windowsVirtualKeyCode\":16,\"location\":1,\"modifiers\":0}");
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
