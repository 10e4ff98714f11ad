package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.view.Node;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Small DOM helpers, and the one drawing of core's views ({@link Node}). Text is only ever inserted as text nodes:
 * nothing here parses markup.
 */
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

    void setText(HTMLElement element, String text) {
        setText(document, element, text);
    }

    void fill(HTMLElement parent, List<Node> views) {
        fill(document, parent, views);
    }

    /** Replaces the content of {@code parent} with the views drawn. */
    static void fill(HTMLDocument document, HTMLElement parent, List<Node> views) {
        clear(parent);
        for (Node view : views) {
            parent.appendChild(draw(document, view));
        }
    }

    /** A core view as elements: each tag, its attributes in order, its text as text nodes. */
    static HTMLElement draw(HTMLDocument document, Node view) {
        HTMLElement e = document.createElement(view.tag());
        for (int i = 0; i < view.attributeCount(); i++) {
            e.setAttribute(view.attributeName(i), view.attributeValue(i));
        }
        for (Node c : view.children()) {
            e.appendChild(c.isText() ? document.createTextNode(c.text()) : draw(document, c));
        }
        return e;
    }

    static void clear(org.teavm.jso.dom.xml.Node node) {
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
}
