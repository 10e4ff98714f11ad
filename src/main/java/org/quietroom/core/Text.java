package org.quietroom.core;

/** Small string helpers that avoid regex and String.format, which TeaVM compiles into hundreds of KB. */
public final class Text {
    private Text() {
    }

    /** ASCII lower case; null becomes the empty string. Host names and protocols are ASCII. */
    public static String lower(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (sb == null) {
                    sb = new StringBuilder(value);
                }
                sb.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return sb == null ? value : sb.toString();
    }

    /** Splits a comma-separated list, trims each item and drops empty ones. No regex. */
    public static java.util.List<String> splitList(String value) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (value == null) {
            return out;
        }
        int start = 0;
        while (start <= value.length()) {
            int comma = value.indexOf(',', start);
            int end = comma < 0 ? value.length() : comma;
            String item = value.substring(start, end).trim();
            if (!item.isEmpty()) {
                out.add(item);
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        return out;
    }

    /** True for names that always mean "this very computer". */
    public static boolean isLoopbackHost(String host) {
        return "localhost".equals(host) || host.endsWith(".localhost") || "[::1]".equals(host)
                || "::1".equals(host) || host.startsWith("127.");
    }

    /** Joins items with a separator; no streams (TeaVM). */
    public static String join(java.util.List<String> items, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(items.get(i));
        }
        return sb.toString();
    }

    /** Splits on runs of spaces (the token lists boot.js writes); drops empty items. No regex. */
    public static java.util.List<String> splitSpaces(String value) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (value == null) {
            return out;
        }
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean space = i == value.length() || value.charAt(i) == ' ';
            if (space && start >= 0) {
                out.add(value.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /**
     * A non-negative decimal number of one to nine ASCII digits (leading zeros allowed), else -1: for values that
     * something else may have written or changed (boot.js's records, a locked file's settings). No parseInt:
     * it would take a sign, and other scripts' digits.
     */
    public static int decimal(String value) {
        if (value == null || value.isEmpty() || value.length() > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Adds {@code item} unless the list already has it. */
    public static void addOnce(java.util.List<String> list, String item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    /** True when {@code host} is {@code domain} or a sub-domain of it. */
    public static boolean isHostOrSubdomain(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    /**
     * Fills {0}, {1}, ... in a catalog sentence with plain-text arguments. Unknown slots are left as they are.
     */
    public static String fill(String pattern, java.util.List<String> args) {
        if (args.isEmpty() || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}') {
                int slot = pattern.charAt(i + 1) - '0';
                if (slot >= 0 && slot < args.size()) {
                    out.append(args.get(slot));
                    i += 3;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
