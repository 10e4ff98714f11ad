package org.quietroom.browser;

import org.quietroom.core.i18n.LanguageChoice;
import org.quietroom.core.i18n.Pages;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The person's page's links to the app lookup (apps.html): the "what no web page can see" section's
 * {@code #apps-link} and the plan's steps about apps ({@link PlanRenderer}). Each opens, in a new tab (so the plan
 * stays), the lookup page of the page's current language, with the advocate's link's fragment when the page was
 * opened from a valid one: the lookup reads it the same way ({@link BuildMain}) and takes its exit target, title
 * and language. Nothing else is carried; the fragment is forgotten at the quick exit.
 */
final class AppsLink {
    static final String ID = "apps-link";
    private static String fragment = "";

    private AppsLink() {
    }

    /** The fragment (without '#') of the valid advocate's link the page was opened with, or "" for none. */
    static void carry(String value) {
        fragment = value == null ? "" : value;
    }

    static String href(HTMLDocument document) {
        String lang = document.getDocumentElement().getAttribute("lang");
        String file = Pages.file("apps", lang == null || lang.isEmpty() ? LanguageChoice.FALLBACK : lang);
        return fragment.isEmpty() ? file : file + "#" + fragment;
    }

    /** Points {@code #apps-link} at {@link #href}; again whenever the page changes language. */
    static void update(HTMLDocument document) {
        HTMLElement link = document.getElementById(ID);
        if (link != null) {
            link.setAttribute("href", href(document));
        }
    }
}
