package org.quietroom.browser;

import org.quietroom.core.preset.PresetResult;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Entry point of the page for the person (index.html), in both builds (WasmGC and JavaScript): what starts, in
 * order. The page works without this (quick exit, helplines and checklist are plain HTML); this adds the link's
 * settings and the findings, then, in a task of its own so that the browser can show the findings first, the
 * helplines of the person's country, the questions and the plan. The link-making page has its own entry point,
 * {@link BuildMain}, so this page's build carries none of its code. The quick exit ends the {@link Visit}.
 */
public final class Main {
    /** A key every catalog has; its absence means the page's catalog did not load. */
    static final String PAGE_TITLE_KEY = "page.title";
    /** {@code performance.mark}s at the start of main, after the findings and where the page is ready, for scripts/bench. */
    static final String MAIN_MARK = "quietroom-main";
    static final String FINDINGS_MARK = "quietroom-findings";
    static final String READY_MARK = "quietroom-ready";

    private Main() {
    }

    public static void main(String[] args) {
        JsWindow window = (JsWindow) (JSObject) Window.current();
        JsPlanWindow.JsPerformance performance = ((JsPlanWindow) (JSObject) window).getPerformance();
        Js.mark(performance, MAIN_MARK);
        HTMLDocument document = window.getDocument();
        HTMLElement root = document.getDocumentElement();
        Visit visit = new Visit(document);
        if (visit.over()) {
            return;
        }
        // First, before anything else can fail: read the fragment once and take it out of the address bar.
        String fragment = PresetReader.fragment(window);
        PresetResult link = PresetReader.readOnce(window);
        // The links to the app lookup carry a valid link's fragment (its exit, title and language).
        AppsLink.carry(link.isOk() ? fragment : "");
        visit.onEnd(() -> AppsLink.carry(""));
        Messages messages = new Messages(window.getMessages());
        if (!messages.has(PAGE_TITLE_KEY)) {
            // The catalog did not arrive (boot.js starts the build without it once parsing ended): say so with the
            // words the page was built with, and leave the rest as built.
            catalogMissing(document, root);
            return;
        }
        LanguageSwitch languages = new LanguageSwitch(window, messages, visit);
        try {
            if (languages.begin(link)) {
                return;
            }
            LinkView.start(document, messages, link, languages);
            Refresher refresher = new Refresher(window, new FindingsRenderer(document, messages), visit);
            refresher.start(document);
            languages.onChange(refresher::redraw);
            if (visit.over()) {
                return;
            }
            root.setAttribute("data-session", "live");
            visit.onEnd(() -> root.setAttribute("data-session", "dropped"));
            Js.mark(performance, FINDINGS_MARK);
            // The findings are in the page: the browser may show them before the rest is drawn (the helplines'
            // time zone alone takes tens of ms on a slow phone, the plan's section as long).
            ((JsPlanWindow) (JSObject) window).setTimeout(() -> rest(window, messages, link, languages, refresher,
                    visit), 0);
        } catch (Throwable e) {
            failed(document, languages, visit);
        }
    }

    /** After the findings: the helplines, the questions and the plan; then the page is ready. */
    private static void rest(JsWindow window, Messages messages, PresetResult link, LanguageSwitch languages,
            Refresher refresher, Visit visit) {
        HTMLDocument document = window.getDocument();
        try {
            if (visit.over()) {
                return;
            }
            HelplinePicker helplines = HelplinePicker.start(window, messages, link, languages);
            // Only a page whose every part renders again changes language in place; else the links open pages.
            if (PlanPage.start(window, messages, refresher.assessment(), languages, helplines, visit)) {
                languages.start();
            }
            document.getDocumentElement().setAttribute("data-state", "ready");
            Js.mark(((JsPlanWindow) (JSObject) window).getPerformance(), READY_MARK);
        } catch (Throwable e) {
            failed(document, languages, visit);
        }
    }

    private static void failed(HTMLDocument document, LanguageSwitch languages, Visit visit) {
        languages.stop();
        if (!visit.over()) {
            showError(document, document.getDocumentElement());
        }
    }

    /** The error state, with the sentence for a catalog that did not arrive (both are in the built page). */
    static void catalogMissing(HTMLDocument document, HTMLElement root) {
        showError(document, root, "error-catalog");
    }

    /** The error state: the page's built-in error message shown, and any {@code more} of its sentences. */
    static void showError(HTMLDocument document, HTMLElement root, String... more) {
        root.setAttribute("data-state", "error");
        Dom.setHidden(document.getElementById("error"), false);
        for (String id : more) {
            Dom.setHidden(document.getElementById(id), false);
        }
    }
}
