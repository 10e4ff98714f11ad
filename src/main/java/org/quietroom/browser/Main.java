package org.quietroom.browser;

import org.quietroom.core.Assessment;
import org.quietroom.core.Snapshot;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Entry point of both builds (WasmGC and JavaScript): read the browser, assess, render. The page works
 * without this (quick exit and checklist are plain HTML); this adds the findings, the questions and the plan.
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
            Snapshot snapshot = SnapshotProbe.read(window);
            Assessment assessment = Assessment.of(snapshot);
            new FindingsRenderer(document, messages).render(assessment);
            PlanPage.start(window, messages, assessment);
            root.setAttribute("data-state", "ready");
        } catch (Throwable e) {
            root.setAttribute("data-state", "error");
            HTMLElement error = document.getElementById("error");
            if (error != null) {
                error.removeAttribute("hidden");
            }
        }
    }
}
