package org.quietroom.browser;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.i18n.LanguageChoice;
import org.quietroom.core.preset.PresetCodec;
import org.quietroom.core.preset.PresetResult;
import org.teavm.jso.browser.Location;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The fallback for an advocate's link that names another shipped language when that language's catalog did not
 * load with the page (normally {@link LanguageSwitch} changes the page in place): the page for that language
 * replaces this one ({@code location.replace}, so Back does not return here), with the same settings in its
 * fragment. That page reads them again and, its language matching, stays.
 */
final class PresetLanguage {
    private PresetLanguage() {
    }

    /** True when another language's page is now loading in place of this one. */
    static boolean switchPage(JsWindow window, HTMLDocument document, HTMLElement root, PresetResult preset) {
        try {
            if (!preset.isOk() || preset.preset().language().isEmpty()) {
                return false;
            }
            String current = root.getAttribute("lang");
            List<String> shipped = new ArrayList<>();
            shipped.add(current == null ? "" : current);
            NodeList<? extends Element> links = document.querySelectorAll("nav.languages a[data-lang]");
            for (int i = 0; i < links.getLength(); i++) {
                shipped.add(links.get(i).getAttribute("data-lang"));
            }
            String target = LanguageChoice.match(preset.preset().language(), shipped);
            if (target.isEmpty() || target.equals(current)) {
                return false;
            }
            String page = LanguageChoice.FALLBACK.equals(target) ? "index.html" : "index." + target + ".html";
            Location location = window.getLocation();
            root.setAttribute("data-preset", "switching-language");
            location.replace(page + location.getSearch() + "#" + PresetCodec.encode(preset.preset()));
            return true;
        } catch (Throwable e) {
            // Stay on this page in its own language: the rest of the link still applies.
            return false;
        }
    }
}
