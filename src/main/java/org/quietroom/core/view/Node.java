package org.quietroom.core.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of markup the page's code writes, as a value: an element (tag, attributes in order, children) or a run
 * of text. Core's views build it from findings, questions, plans and links; the page draws it with
 * {@code browser/Dom.draw}, every text as a text node, so nothing here is ever parsed as markup. The tags and
 * attributes a view may use are the ones {@code OwnWrites} declares (OwnWritesTest holds the views to that).
 */
public final class Node {
    private final String tag;
    private final String text;
    private final List<String> attributes = new ArrayList<>();
    private final List<Node> children = new ArrayList<>();

    private Node(String tag, String text) {
        this.tag = tag;
        this.text = text;
    }

    /** A new element, with {@code class} when {@code className} is not empty. */
    public static Node el(String tag, String className) {
        Node node = new Node(tag, "");
        return className.isEmpty() ? node : node.attr("class", className);
    }

    /** Adds an attribute, in the order added (each name once: a view sets each attribute once); returns this. */
    public Node attr(String name, String value) {
        attributes.add(name);
        attributes.add(value);
        return this;
    }

    /** Appends {@code child}; returns this element. */
    public Node child(Node child) {
        children.add(child);
        return this;
    }

    /** Appends a new element holding {@code text} (none when empty); returns the new element. */
    public Node sub(String tag, String className, String text) {
        Node node = el(tag, className).words(text);
        children.add(node);
        return node;
    }

    /** Appends a run of text (nothing when empty); returns this element. */
    public Node words(String text) {
        if (!text.isEmpty()) {
            children.add(new Node("", text));
        }
        return this;
    }

    /**
     * Appends a catalog sentence with one slot, {@code {0}}, filled with {@code value}: the sentence's words as
     * text, the value as text inside {@code <bdi>}, so a right-to-left value cannot reorder the words around it.
     * A sentence without {@code {0}} is appended as it is. Returns this element.
     */
    public Node filled(String sentence, String value) {
        int slot = sentence.indexOf("{0}");
        if (slot < 0) {
            return words(sentence);
        }
        words(sentence.substring(0, slot));
        sub("bdi", "", value);
        return words(sentence.substring(slot + 3));
    }

    /** True for a run of text, false for an element. */
    public boolean isText() {
        return tag.isEmpty();
    }

    /** The element's tag; empty for text. */
    public String tag() {
        return tag;
    }

    /** The text of a run of text; empty for an element. */
    public String text() {
        return text;
    }

    /** How many attributes the element has. */
    public int attributeCount() {
        return attributes.size() / 2;
    }

    /** The name of attribute {@code i}, in the order set. */
    public String attributeName(int i) {
        return attributes.get(2 * i);
    }

    /** The value of attribute {@code i}. */
    public String attributeValue(int i) {
        return attributes.get(2 * i + 1);
    }

    /** The value of the attribute {@code name}, or null when the element has none. */
    public String attribute(String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }

    /** The children, in order. */
    public List<Node> children() {
        return children;
    }

    /** All the text inside, in order, without markup: what a screen reader reads. */
    public String allText() {
        if (isText()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (Node c : children) {
            sb.append(c.allText());
        }
        return sb.toString();
    }

    /** This element or the first one inside (depth first) with {@code id}; null when none has it. */
    public Node byId(String id) {
        if (id.equals(attribute("id"))) {
            return this;
        }
        for (Node c : children) {
            Node found = c.isText() ? null : c.byId(id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
