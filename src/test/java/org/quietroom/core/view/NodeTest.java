package org.quietroom.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NodeTest {
    @Test
    void anElementHasItsClassOnlyWhenOneIsGiven() {
        assertEquals(0, Node.el("p", "").attributeCount());
        Node p = Node.el("p", "note");
        assertEquals(1, p.attributeCount());
        assertEquals("class", p.attributeName(0));
        assertEquals("note", p.attributeValue(0));
    }

    @Test
    void attributesKeepTheirOrder() {
        Node a = Node.el("a", "").attr("href", "x").attr("rel", "noopener");
        assertEquals(2, a.attributeCount());
        assertEquals("href", a.attributeName(0));
        assertEquals("rel", a.attributeName(1));
        assertEquals("x", a.attribute("href"));
        assertNull(a.attribute("target"));
    }

    @Test
    void emptyTextAddsNoNode() {
        Node p = Node.el("p", "").words("");
        assertTrue(p.children().isEmpty());
        Node li = Node.el("ul", "").sub("li", "", "");
        assertTrue(li.children().isEmpty());
    }

    @Test
    void subReturnsTheNewElementAndChildReturnsTheParent() {
        Node ul = Node.el("ul", "");
        Node li = ul.sub("li", "item", "one");
        assertSame(ul.children().get(0), li);
        assertSame(ul, ul.child(Node.el("li", "")));
        assertEquals("one", li.allText());
    }

    @Test
    void aFilledSentenceKeepsTheValueInABdi() {
        Node h = Node.el("h3", "").filled("Listed: {0}, sold as", "\u05d0\u05d1");
        assertEquals(3, h.children().size());
        assertEquals("Listed: ", h.children().get(0).text());
        assertEquals("bdi", h.children().get(1).tag());
        assertEquals("\u05d0\u05d1", h.children().get(1).allText());
        assertEquals(", sold as", h.children().get(2).text());
        // At either end no empty text is left; without a slot the sentence is one text.
        assertEquals(1, Node.el("p", "").filled("{0}", "v").children().size());
        assertEquals(2, Node.el("p", "").filled("Call {0}", "v").children().size());
        Node plain = Node.el("p", "").filled("No slot here", "v");
        assertEquals(1, plain.children().size());
        assertTrue(plain.children().get(0).isText());
    }

    @Test
    void byIdFindsTheFirstElementDepthFirst() {
        Node root = Node.el("div", "").attr("id", "a");
        Node inner = root.sub("section", "", "").sub("p", "", "x").attr("id", "b");
        assertSame(root, root.byId("a"));
        assertSame(inner, root.byId("b"));
        assertNull(root.byId("c"));
    }
}
