package org.quietroom.browser;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Small DOM helpers for the questions and the plan. Text always goes in as text nodes, never as markup. */
final class Dom {
    private final HTMLDocument document;

    Dom(HTMLDocument document) {
        this.document = document;
    }

    HTMLDocument document() {
        return document;
    }

    HTMLElement byId(String id) {
        return document.getElementById(id);
    }

    /** A new element with a class (none when empty). */
    HTMLElement element(String tag, String className) {
        HTMLElement e = document.createElement(tag);
        if (!className.isEmpty()) {
            e.setAttribute("class", className);
        }
        return e;
    }

    /** A new element with a class and text. */
    HTMLElement text(String tag, String className, String text) {
        HTMLElement e = element(tag, className);
        e.appendChild(document.createTextNode(text));
        return e;
    }

    /** A new element appended to {@code parent}. */
    HTMLElement add(HTMLElement parent, String tag, String className, String text) {
        HTMLElement e = text(tag, className, text);
        parent.appendChild(e);
        return e;
    }

    static void clear(HTMLElement element) {
        if (element == null) {
            return;
        }
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
    }

    void setText(HTMLElement element, String text) {
        clear(element);
        if (!text.isEmpty()) {
            element.appendChild(document.createTextNode(text));
        }
    }
}
