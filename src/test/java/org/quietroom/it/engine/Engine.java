package org.quietroom.it.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * One real browser engine, driven the same way whatever it is: Chromium (chromedriver), Firefox ESR (WebDriver
 * BiDi straight from Selenium's client, no geckodriver) or WebKitGTK (WebKitWebDriver under Xvfb). Scenario code
 * uses only this interface, so one scenario runs on all three.
 */
public interface Engine extends AutoCloseable {
    /** chromium, firefox or webkit. */
    String name();

    /** Navigates and waits for the load event. */
    void open(String url);

    /**
     * Runs a function body in the page (like WebDriver's executeScript) and returns its result passed through
     * JSON: strings, numbers (as Double or Long), booleans, lists, maps or null.
     */
    Object script(String body);

    /**
     * Runs a function body (as {@link #script}) in the document of the frame whose {@code <iframe>} element is the
     * first match of {@code frameCss} in the top-level page, whatever the frame's origin, and returns its result.
     * The engine's later calls address the top-level page again. Fails when no frame matches. Chromium, Firefox
     * and WebKitGTK implement it; a test's own wrapper need not.
     */
    default Object scriptInFrame(String frameCss, String body) {
        throw new UnsupportedOperationException(name() + ": this engine wrapper does not enter frames");
    }

    /** Runs an expression that yields a Promise, and returns its settled value (as {@link #script}). */
    Object await(String promiseExpression);

    /** Presses and releases one key: "Shift", "Escape", "Tab", "Enter", "Space" or an arrow ("ArrowDown", ...). */
    void press(String key);

    /** Holds {@code modifier} (such as "Shift") while pressing and releasing {@code key}: Shift+Tab. */
    default void chord(String modifier, String key) {
        throw new UnsupportedOperationException(name() + ": this engine wrapper does not hold modifier keys");
    }

    /** Types {@code text} into the focused element, one key press per character, as a keyboard would. */
    default void type(String text) {
        throw new UnsupportedOperationException(name() + ": this engine wrapper does not type text");
    }

    /**
     * Opens {@code url} in a new tab of the same browser (waiting for its load event) and makes it the tab that
     * later calls address; returns the tab's handle for {@link #useTab} and {@link #closeTab}.
     */
    default String openTab(String url) {
        throw new UnsupportedOperationException(name() + ": this engine wrapper does not open tabs");
    }

    /** The handle of the tab that calls address now. */
    default String tab() {
        throw new UnsupportedOperationException(name() + ": this engine wrapper does not name tabs");
    }

    /** Makes {@code handle} the tab that later calls address. */
    default void useTab(String handle) {
        throw new UnsupportedOperationException(name() + ": this engine wrapper does not switch tabs");
    }

    /** Closes the tab {@code handle} (never the tab that calls address now). */
    default void closeTab(String handle) {
        throw new UnsupportedOperationException(name() + ": this engine wrapper does not close tabs");
    }

    /**
     * Makes the page's layout viewport {@code width} × {@code height} CSS pixels ({@code innerWidth} ×
     * {@code innerHeight}), as a phone screen: Chromium by DevTools' device emulation (a mobile device), Firefox by
     * WebDriver BiDi's {@code browsingContext.setViewport}, WebKitGTK by sizing its window until the viewport is
     * that size, or as near as its window goes (MiniBrowser's window is at least 447 px wide). Returns the viewport
     * reached, {@code [innerWidth, innerHeight]} (for Chromium, the one asked: a mobile viewport takes its size
     * from the page loaded next).
     */
    default List<Long> viewport(int width, int height) {
        throw new UnsupportedOperationException(name() + ": this engine wrapper does not size its viewport");
    }

    /** A real pointer click at the centre of the first element matching the selector. */
    void click(String cssSelector);

    void back();

    String url();

    @Override
    void close();

    /**
     * How to start an engine. {@code profile}, when given, is the profile folder the browser uses and keeps after
     * {@link #close()} (a clean shutdown), so a test can read what the browser wrote there; otherwise each engine
     * uses a fresh temporary profile and deletes it.
     */
    record Options(String userAgent, Integer proxyPort, Path extension, boolean javaScript, boolean webAssembly,
            Path profile) {
        public static Options defaults() {
            return new Options(null, null, null, true, true, null);
        }

        public Options withUserAgent(String value) {
            return new Options(value, proxyPort, extension, javaScript, webAssembly, profile);
        }

        /** Sends every http request through the test server, so any host name reaches it. */
        public Options withProxy(int port) {
            return new Options(userAgent, port, extension, javaScript, webAssembly, profile);
        }

        public Options withExtension(Path dir) {
            return new Options(userAgent, proxyPort, dir, javaScript, webAssembly, profile);
        }

        public Options withoutJavaScript() {
            return new Options(userAgent, proxyPort, extension, false, webAssembly, profile);
        }

        public Options withoutWebAssembly() {
            return new Options(userAgent, proxyPort, extension, javaScript, false, profile);
        }

        /** Uses this (empty) folder as the profile and leaves it in place after the browser closes. */
        public Options withKeptProfile(Path dir) {
            return new Options(userAgent, proxyPort, extension, javaScript, webAssembly, dir);
        }
    }
}
