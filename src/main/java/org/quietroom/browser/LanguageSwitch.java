package org.quietroom.browser;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.i18n.LanguageChoice;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetCodec;
import org.teavm.jso.browser.Location;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
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
    private final List<String> shipped = new ArrayList<>();
    private final List<Runnable> views = new ArrayList<>();
    private boolean keepTitle;
    private boolean live;

    LanguageSwitch(JsWindow window, Messages messages) {
        this.window = window;
        this.document = window.getDocument();
        this.root = document.getDocumentElement();
        this.messages = messages;
        // In the switcher's order: each item (the current language's text, the others' links) carries its lang.
        NodeList<? extends Element> items = document.querySelectorAll("#languages li > [lang]");
        for (int i = 0; i < items.getLength(); i++) {
            shipped.add(items.get(i).getAttribute("lang"));
        }
        if (!shipped.contains(current())) {
            shipped.add(current());
        }
    }

    /** The page's language now. */
    String current() {
        String lang = root.getAttribute("lang");
        return lang == null ? "" : lang;
    }

    List<String> shipped() {
        return shipped;
    }

    /**
     * The language this visit starts in: the link's, else the page's own when it is not the default page (the
     * person chose it, or was sent to it), else the browser's languages, else English.
     */
    String initial(String presetLanguage) {
        String picked = LanguageChoice.FALLBACK.equals(current()) ? "" : current();
        return LanguageChoice.choose(presetLanguage, picked, browserLanguages(), shipped);
    }

    private List<String> browserLanguages() {
        return browserLanguages(window);
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
        live = true;
        HTMLElement nav = document.getElementById("languages");
        if (nav == null) {
            return;
        }
        nav.addEventListener("click", (EventListener<Event>) event -> {
            String lang = ((HTMLElement) event.getTarget()).getAttribute("data-lang");
            if (lang == null || !live || Main.exited(root) || !available(lang)) {
                return;
            }
            event.preventDefault();
            if (switchTo(lang)) {
                HTMLElement now = document.getElementById("language-current");
                if (now != null) {
                    now.focus();
                }
            }
        });
    }

    /** Stops changing language (the quick exit, or the page's code failed): the links open the pages again. */
    void stop() {
        live = false;
    }

    /** Changes the page to {@code lang}; false when it cannot (not shipped, not loaded, already so). */
    boolean switchTo(String lang) {
        if (!shipped.contains(lang) || lang.equals(current()) || !available(lang)) {
            return false;
        }
        JsCatalog catalog = window.getCatalogs().get(lang);
        messages.use(catalog);
        root.setAttribute("lang", lang);
        root.setAttribute("dir", "rtl".equals(word(catalog, "page.dir", "ltr")) ? "rtl" : "ltr");
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
            String pairs = element.getAttribute("data-ma");
            int start = 0;
            while (start < pairs.length()) {
                int end = pairs.indexOf(';', start);
                if (end < 0) {
                    end = pairs.length();
                }
                int eq = pairs.indexOf('=', start);
                if (eq > start && eq < end) {
                    element.setAttribute(pairs.substring(start, eq), messages.get(pairs.substring(eq + 1, end)));
                }
                start = end + 1;
            }
        }
    }

    /**
     * The same items as the build writes (PageTemplate): each language named in itself, the current one as text
     * with {@code aria-current}, the others as links to their pages.
     */
    private void drawSwitcher(String lang) {
        HTMLElement nav = document.getElementById("languages");
        if (nav == null) {
            return;
        }
        HTMLElement list = Dom.element(document, "ul", "");
        JsCatalogs catalogs = window.getCatalogs();
        for (String each : shipped) {
            JsCatalog catalog = catalogs.get(each);
            HTMLElement item = Dom.element(document, "li", "");
            HTMLElement label;
            if (each.equals(lang)) {
                label = Dom.element(document, "span", "");
                label.setAttribute("aria-current", "page");
                label.setAttribute("id", "language-current");
                label.setAttribute("tabindex", "-1");
            } else {
                label = Dom.element(document, "a", "");
                label.setAttribute("href", pageFile(each));
                label.setAttribute("hreflang", each);
                label.setAttribute("data-lang", each);
            }
            label.setAttribute("lang", each);
            String dir = word(catalog, "page.dir", "");
            if (!dir.isEmpty()) {
                label.setAttribute("dir", dir);
            }
            Dom.setText(document, label, word(catalog, "page.lang-name", each));
            item.appendChild(label);
            list.appendChild(item);
        }
        Dom.clear(nav);
        nav.appendChild(list);
    }

    /** A catalog's entry, or {@code otherwise} when the catalog or the entry is missing. */
    private static String word(JsCatalog catalog, String key, String otherwise) {
        return Js.missing(catalog) || Js.missing(catalog.get(key)) ? otherwise : Js.string(catalog.get(key));
    }

    /** The page of a language, as the build names it (PageTemplate.pageFile): index.html for English. */
    private static String pageFile(String lang) {
        return LanguageChoice.FALLBACK.equals(lang) ? "index.html" : "index." + lang + ".html";
    }

    /**
     * Opens that language's page in place of this one, with the advocate's link in its fragment: the way a link's
     * language still applies when its catalog did not load with this page. {@code location.replace}, so Back does
     * not return here; that page reads the link again and, its language matching, stays. False when it cannot.
     */
    boolean openPage(String lang, Preset preset) {
        try {
            Location location = window.getLocation();
            root.setAttribute("data-preset", "switching-language");
            location.replace(pageFile(lang) + location.getSearch() + "#" + PresetCodec.encode(preset));
            return true;
        } catch (Throwable e) {
            // Stay on this page in its own language: the rest of the link still applies.
            return false;
        }
    }
}
