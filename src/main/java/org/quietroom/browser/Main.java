package org.quietroom.browser;

import java.util.function.BooleanSupplier;
import org.quietroom.core.i18n.LanguageChoice;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetResult;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.EventTarget;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Entry point of the page for the person (index.html), in both builds (WasmGC and JavaScript): read an
 * advocate's link, read the browser, assess, render; render again when boot.js reports a change. The page works
 * without this (quick exit, helplines and checklist are plain HTML); this adds the link's settings and the
 * findings. The link-making page has its own entry point, {@link BuildMain}, so this page's build carries none
 * of its code.
 *
 * <p>The quick exit is not here: {@code web/exit.js} runs it, with or without this code. It marks the page
 * {@code data-state="exited"} and dispatches {@link #EXIT_EVENT}; this code then drops its {@link Session}, marks
 * the page {@code data-session="dropped"}, and never renders into an exited page.
 */
public final class Main {
    /** Dispatched on the document by {@code web/exit.js} when the person leaves with the quick exit. */
    static final String EXIT_EVENT = "quietroom-exit";

    private Main() {
    }

    public static void main(String[] args) {
        JsWindow window = (JsWindow) (JSObject) Window.current();
        HTMLDocument document = window.getDocument();
        HTMLElement root = document.getDocumentElement();
        if (exited(root)) {
            return;
        }
        // First, before anything else can fail: read the fragment once and take it out of the address bar.
        String fragment = PresetReader.fragment(window);
        PresetResult preset = PresetReader.readOnce(window);
        // The links to the app lookup carry a valid link's fragment (its exit, title and language).
        AppsLink.carry(preset.isOk() ? fragment : "");
        Session session = new Session();
        Messages messages = new Messages(window.getMessages());
        if (!messages.has(PAGE_TITLE_KEY)) {
            // The page's catalog did not arrive (boot.js starts the build without it once parsing ended): the page
            // would show catalog keys. Say so with the words the page was built with, and leave the rest as built.
            catalogMissing(document, root);
            return;
        }
        LanguageSwitch languages = new LanguageSwitch(window, messages);
        document.addEventListener(EXIT_EVENT, (EventListener<Event>) event -> {
            session.drop();
            languages.stop();
            AppsLink.carry("");
            root.setAttribute("data-session", "dropped");
        });
        String presetLanguage = preset.isOk() ? preset.preset().language() : "";
        String pageLanguage = languages.current();
        String wanted = languages.initial(presetLanguage);
        // Only the link's own language may open another page, when its catalog did not load with this one.
        boolean linkLanguage = !LanguageChoice.match(presetLanguage, languages.shipped()).isEmpty();
        BooleanSupplier openLinkPage = () -> linkLanguage && !session.dropped()
                && languages.openPage(wanted, preset.preset());
        if (!wanted.equals(pageLanguage) && !languages.switchTo(wanted)) {
            if (loaded(document)) {
                if (openLinkPage.getAsBoolean()) {
                    return;
                }
            } else {
                // The other catalogs load async: the load event waits for them.
                ((EventTarget) (JSObject) window).addEventListener("load", (EventListener<Event>) event -> {
                    try {
                        if (languages.current().equals(pageLanguage) && !languages.switchTo(wanted)) {
                            openLinkPage.getAsBoolean();
                        }
                    } catch (Throwable e) {
                        // The page stays in its own language.
                    }
                });
            }
        }
        try {
            try {
                applyPreset(document, root, messages, preset);
                if (preset.isOk() && !preset.preset().exit().isEmpty()) {
                    // The link's exit; without one, the page keeps the default it was built with.
                    ExitLinks.apply(document, ExitLinks.target(preset, languages.current()));
                }
                if (preset.isOk() && !preset.preset().title().isEmpty()) {
                    languages.keepTitle();
                }
                languages.onChange(() -> presetWords(document, messages, preset));
                AppsLink.update(document);
                languages.onChange(() -> AppsLink.update(document));
            } catch (Throwable e) {
                // Not expected (every part of a preset was checked): the checks below still run.
                root.setAttribute("data-preset", "error");
            }
            HelplinePicker helplines = new HelplinePicker(window, messages);
            try {
                helplines.start(preset.isOk() ? preset.preset().country() : "");
                languages.onChange(helplines::redraw);
            } catch (Throwable e) {
                // The static list of every country's helplines stays, all of it shown; the plan names none.
                helplines = null;
            }
            Refresher refresher = new Refresher(window, new FindingsRenderer(document, messages), session, root);
            refresher.refresh();
            if (session.dropped() || exited(root)) {
                return;
            }
            languages.onChange(refresher::redraw);
            root.setAttribute("data-session", "live");
            if (PlanPage.start(window, messages, session.assessment(), languages, helplines)) {
                // Only a page whose every part renders again changes language in place; otherwise the
                // switcher's links open the other language's page.
                languages.start();
            }
            root.setAttribute("data-state", "ready");
            document.addEventListener("quietroom-watch", event -> {
                try {
                    refresher.refresh();
                } catch (Throwable e) {
                    // The findings already shown stay; a failed refresh must not break the page.
                }
            });
        } catch (Throwable e) {
            languages.stop();
            if (exited(root)) {
                return;
            }
            showError(document, root);
        }
    }

    /** A key every catalog has; its absence means the page's catalog did not load. */
    static final String PAGE_TITLE_KEY = "page.title";

    /** The error state, with the sentence for a catalog that did not arrive (both are in the built page). */
    static void catalogMissing(HTMLDocument document, HTMLElement root) {
        showError(document, root, "error-catalog");
    }

    /** The error state: the page's built-in error message shown, and any {@code more} of its sentences. */
    static void showError(HTMLDocument document, HTMLElement root, String... more) {
        root.setAttribute("data-state", "error");
        unhide(document.getElementById("error"));
        for (String id : more) {
            unhide(document.getElementById(id));
        }
    }

    private static void unhide(HTMLElement element) {
        if (element != null) {
            element.removeAttribute("hidden");
        }
    }

    /** Every script of the page has run, async ones too: a catalog not there now did not load. */
    private static boolean loaded(HTMLDocument document) {
        return "complete".equals(Js.string(((JsDocument) (JSObject) document).getReadyState()));
    }

    static boolean exited(HTMLElement root) {
        return "exited".equals(root.getAttribute("data-state"));
    }

    /**
     * Applies a preset to the page (its exit: {@link ExitLinks}), or on a non-silent error says so in
     * {@code #preset-status} and leaves the default page as it is. {@code <html data-preset>} says which: applied, error or none.
     */
    static void applyPreset(HTMLDocument document, HTMLElement root, Messages messages, PresetResult result) {
        presetWords(document, messages, result);
        if (!result.isOk()) {
            root.setAttribute("data-preset", result.messageKey().isEmpty() ? "none" : "error");
            return;
        }
        Preset preset = result.preset();
        if (!preset.title().isEmpty()) {
            document.setTitle(preset.title());
        }
        if (!preset.language().isEmpty()) {
            root.setAttribute("data-preset-lang", preset.language());
        }
        root.setAttribute("data-preset", "applied");
    }

    /**
     * The words a preset puts on the page (or why it was refused, or that its exit was), in the page's language
     * now.
     */
    static void presetWords(HTMLDocument document, Messages messages, PresetResult result) {
        String key = result.messageKey();
        if (!key.isEmpty()) {
            Dom.setText(document, document.getElementById("preset-status"), messages.get(key));
        }
        if (result.isOk()) {
            new PresetView(document, messages, "").show(result.preset());
        }
    }
}
