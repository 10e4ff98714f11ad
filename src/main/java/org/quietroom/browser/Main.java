package org.quietroom.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Entry point of both builds (WasmGC and JavaScript): read the browser, assess, render; render again when
 * boot.js reports a change. The page works without this (quick exit and checklist are plain HTML); this adds
 * the findings.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        JsWindow window = (JsWindow) (JSObject) Window.current();
        HTMLDocument document = window.getDocument();
        HTMLElement root = document.getDocumentElement();
        try {
            Messages messages = new Messages(window.getMessages());
            Refresher refresher = new Refresher(window, new FindingsRenderer(document, messages));
            refresher.refresh();
            root.setAttribute("data-state", "ready");
            document.addEventListener("quietroom-watch", event -> {
                try {
                    refresher.refresh();
                } catch (Throwable e) {
                    // The findings already shown stay; a failed refresh must not break the page.
                }
            });
        } catch (Throwable e) {
            root.setAttribute("data-state", "error");
            HTMLElement error = document.getElementById("error");
            if (error != null) {
                error.removeAttribute("hidden");
            }
        }
    }
}
