package org.quietroom.it.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the Quietroom page shows, read through any engine: in the tab itself, or in a frame of the tab's page. */
public final class Page {
    private final Engine engine;
    /** The {@code <iframe>} (a CSS selector in the tab's page) whose document this reads, or null for the tab. */
    private final String frameCss;

    public Page(Engine engine) {
        this(engine, null);
    }

    private Page(Engine engine, String frameCss) {
        this.engine = engine;
        this.frameCss = frameCss;
    }

    /**
     * The Quietroom page shown in a frame of the tab's current page: the first {@code <iframe>} that matches
     * {@code frameCss} ({@link Engine#scriptInFrame}). Everything this returns reads inside that frame.
     */
    public Page frame(String frameCss) {
        if (this.frameCss != null) {
            throw new UnsupportedOperationException("a frame inside a frame is not supported");
        }
        return new Page(engine, frameCss);
    }

    private Object script(String body) {
        return frameCss == null ? engine.script(body) : engine.scriptInFrame(frameCss, body);
    }

    private String where() {
        return frameCss == null ? engine.name() : engine.name() + " (in frame " + frameCss + ")";
    }

    public Engine engine() {
        return engine;
    }

    /**
     * Opens a URL in the tab and waits until the page has settled (data-state ready or error), 30 s at most; for a
     * {@link #frame} the page in that frame of the newly opened page must settle.
     */
    public Page open(String url) {
        engine.open(url);
        return awaitSettled();
    }

    public Page awaitSettled() {
        Wait.until(() -> where() + ": the page to settle (data-state=" + state() + ")", Wait.PAGE, () -> {
            try {
                String state = state();
                return "ready".equals(state) || "error".equals(state);
            } catch (RuntimeException e) {
                // The page may be replacing itself (an advocate's link that picks another language's page).
                return false;
            }
        });
        return this;
    }

    public String root(String attribute) {
        return (String) script("return document.documentElement.getAttribute('" + attribute + "');");
    }

    public String state() {
        return root("data-state");
    }

    public String tier() {
        return root("data-tier");
    }

    public int cspViolations() {
        String n = root("data-csp-violations");
        return n == null ? -1 : Integer.parseInt(n);
    }

    /** check id → outcome, in page order. */
    @SuppressWarnings("unchecked")
    public Map<String, String> outcomes() {
        List<List<String>> rows = (List<List<String>>) script(
                "return Array.prototype.map.call(document.querySelectorAll('#findings li[data-check]'),"
                + " function (li) { return [li.getAttribute('data-check'), li.getAttribute('data-outcome')]; });");
        Map<String, String> m = new LinkedHashMap<>();
        for (List<String> row : rows) {
            m.put(row.get(0), row.get(1));
        }
        return m;
    }

    public String text(String cssSelector) {
        return (String) script("var e = document.querySelector('" + cssSelector + "');"
                + " return e ? e.textContent : null;");
    }

    /** The result key of one check's finding ({@code data-reason}), or null when there is no such finding. */
    public String reason(String check) {
        return (String) script("var li = document.querySelector(\"#findings li[data-check='" + check
                + "']\"); return li ? li.getAttribute('data-reason') : null;");
    }

    /** Whether the collapsed list of the findings that need nothing is open; null when there is none. */
    public Boolean quietListOpen() {
        return (Boolean) script("var d = document.getElementById('findings-quiet'); return d ? d.open : null;");
    }

    /** Taps the summary of the collapsed list of the findings that need nothing. */
    public void tapQuietList() {
        script("document.querySelector('#findings-quiet > summary').click(); return null;");
    }

    /** The checks whose findings are shown open, outside the collapsed list of those that need nothing. */
    @SuppressWarnings("unchecked")
    public List<String> openChecks() {
        return (List<String>) script("return Array.prototype.filter.call("
                + "document.querySelectorAll('#findings li[data-check]'),"
                + " function (li) { return !li.closest('#findings-quiet'); })"
                + ".map(function (li) { return li.getAttribute('data-check'); });");
    }

    /** The visible text of one check's finding, or null. */
    public String finding(String check) {
        return (String) script("var li = document.querySelector(\"#findings li[data-check='" + check
                + "']\"); return li ? li.innerText : null;");
    }

    /** The classes of a finding's paragraphs, in order (harmless, text, limits). */
    @SuppressWarnings("unchecked")
    public List<String> paragraphs(String check) {
        return (List<String>) script("var li = document.querySelector(\"#findings li[data-check='" + check
                + "']\"); return li ? Array.prototype.map.call(li.querySelectorAll('li > p'),"
                + " function (p) { return p.getAttribute('class'); }) : [];");
    }

    /**
     * Waits (30 s at most) until a check reports {@code reason}: boot.js may see a change after the first render,
     * and the app then renders again. Fails when it never does.
     */
    public Page awaitReason(String check, String reason) {
        Wait.until(() -> where() + ": " + check + " to report " + reason + "; it reported " + reason(check), Wait.PAGE,
                () -> reason.equals(reason(check)));
        return this;
    }
}
