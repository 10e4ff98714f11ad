package org.quietroom.core.view;

import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.Words;
import org.quietroom.core.apps.AppKind;
import org.quietroom.core.apps.AppMatch;
import org.quietroom.core.apps.AppTable;

/**
 * One result of the app lookup (apps.html), inside {@code #app-results}: an element with {@code data-app-result},
 * {@code data-kind} ({@link AppKind#attribute()}) and, for a listed app, {@code data-app} (the list's name). A
 * listed stalkerware app gets what it sees and what to do first; a listed watching app that it is one the person
 * may not have agreed to; a name that only suggests watching, what to look at; no match, how big the list is and
 * that a name not on it proves nothing.
 */
public final class AppResultView {
    private AppResultView() {
    }

    /** The result for {@code match}, looked up in {@code table}. */
    public static Node of(AppMatch match, AppTable table, Words words) {
        AppKind kind = match.kind();
        String className = kind == AppKind.STALKERWARE ? "finding app-result finding--risk"
                : kind == AppKind.NO_MATCH ? "finding finding--unknown app-result" : "finding app-result finding--caution";
        Node box = Node.el("div", className).attr("data-app-result", "").attr("data-kind", kind.attribute());
        if (match.app() >= 0) {
            box.attr("data-app", table.name(match.app()));
        }
        if (kind == AppKind.STALKERWARE) {
            listed(box, table, match.app(), "apps.result.stalkerware", words);
            say(box, words, "apps.result.stalkerware-sees");
            box.sub("h4", "", words.get("apps.result.first-heading"));
            Node first = box.sub("ul", "", "");
            for (String key : List.of("apps.result.first-write", "apps.result.first-talk", "apps.result.first-reset")) {
                first.sub("li", "", words.get(key));
            }
            say(box, words, "apps.result.stalkerware-android", "apps.result.stalkerware-ios");
        } else if (kind == AppKind.WATCHWARE) {
            listed(box, table, match.app(), "apps.result.watchware", words);
            say(box, words, "apps.result.watchware-open", "apps.result.watchware-not-agreed", "apps.result.watchware-who");
        } else if (kind == AppKind.SUGGESTIVE_NAME) {
            if (match.everyday()) {
                say(box, words, "apps.result.everyday");
            }
            say(box, words, "apps.result.suggestive", "apps.result.suggestive-look");
        } else {
            box.sub("p", "", Text.fill(words.get("apps.result.no-match"), List.of(Integer.toString(table.size()))));
        }
        return box;
    }

    /** A paragraph for each key, in order. */
    private static void say(Node box, Words words, String... keys) {
        for (String key : keys) {
            box.sub("p", "", words.get(key));
        }
    }

    /** The heading naming a listed app, and the other names it is sold under. */
    private static void listed(Node box, AppTable table, int app, String headingKey, Words words) {
        box.child(Node.el("h3", "").filled(words.get(headingKey), table.name(app)));
        String[] aliases = table.aliases(app);
        if (aliases.length > 0) {
            box.child(Node.el("p", "").filled(words.get("apps.result.also-sold-as"), Text.join(List.of(aliases), ", ")));
        }
    }
}
