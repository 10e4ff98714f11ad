package org.quietroom.core.check;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;
import org.quietroom.core.Text;
import org.quietroom.core.Tri;

/**
 * Whether something other than this page's own code added to or changed the page:
 * boot.js compares the page with its structure as built and watches it with a MutationObserver, which sees
 * changes from any world, including extensions' isolated content scripts. The probe adds files loaded from
 * other origins or from extension URLs (Resource Timing) and built-in functions that are no longer native.
 *
 * <p>Changed functions never make a verdict on their own: privacy tools patch them all the time; they only explain
 * a finding or, alone, are worth a look. Added code (script, frame, object) or files
 * from other origins is the strongest finding, because code added to the page can read everything in it.
 * It cannot see extensions that only read the page, nor closed shadow roots, nor anything outside the page.
 */
public final class InjectedContentCheck implements Check {
    public static final String ID = "injected-content";

    /** Elements that carry or load code or another page. */
    private static final String[] CODE_ELEMENTS = {"script", "iframe", "frame", "object", "embed"};

    /** At most this many items are listed as evidence. */
    private static final int MAX_ITEMS = 8;

    /** The closed set of results, worst first. */
    public enum Result implements Reason {
        /** Code or another page was added. Evidence: what was added. */
        CODE_ADDED(Outcome.RISK, "code-added"),
        /** Code was added and built-in functions were changed. Evidence: what was added, which functions. */
        CODE_ADDED_PATCHED(Outcome.RISK, "code-added-patched"),
        /** Elements, attributes or other files were added, not all from known tools. Evidence: what. */
        CHANGED(Outcome.CAUTION, "changed"),
        /** Only markers of well-known helpers (spell checker, password manager, ...). Evidence: their names. */
        KNOWN_HELPER(Outcome.CAUTION, "known-helper"),
        /** Only built-in functions changed. Evidence: which. */
        PATCHED(Outcome.CAUTION, "patched"),
        /** The page was watched from the start and nothing was added. */
        NOTHING_SEEN(Outcome.OK, "nothing-seen"),
        /** The page could not be watched. */
        UNKNOWN(Outcome.UNKNOWN, "unknown");

        private final Outcome outcome;
        private final String key;

        Result(Outcome outcome, String key) {
            this.outcome = outcome;
            this.key = key;
        }

        @Override
        public Outcome outcome() {
            return outcome;
        }

        @Override
        public String key() {
            return key;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reason[] reasons() {
        return Result.values();
    }

    @Override
    public Finding run(Snapshot s) {
        List<String> code = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<String> helpers = new ArrayList<>();
        boolean unknownToken = false;
        boolean translated = KnownHelpers.translated(s.addedAttributes());
        for (String tag : s.addedElements()) {
            if (isCode(tag)) {
                code.add("<" + tag + ">");
                continue;
            }
            other.add("<" + tag + ">");
            String helper = KnownHelpers.ofElement(tag, translated);
            if (helper == null) {
                unknownToken = true;
            } else {
                Text.addOnce(helpers, helper);
            }
        }
        for (String name : s.addedAttributes()) {
            other.add(name);
            String helper = KnownHelpers.ofAttribute(name, translated);
            if (helper == null) {
                unknownToken = true;
            } else {
                Text.addOnce(helpers, helper);
            }
        }
        for (String origin : s.foreignCodeOrigins()) {
            Text.addOnce(code, origin);
        }
        for (String scheme : s.extensionUrls()) {
            Text.addOnce(other, scheme + "//\u2026");
            unknownToken = true;
        }
        for (String origin : s.foreignOrigins()) {
            Text.addOnce(other, origin);
            unknownToken = true;
        }
        List<String> patched = s.patchedFunctions();
        if (!code.isEmpty()) {
            List<String> all = new ArrayList<>(code);
            all.addAll(other);
            return patched.isEmpty()
                    ? Finding.of(ID, Result.CODE_ADDED, list(all))
                    : Finding.of(ID, Result.CODE_ADDED_PATCHED, list(all), list(patched));
        }
        if (!other.isEmpty()) {
            if (!unknownToken && patched.isEmpty()) {
                return Finding.of(ID, Result.KNOWN_HELPER, Text.join(helpers, ", "));
            }
            List<String> all = new ArrayList<>(other);
            for (String function : patched) {
                all.add(function + "()");
            }
            return Finding.of(ID, Result.CHANGED, list(all));
        }
        if (!patched.isEmpty()) {
            return Finding.of(ID, Result.PATCHED, list(patched));
        }
        return s.pageWatched() == Tri.YES ? Finding.of(ID, Result.NOTHING_SEEN) : Finding.of(ID, Result.UNKNOWN);
    }

    private static boolean isCode(String tag) {
        for (String c : CODE_ELEMENTS) {
            if (c.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The first items, comma-separated; an ellipsis says there were more. */
    private static String list(List<String> items) {
        if (items.size() <= MAX_ITEMS) {
            return Text.join(items, ", ");
        }
        return Text.join(items.subList(0, MAX_ITEMS), ", ") + ", \u2026";
    }
}
