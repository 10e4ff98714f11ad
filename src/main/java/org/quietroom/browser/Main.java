package org.quietroom.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Entry point of both builds (WasmGC and JavaScript): read the browser, assess, render; render again when
 * boot.js reports a change. The page works without this (quick exit and checklist are plain HTML); this adds
 * the findings.
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
        Session session = new Session();
        document.addEventListener(EXIT_EVENT, (EventListener<Event>) event -> {
            session.drop();
            root.setAttribute("data-session", "dropped");
        });
        try {
            Messages messages = new Messages(window.getMessages());
            Refresher refresher = new Refresher(window, new FindingsRenderer(document, messages), session, root);
            refresher.refresh();
            if (session.dropped() || exited(root)) {
                return;
            }
            root.setAttribute("data-session", "live");
            root.setAttribute("data-state", "ready");
            document.addEventListener("quietroom-watch", event -> {
                try {
                    refresher.refresh();
                } catch (Throwable e) {
                    // The findings already shown stay; a failed refresh must not break the page.
                }
            });
        } catch (Throwable e) {
            if (exited(root)) {
                return;
            }
            root.setAttribute("data-state", "error");
            HTMLElement error = document.getElementById("error");
            if (error != null) {
                error.removeAttribute("hidden");
            }
        }
    }

    static boolean exited(HTMLElement root) {
        return "exited".equals(root.getAttribute("data-state"));
    }
}
