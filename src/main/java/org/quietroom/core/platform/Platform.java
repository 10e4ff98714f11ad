package org.quietroom.core.platform;

/**
 * The browser family, its major version, the operating system and whether the browser calls itself mobile.
 *
 * <p>A deliberately minimal stand-in: a teammate writes the full class with exactly this name, package and API
 * (record components, {@link Browser}, {@link Os}, {@link #parse(String)}) on another branch, and the merge
 * replaces this file. Only what the checks on this branch need is here.
 *
 * <p>Anyone can change a User-Agent string, so this is never evidence about safety. Parsed by hand with
 * {@code indexOf}: regex and {@code String.format} add hundreds of KB to the TeaVM builds (teavm-notes).
 *
 * @param browser the browser family
 * @param majorVersion the browser's own major version, or -1 when unknown
 * @param os the operating system
 * @param mobile whether the string has the "Mobi" token
 */
public record Platform(Browser browser, int majorVersion, Os os, boolean mobile) {

    /** Nothing known. */
    public static final Platform UNKNOWN = new Platform(Browser.OTHER, -1, Os.OTHER, false);

    /**
     * Tokens of browsers that are not the flagship browser of their engine (their menus differ) and of in-app
     * browsers; they are {@link Browser#OTHER}.
     */
    private static final String[] OTHER_MARKERS = {
        "OPR/", "OPT/", "OPiOS/", "Opera", "YaBrowser/", "Vivaldi/", "UCBrowser/", "DuckDuckGo/", "Ddg/",
        "Silk/", "GSA/", "FBAN", "FBAV", "FB_IAB", "Instagram", "Line/", "MicroMessenger", "Snapchat", "TikTok",
        "musical_ly", "SeaMonkey", "Focus/", "; wv)",
    };

    /** Browser tokens checked in this order (Edge and Samsung Internet also say "Chrome/"), with their family. */
    private static final String[] TOKENS = {
        "EdgiOS/", "EdgA/", "Edg/", "Edge/", "SamsungBrowser/", "FxiOS/", "Firefox/", "CriOS/",
    };

    private static final Browser[] FAMILIES = {
        Browser.EDGE, Browser.EDGE, Browser.EDGE, Browser.EDGE, Browser.SAMSUNG, Browser.FIREFOX, Browser.FIREFOX,
        Browser.CHROME,
    };

    /** The browser family: one per distinct set of menus. */
    public enum Browser {
        CHROME("chrome"),
        EDGE("edge"),
        FIREFOX("firefox"),
        SAFARI("safari"),
        SAMSUNG("samsung"),
        OTHER("other");

        private final String id;

        Browser(String id) {
            this.id = id;
        }

        /** Stable lower-case id. */
        public String id() {
            return id;
        }
    }

    /** The operating system family. */
    public enum Os {
        WINDOWS("windows"),
        MACOS("macos"),
        ANDROID("android"),
        IOS("ios"),
        CHROMEOS("chromeos"),
        LINUX("linux"),
        OTHER("other");

        private final String id;

        Os(String id) {
            this.id = id;
        }

        /** Stable lower-case id. */
        public String id() {
            return id;
        }
    }

    public Platform {
        if (browser == null || os == null) {
            throw new IllegalArgumentException("browser == null || os == null");
        }
    }

    /** Reads a {@code navigator.userAgent} string; null or empty gives {@link #UNKNOWN}. */
    public static Platform parse(String ua) {
        if (ua == null || ua.isEmpty()) {
            return UNKNOWN;
        }
        Os os = osOf(ua);
        boolean mobile = ua.contains("Mobi");
        for (String marker : OTHER_MARKERS) {
            if (ua.contains(marker)) {
                return new Platform(Browser.OTHER, -1, os, mobile);
            }
        }
        for (int i = 0; i < TOKENS.length; i++) {
            if (ua.contains(TOKENS[i])) {
                return new Platform(FAMILIES[i], versionAfter(ua, TOKENS[i]), os, mobile);
            }
        }
        if (ua.contains("Chrome/")) {
            // Android browsers built on the system WebView add "Version/4.0" before "Chrome/".
            if (os == Os.ANDROID && ua.contains("Version/")) {
                return new Platform(Browser.OTHER, -1, os, mobile);
            }
            return new Platform(Browser.CHROME, versionAfter(ua, "Chrome/"), os, mobile);
        }
        if (ua.contains("Safari/") && ua.contains("Version/") && (os == Os.MACOS || os == Os.IOS)) {
            return new Platform(Browser.SAFARI, versionAfter(ua, "Version/"), os, mobile);
        }
        return new Platform(Browser.OTHER, -1, os, mobile);
    }

    private static Os osOf(String ua) {
        // Order matters: iOS strings say "like Mac OS X"; Android and ChromeOS strings say "Linux" or "X11".
        if (ua.contains("Windows")) {
            return Os.WINDOWS;
        }
        if (ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod")) {
            return Os.IOS;
        }
        if (ua.contains("Android")) {
            return Os.ANDROID;
        }
        if (ua.contains("CrOS")) {
            return Os.CHROMEOS;
        }
        if (ua.contains("Macintosh") || ua.contains("Mac OS X")) {
            return Os.MACOS;
        }
        if (ua.contains("Linux")) {
            return Os.LINUX;
        }
        return Os.OTHER;
    }

    /** The digits right after {@code token}, or -1 when there are none. */
    static int versionAfter(String ua, String token) {
        int i = ua.indexOf(token);
        if (i < 0) {
            return -1;
        }
        i += token.length();
        int value = 0;
        int digits = 0;
        while (i < ua.length() && digits < 6 && ua.charAt(i) >= '0' && ua.charAt(i) <= '9') {
            value = value * 10 + (ua.charAt(i) - '0');
            digits++;
            i++;
        }
        return digits == 0 ? -1 : value;
    }
}
