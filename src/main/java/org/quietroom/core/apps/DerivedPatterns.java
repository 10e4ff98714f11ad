package org.quietroom.core.apps;

/**
 * Package-name patterns Quietroom derives from the list, for apps that change their package name every build.
 * The list itself has literal names only; each pattern here names the list's app and the literal entries it was
 * derived from (DerivedPatternsTest checks that it matches each of them, and that they are in the list).
 *
 * <p>A pattern is a prefix followed by digits only, between {@code min} and {@code max} of them.
 */
public final class DerivedPatterns {
    private DerivedPatterns() {
    }

    /** Prefix, the list's app name, minimum digits, maximum digits, then the entries it comes from. */
    static final String[][] PATTERNS = {
        {"com.android.internet.a", "iKeyMonitor", "6", "10",
            "com.android.internet.a20200817", "com.android.internet.a20210916", "com.android.internet.a20220729",
            "com.android.internet.a20220829", "com.android.internet.a20220914"},
        {"com.sec.android.internet.im.service.im", "iKeyMonitor", "6", "10",
            "com.sec.android.internet.im.service.im20190118", "com.sec.android.internet.im.service.im20190419",
            "com.sec.android.internet.im.service.im20210815"},
        {"mobile.monitor.child", "MobileTrackerFree", "4", "4",
            "mobile.monitor.child2021", "mobile.monitor.child2022", "mobile.monitor.child2023",
            "mobile.monitor.child2034"},
    };

    public static int count() {
        return PATTERNS.length;
    }

    public static String app(int pattern) {
        return PATTERNS[pattern][1];
    }

    /** The list's entries pattern {@code pattern} was derived from. */
    public static String[] sources(int pattern) {
        String[] row = PATTERNS[pattern];
        String[] out = new String[row.length - 4];
        for (int i = 4; i < row.length; i++) {
            out[i - 4] = row[i];
        }
        return out;
    }

    /** Does a folded package name fit pattern {@code pattern} (its prefix, then only digits, as many as it allows)? */
    public static boolean fits(int pattern, String pkg) {
        String[] row = PATTERNS[pattern];
        String prefix = row[0];
        if (!pkg.startsWith(prefix)) {
            return false;
        }
        int digits = pkg.length() - prefix.length();
        if (digits < Integer.parseInt(row[2]) || digits > Integer.parseInt(row[3])) {
            return false;
        }
        for (int i = prefix.length(); i < pkg.length(); i++) {
            char c = pkg.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
