package org.quietroom.browser;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.i18n.LanguageChoice;
import org.quietroom.core.i18n.Pages;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetResult;
import org.quietroom.core.apps.AppMatch;
import org.quietroom.core.apps.AppTable;
import org.quietroom.core.view.AppResultView;
import org.quietroom.core.view.Node;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Location;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The app lookup ("Is this app watching me?", apps.html): reads the table the tier script carries
 * ({@code quietroomApps}, see the site builder's StalkerwareData), looks up what the person types as they type
 * and on Enter, and shows each result ({@link AppResultView}) inside {@code #apps} (a {@code data-qr-fill}
 * container). Nothing is stored or sent; the quick exit empties the results.
 */
final class AppsPage {
    private final Messages messages;
    private final Dom dom;
    private final AppTable table;
    private HTMLElement input;
    private HTMLElement results;
    private String shown;
    private final Visit visit;

    AppsPage(JsWindow window, HTMLDocument document, Visit visit) {
        this.visit = visit;
        this.messages = new Messages(words(window, document.getDocumentElement().getAttribute("lang")));
        this.dom = new Dom(document);
        this.table = AppTable.parse(Js.string(window.getApps()));
    }

    /**
     * A valid advocate's link (the same fragment as the person's page's, which its links to this page carry:
     * {@link AppsLink}): its language opens that language's lookup page with the same fragment (returns true);
     * otherwise its exit target and title apply here. The fragment leaves the address bar either way.
     */
    static boolean applyLink(JsWindow window, HTMLDocument document) {
        String fragment = PresetReader.fragment(window);
        PresetResult link = PresetReader.readOnce(window);
        if (!link.isOk()) {
            return false;
        }
        Preset preset = link.preset();
        String lang = document.getDocumentElement().getAttribute("lang");
        String wanted = preset.language().isEmpty() ? ""
                : LanguageChoice.match(preset.language(), LanguageSwitch.shipped(document));
        if (!wanted.isEmpty() && !wanted.equals(lang)) {
            Location location = window.getLocation();
            location.replace(Pages.file("apps", wanted) + location.getSearch() + "#" + fragment);
            return true;
        }
        ExitLinks.apply(document, ExitLinks.target(link, lang));
        if (!preset.title().isEmpty()) {
            document.setTitle(preset.title());
        }
        return false;
    }

    /** The result words of the page's language (English when it has none). */
    private static JsCatalog words(JsWindow window, String lang) {
        JsCatalogs all = window.getAppWords();
        if (Js.missing(all)) {
            throw new IllegalStateException("the tier script carries no result words (quietroomAppWords)");
        }
        JsCatalog own = lang == null ? null : all.get(lang);
        return Js.missing(own) ? all.get("en") : own;
    }

    void start() {
        if (table.size() == 0) {
            throw new IllegalStateException("the tier script carries no app table (quietroomApps)");
        }
        input = dom.byId("app-query");
        results = dom.byId("app-results");
        HTMLElement form = dom.byId("app-form");
        input.addEventListener("input", (EventListener<Event>) event -> update());
        form.addEventListener("submit", (EventListener<Event>) event -> {
            event.preventDefault();
            update();
        });
        visit.onEnd(() -> Dom.clear(results));
        Dom.setHidden(dom.byId("apps"), false);
        update();
    }

    private void update() {
        if (visit.over()) {
            return;
        }
        String typed = ((JsValue) (JSObject) input).getValue();
        if (typed == null) {
            typed = "";
        }
        if (typed.equals(shown)) {
            return;
        }
        shown = typed;
        List<Node> shownResults = new ArrayList<>();
        for (AppMatch match : table.lookup(typed)) {
            shownResults.add(AppResultView.of(match, table, messages));
        }
        dom.fill(results, shownResults);
    }
}
