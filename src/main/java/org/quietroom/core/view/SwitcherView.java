package org.quietroom.core.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quietroom.core.Words;
import org.quietroom.core.i18n.Pages;

/**
 * The language switcher's items ({@code #languages > ul}), the same for the site builder (which writes them into
 * each page) and for the page (which draws them again when the language changes in place): each language named
 * in itself ({@code page.lang-name} of its own catalog, with its {@code page.dir}); the current one as text with
 * {@code aria-current="page"}, focusable by script only ({@link #CURRENT_ID}); the others as links to their pages
 * ({@code data-lang}, which the page's switcher reads).
 */
public final class SwitcherView {
    /** The current language's item, which the page focuses after a change of language. */
    public static final String CURRENT_ID = "language-current";

    private SwitcherView() {
    }

    /** One {@code <li>} per item; {@code catalogs} gives each language's own catalog. */
    public static List<Node> items(List<Pages.Item> items, Function<String, Words> catalogs) {
        List<Node> out = new ArrayList<>(items.size());
        for (Pages.Item item : items) {
            Words own = catalogs.apply(item.lang());
            Node label = item.current()
                    ? Node.el("span", "").attr("aria-current", "page").attr("id", CURRENT_ID).attr("tabindex", "-1")
                    : Node.el("a", "").attr("href", item.href()).attr("hreflang", item.lang());
            label.attr("lang", item.lang());
            if (own.has("page.dir")) {
                label.attr("dir", own.get("page.dir"));
            }
            if (!item.current()) {
                label.attr("data-lang", item.lang());
            }
            out.add(Node.el("li", "").child(label.words(own.has("page.lang-name") ? own.get("page.lang-name") : item.lang())));
        }
        return out;
    }
}
