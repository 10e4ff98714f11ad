package org.quietroom.core.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.Words;

/** Walking core's views in tests, and the English catalog as the page's words. */
final class Trees {
    private static final Map<String, String> EN = EnglishCatalog.messages();
    /** The page's English words: a missing key reads as itself, as the page's Messages does. */
    static final Words ENGLISH = key -> EN.getOrDefault(key, key);

    private Trees() {
    }

    /** Every element of the views, depth first. */
    static List<Node> elements(List<Node> views) {
        List<Node> out = new ArrayList<>();
        for (Node v : views) {
            collect(v, out);
        }
        return out;
    }

    static List<Node> elements(Node view) {
        return elements(List.of(view));
    }

    private static void collect(Node node, List<Node> out) {
        if (node.isText()) {
            return;
        }
        out.add(node);
        for (Node c : node.children()) {
            collect(c, out);
        }
    }

    /** The elements whose class attribute includes {@code className}. */
    static List<Node> withClass(List<Node> views, String className) {
        List<Node> out = new ArrayList<>();
        for (Node e : elements(views)) {
            String c = e.attribute("class");
            if (c != null && (" " + c + " ").contains(" " + className + " ")) {
                out.add(e);
            }
        }
        return out;
    }

    /** The elements with attribute {@code name}. */
    static List<Node> withAttribute(List<Node> views, String name) {
        List<Node> out = new ArrayList<>();
        for (Node e : elements(views)) {
            if (e.attribute(name) != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** Each child element's tag and class, in order, for order checks: "p.finding__text". */
    static List<String> shape(Node element) {
        List<String> out = new ArrayList<>();
        for (Node c : element.children()) {
            if (!c.isText()) {
                String cls = c.attribute("class");
                out.add(c.tag() + (cls == null ? "" : "." + cls));
            }
        }
        return out;
    }
}
