package org.quietroom.browser;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Node;

/** Small DOM helpers. Text is only ever inserted as text nodes: nothing here parses markup. */
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

    void setText(HTMLElement element, String text) {
        clear(element);
        if (!text.isEmpty()) {
            element.appendChild(document.createTextNode(text));
        }
    }

    static void clear(Node node) {
        if (node == null) {
            return;
        }
        while (node.getFirstChild() != null) {
            node.removeChild(node.getFirstChild());
        }
    }

    /** Replaces the content of {@code element} with one text node (none for the empty string). */
    static void setText(HTMLDocument document, HTMLElement element, String text) {
        clear(element);
        if (!text.isEmpty()) {
            element.appendChild(document.createTextNode(text));
        }
    }

    static void setHidden(HTMLElement element, boolean hidden) {
        if (hidden) {
            element.setAttribute("hidden", "");
        } else {
            element.removeAttribute("hidden");
        }
    }

    /** A new element with a {@code class} attribute. */
    static HTMLElement element(HTMLDocument document, String tag, String className) {
        HTMLElement e = document.createElement(tag);
        if (!className.isEmpty()) {
            e.setAttribute("class", className);
        }
        return e;
    }

    /**
     * Appends a catalog sentence with one slot, {@code {0}}, filled with {@code value}: the sentence's words as
     * text, the value as text inside {@code <bdi>}, so a right-to-left value cannot reorder the words around
     * it. A sentence without {@code {0}} is appended as it is.
     */
    static void appendFilled(HTMLDocument document, HTMLElement parent, String sentence, String value) {
        int slot = sentence.indexOf("{0}");
        if (slot < 0) {
            parent.appendChild(document.createTextNode(sentence));
            return;
        }
        if (slot > 0) {
            parent.appendChild(document.createTextNode(sentence.substring(0, slot)));
        }
        HTMLElement bdi = document.createElement("bdi");
        bdi.appendChild(document.createTextNode(value));
        parent.appendChild(bdi);
        if (slot + 3 < sentence.length()) {
            parent.appendChild(document.createTextNode(sentence.substring(slot + 3)));
        }
    }
}
