package org.quietroom.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Entry point of the link-making page (build.html) and of the app lookup (apps.html, when the page has
 * {@code #apps}: see {@link AppsPage}), in both builds. The lookup shares this entry point so that it adds no
 * TeaVM compile to the build; its table is only in apps.html's tier scripts. A separate entry point from {@link Main}
 * because TeaVM compiles everything an entry point can reach: the QR code library (and the
 * {@code String.format} and regular expressions it uses) would otherwise be in the page for the person too,
 * several times that page's own size. Both entry points share this package, the loader, boot.js and the policy.
 */
public final class BuildMain {
    private BuildMain() {
    }

    public static void main(String[] args) {
        JsWindow window = (JsWindow) (JSObject) Window.current();
        HTMLDocument document = window.getDocument();
        HTMLElement root = document.getDocumentElement();
        try {
            if (document.getElementById("apps") != null) {
                Visit visit = new Visit(document);
                if (visit.over() || AppsPage.applyLink(window, document)) {
                    return;
                }
                new AppsPage(window, document, visit).start();
                root.setAttribute("data-state", "ready");
                return;
            }
            if (document.getElementById("builder") == null) {
                throw new IllegalStateException("not the link-making page: the page has no #builder");
            }
            Messages messages = new Messages(window.getMessages());
            if (!messages.has(Main.PAGE_TITLE_KEY) || !messages.has("builder.fix")) {
                // A catalog (the page's, or the builder's own words) did not arrive: keys would show.
                Main.catalogMissing(document, root);
                return;
            }
            new BuilderPage(window, document, messages).start();
            root.setAttribute("data-state", "ready");
        } catch (Throwable e) {
            Main.showError(document, root);
        }
    }
}
