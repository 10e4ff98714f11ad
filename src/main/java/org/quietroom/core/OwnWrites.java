package org.quietroom.core;

import java.util.List;

/**
 * What Quietroom's own code writes into the person's page after it was built, declared once. The page's watch
 * (web/boot.js) judges every change against this declaration, which the site builder writes into boot.js; a test
 * (OwnWritesTest) checks it against the page's code both ways: every tag and attribute the code writes is declared,
 * and nothing is declared that the code does not write, so the watch is as strict as the page allows.
 *
 * <p>Quietroom fills the page only inside elements marked {@link #FILL_MARKER}; there it may add the
 * {@link #FILL_TAGS} and set the {@link #FILL_ATTRIBUTES} (plus any {@code aria-*} and {@code data-qr-*} attribute:
 * {@link #isFillAttribute}). On {@code <html>} it sets only {@link #ROOT_ATTRIBUTES}, besides the records boot.js
 * itself keeps, and as classes only {@link #ROOT_CLASSES}. Anything else added to the page was added by something other than Quietroom.
 */
public final class OwnWrites {
    /** The attribute that marks an element Quietroom's code fills. */
    public static final String FILL_MARKER = "data-qr-fill";

    /** Tags the code creates inside fill containers (the findings, questions, plan, contacts, language switch). */
    public static final List<String> FILL_TAGS = List.of(
            "a", "bdi", "button", "details", "div", "fieldset", "form", "h3", "h4", "input", "label", "legend", "li",
            "ol", "p", "section", "span", "summary", "ul");

    /**
     * Attributes the code sets inside fill containers, besides {@code aria-*} and {@code data-qr-*}. {@code open}
     * is also what the browser itself sets when the person opens a {@code <details>}.
     */
    public static final List<String> FILL_ATTRIBUTES = List.of(
            "autocomplete", "checked", "class", "data-action", "data-app", "data-app-result", "data-check", "data-contact", "data-decision", "data-for-check",
            "data-group", "data-help", "data-kind", "data-lang", "data-may-alert", "data-menu", "data-outcome",
            "data-question", "data-reason", "data-remedy", "data-step", "data-summary", "data-unseen", "dir",
            "disabled", "download", "for", "hidden", "href", "hreflang", "id", "lang", "name", "novalidate", "open", "rel",
            "tabindex", "target", "type", "value");

    /**
     * Attributes of {@code <html>} that the page's code sets besides boot.js's own records: the tier and state
     * (boot.js, exit.js, the app), the detected browser (exit.js), the session, link and plan states and the
     * language (the app).
     */
    public static final List<String> ROOT_ATTRIBUTES = List.of(
            "data-browser", "data-plan", "data-preset", "data-preset-lang", "data-session", "data-state", "data-tier",
            "dir", "lang");

    /** Classes exit.js puts on {@code <html>}: the cover while the window is in the background, and the exit. */
    public static final List<String> ROOT_CLASSES = List.of("qr-covered", "qr-exited");

    private OwnWrites() {
    }

    /** Whether the code may set {@code name} inside a fill container. */
    public static boolean isFillAttribute(String name) {
        return FILL_ATTRIBUTES.contains(name) || name.startsWith("aria-") || name.startsWith("data-qr-");
    }

    /** A list as boot.js reads it: the names separated by single spaces. */
    public static String spaced(List<String> names) {
        return String.join(" ", names);
    }
}
