package org.quietroom.browser;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.i18n.LanguageStart;
import org.quietroom.core.i18n.Pages;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetCodec;
import org.quietroom.core.preset.PresetResult;
import org.quietroom.core.view.SwitcherView;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Location;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.EventTarget;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Changes the page's language in place, keeping the person's answers, the findings and the plan, and sending
 * nothing: every shipped catalog loads with the page ({@code messages.<lang>.js}, registered in
 * {@code quietroomCatalogs}). The site builder marks each catalog text of the page with its key ({@code data-m},
 * {@code data-m-arg} for a {0}, and {@code data-ma="attribute=key;..."} for attributes); this fills them from
 * the other catalog, sets {@code lang} and {@code dir}, redraws the switcher, and asks every view to render again.
 * Which language the visit starts in, and the page files, are core's rules ({@link LanguageStart}, {@link Pages}).
 *
 * <p>The switcher's items are plain links to each language's page, so without JavaScript, or when a catalog did
 * not load, or when the page's code failed part-way, a click simply opens that page (and the answers, if any,
 * are not carried: they are never written anywhere).
 */
final class LanguageSwitch {
    private final HTMLDocument document;
    private final HTMLElement root;
    private final Messages messages;
    private final JsWindow window;
    private final Visit visit;
    private final List<String> shipped;
    private final List<Runnable> views = new ArrayList<>();
    private boolean keepTitle;
    /** Clicks on the switcher change the language in place (else its links open the pages). */
    private boolean inPlace;

    LanguageSwitch(JsWindow window, Messages messages, Visit visit) {
        this.window = window;
        this.visit = visit;
        this.document = window.getDocument();
        this.root = document.getDocumentElement();
        this.messages = messages;
        this.shipped = shipped(document);
        visit.onEnd(this::stop);
    }

    /** The page's languages, in the switcher's order: each item (text or link) carries its {@code lang}. */
    static List<String> shipped(HTMLDocument document) {
        List<String> list = new ArrayList<>();
        NodeList<? extends Element> items = document.querySelectorAll("#languages li > [lang]");
        for (int i = 0; i < items.getLength(); i++) {
            list.add(items.get(i).getAttribute("lang"));
        }
        String own = document.getDocumentElement().getAttribute("lang");
        if (own != null && !list.contains(own)) {
            list.add(own);
        }
        return list;
    }

    /**
     * Starts the visit in its language ({@link LanguageStart}): in place when that catalog loaded, else, for the
     * link's own language only, by opening that language's page (true: this page is being replaced). A catalog still
     * loading is waited for: the load event comes after every catalog, boot.js's inserted ones too.
     */
    boolean begin(PresetResult link) {
        String linkLanguage = link.isOk() ? link.preset().language() : "";
        String page = current();
        if (act(decide(linkLanguage, page, loaded(document)), link)) {
            return true;
        }
        if (!loaded(document)) {
            ((EventTarget) (JSObject) window).addEventListener("load", (EventListener<Event>) event -> {
                try {
                    if (current().equals(page)) {
                        act(decide(linkLanguage, page, true), link);
                    }
                } catch (Throwable e) {
                    // The page stays in its own language.
                }
            });
        }
        return false;
    }

    private LanguageStart decide(String linkLanguage, String page, boolean allLoaded) {
        List<String> loaded = new ArrayList<>();
        for (String lang : shipped) {
            if (available(lang)) {
                loaded.add(lang);
            }
        }
        return LanguageStart.decide(linkLanguage, page, browserLanguages(window), shipped, loaded, allLoaded);
    }

    /** Does what the start decided; true when this page is being replaced. */
    private boolean act(LanguageStart start, PresetResult link) {
        if (start.move() == LanguageStart.Move.SWITCH) {
            switchTo(start.lang());
        }
        return start.move() == LanguageStart.Move.OPEN_PAGE && !visit.over() && openPage(start.lang(), link.preset());
    }

    /** Every script of the page has run, those boot.js inserted too: a catalog not there now did not load. */
    static boolean loaded(HTMLDocument document) {
        return "complete".equals(Js.string(((JsDocument) (JSObject) document).getReadyState()));
    }

    /** The page's language now. */
    String current() {
        String lang = root.getAttribute("lang");
        return lang == null ? "" : lang;
    }

    /** {@code navigator.languages}, most preferred first (16 at most); empty when the browser has none. */
    static List<String> browserLanguages(JsWindow window) {
        List<String> list = new ArrayList<>();
        try {
            JsStrings languages = window.getNavigator().getLanguages();
            if (!Js.missing(languages)) {
                for (int i = 0; i < languages.getLength() && i < 16; i++) {
                    list.add(Js.string(languages.get(i)));
                }
            }
        } catch (Throwable e) {
            // No list: the page's own language stays.
        }
        return list;
    }

    /** Whether that language's catalog has loaded. */
    boolean available(String lang) {
        JsCatalogs catalogs = window.getCatalogs();
        return !Js.missing(catalogs) && !Js.missing(catalogs.get(lang));
    }

    /** The link set the page's title: changing language leaves it. */
    void keepTitle() {
        keepTitle = true;
    }

    /** Renders again in the new language; added in the order the page was built. */
    void onChange(Runnable view) {
        views.add(view);
    }

    /** From now on a click on the switcher changes language in place. */
    void start() {
        inPlace = true;
        HTMLElement nav = document.getElementById("languages");
        if (nav == null) {
            return;
        }
        nav.addEventListener("click", (EventListener<Event>) event -> {
            String lang = ((HTMLElement) event.getTarget()).getAttribute("data-lang");
            if (lang == null || !inPlace || visit.over() || !available(lang)) {
                return;
            }
            event.preventDefault();
            if (switchTo(lang)) {
                HTMLElement now = document.getElementById(SwitcherView.CURRENT_ID);
                if (now != null) {
                    now.focus();
                }
            }
        });
    }

    /** Stops changing language (the quick exit, or the page's code failed): the links open the pages again. */
    void stop() {
        inPlace = false;
    }

    /** Changes the page to {@code lang}; false when it cannot (not shipped, not loaded, already so). */
    boolean switchTo(String lang) {
        if (!shipped.contains(lang) || lang.equals(current()) || !available(lang)) {
            return false;
        }
        JsCatalog catalog = window.getCatalogs().get(lang);
        messages.use(catalog);
        root.setAttribute("lang", lang);
        root.setAttribute("dir", "rtl".equals(messages.get("page.dir")) ? "rtl" : "ltr");
        fillTexts();
        fillAttributes();
        drawSwitcher(lang);
        for (Runnable view : views) {
            view.run();
        }
        return true;
    }

    private void fillTexts() {
        NodeList<? extends Element> marked = document.querySelectorAll("[data-m]");
        for (int i = 0; i < marked.getLength(); i++) {
            HTMLElement element = (HTMLElement) marked.get(i);
            if (keepTitle && "title".equals(Text.lower(element.getTagName()))) {
                continue;
            }
            String key = element.getAttribute("data-m");
            String arg = element.getAttribute("data-m-arg");
            Dom.setText(document, element, arg == null ? messages.get(key) : messages.get(key, List.of(arg)));
        }
    }

    private void fillAttributes() {
        NodeList<? extends Element> marked = document.querySelectorAll("[data-ma]");
        for (int i = 0; i < marked.getLength(); i++) {
            Element element = marked.get(i);
            for (Pages.Marked m : Pages.markedAttributes(element.getAttribute(Pages.MARKED_ATTRIBUTES))) {
                element.setAttribute(m.attribute(), messages.get(m.key()));
            }
        }
    }

    /** The same items as the build writes ({@link SwitcherView}), the current one now {@code lang}. */
    private void drawSwitcher(String lang) {
        HTMLElement list = document.querySelector("#languages > ul");
        if (list != null) {
            JsCatalogs catalogs = window.getCatalogs();
            Dom.fill(document, list, SwitcherView.items(Pages.switcher("index", shipped, lang),
                    other -> new Messages(catalogs.get(other))));
        }
    }

    /**
     * Opens that language's page in place of this one, with the advocate's link in its fragment: the way a link's
     * language still applies when its catalog did not load with this page. {@code location.replace}, so Back does
     * not return here; that page reads the link again and, its language matching, stays. False when it cannot.
     */
    private boolean openPage(String lang, Preset preset) {
        try {
            Location location = window.getLocation();
            root.setAttribute("data-preset", "switching-language");
            location.replace(Pages.file("index", lang) + location.getSearch() + "#" + PresetCodec.encode(preset));
            return true;
        } catch (Throwable e) {
            // Stay on this page in its own language: the rest of the link still applies.
            return false;
        }
    }
}
