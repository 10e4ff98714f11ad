package org.quietroom.core.apps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lookup table, read from the compact form the site builder writes (build/StalkerwareData): one app per line,
 * five tab-separated fields: kind ({@code s} stalkerware, {@code w} watchware), the list's name, other names,
 * Android packages, iOS bundle ids; lists separated by {@code |}.
 */
public final class AppTable {
    private final List<String> kinds = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String[]> aliases = new ArrayList<>();
    private final Map<String, int[]> byName = new HashMap<>();
    private final Map<String, int[]> byPackage = new HashMap<>();
    private final Map<String, Integer> byListName = new HashMap<>();

    private AppTable() {
    }

    /** Reads the compact table. Malformed lines are skipped. */
    public static AppTable parse(String data) {
        AppTable t = new AppTable();
        if (data == null) {
            return t;
        }
        int start = 0;
        while (start < data.length()) {
            int end = data.indexOf('\n', start);
            if (end < 0) {
                end = data.length();
            }
            t.addLine(data.substring(start, end));
            start = end + 1;
        }
        return t;
    }

    private void addLine(String line) {
        List<String> fields = parts(line, '\t', true);
        if (fields.size() != 5 || fields.get(1).isEmpty()) {
            return;
        }
        int index = names.size();
        kinds.add(fields.get(0));
        names.add(fields.get(1));
        List<String> other = parts(fields.get(2), '|', false);
        aliases.add(other.toArray(new String[0]));
        byListName.put(fields.get(1), index);
        put(byName, AppFold.name(fields.get(1)), index);
        for (String alias : other) {
            put(byName, AppFold.name(alias), index);
        }
        for (String p : parts(fields.get(3), '|', false)) {
            put(byPackage, AppFold.pkg(p), index);
        }
        for (String b : parts(fields.get(4), '|', false)) {
            put(byPackage, AppFold.pkg(b), index);
        }
    }

    private static void put(Map<String, int[]> map, String key, int index) {
        if (key.isEmpty()) {
            return;
        }
        int[] old = map.get(key);
        if (old == null) {
            map.put(key, new int[] {index});
            return;
        }
        for (int i : old) {
            if (i == index) {
                return;
            }
        }
        int[] grown = new int[old.length + 1];
        System.arraycopy(old, 0, grown, 0, old.length);
        grown[old.length] = index;
        map.put(key, grown);
    }

    /** The parts of {@code value} between separators, by hand (no regex: see teavm-notes.md). */
    private static List<String> parts(String value, char sep, boolean keepEmpty) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == sep) {
                if (keepEmpty || i > start) {
                    out.add(value.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** How many apps the list has (the "N" of the no-match wording). */
    public int size() {
        return names.size();
    }

    public String name(int app) {
        return names.get(app);
    }

    /** The app's other names, without its list name. */
    public String[] aliases(int app) {
        return aliases.get(app);
    }

    public AppKind kind(int app) {
        return "w".equals(kinds.get(app)) ? AppKind.WATCHWARE : AppKind.STALKERWARE;
    }

    /**
     * The results for the typed text: every listed app it names (by name, other name, package or bundle id, or a
     * derived pattern), in the list's order; else one suggestive-name result when the name suggests monitoring;
     * else one no-match result. Blank input gives no result at all.
     */
    public List<AppMatch> lookup(String typed) {
        List<AppMatch> out = new ArrayList<>();
        String name = AppFold.name(typed);
        String pkg = AppFold.pkg(typed);
        if (name.isEmpty() && pkg.isEmpty()) {
            return out;
        }
        boolean[] hit = new boolean[names.size()];
        mark(hit, byName.get(name));
        mark(hit, byPackage.get(pkg));
        for (int p = 0; p < DerivedPatterns.count(); p++) {
            if (DerivedPatterns.fits(p, pkg)) {
                Integer app = byListName.get(DerivedPatterns.app(p));
                if (app != null) {
                    hit[app] = true;
                }
            }
        }
        for (int i = 0; i < hit.length; i++) {
            if (hit[i]) {
                out.add(new AppMatch(kind(i), i, false));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        int suggestive = Suggestive.of(typed);
        out.add(suggestive == 0 ? new AppMatch(AppKind.NO_MATCH, -1, false)
                : new AppMatch(AppKind.SUGGESTIVE_NAME, -1, suggestive == 2));
        return out;
    }

    private static void mark(boolean[] hit, int[] apps) {
        if (apps != null) {
            for (int a : apps) {
                hit[a] = true;
            }
        }
    }
}
