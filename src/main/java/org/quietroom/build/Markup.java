package org.quietroom.build;

import java.util.List;
import org.quietroom.core.view.Node;

/** Core's views ({@link Node}) as HTML text, for the parts of a page the site builder and the page both write. */
final class Markup {
    private Markup() {
    }

    /** The views in order, text and attribute values escaped. */
    static String of(List<Node> views) {
        StringBuilder sb = new StringBuilder();
        for (Node view : views) {
            write(view, sb);
        }
        return sb.toString();
    }

    private static void write(Node node, StringBuilder sb) {
        if (node.isText()) {
            sb.append(PageTemplate.escape(node.text()));
            return;
        }
        sb.append('<').append(node.tag());
        for (int i = 0; i < node.attributeCount(); i++) {
            sb.append(' ').append(node.attributeName(i));
            if (!node.attributeValue(i).isEmpty()) {
                sb.append("=\"").append(PageTemplate.escape(node.attributeValue(i))).append('"');
            }
        }
        sb.append('>');
        for (Node c : node.children()) {
            write(c, sb);
        }
        sb.append("</").append(node.tag()).append('>');
    }
}
