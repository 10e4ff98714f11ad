package org.quietroom.core.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The browser family, its major version, the operating system and whether the browser calls itself mobile.
 *
 * <p>Used only to pick the menu path a guided self-check names ("type chrome://extensions ..."); never as evidence
 * about safety, because anyone can change a User-Agent string. A fact the string does not give is {@code OTHER} or
 * -1, never a guess.
 *
 * <p>Parsed by hand with {@code indexOf}: regex and {@code String.format} would add hundreds of KB to the TeaVM
 * builds (see teavm-notes).
 *
 * @param browser the browser family whose menus the person sees
 * @param majorVersion the browser's own major version (not the engine's), or -1 when unknown
 * @param os the operating system
 * @param mobile whether the string has the "Mobi" token (MDN's advice for "phone-sized"); most tablets say no
 */
public record Platform(Browser browser, int majorVersion, Os os, boolean mobile) {

    /** Nothing known: every menu path falls back to its generic wording. */
    public static final Platform UNKNOWN = new Platform(Browser.OTHER, -1, Os.OTHER, false);

    /** The generic menu-path variant that every guided step has. */
    public static final String GENERIC = "generic";

    /**
     * Browsers built on Chromium, Gecko or WebKit whose menus differ from the flagship browser, and in-app browsers
     * (Facebook, Instagram, Google app, ...). They are {@link Browser#OTHER}: naming Chrome's menus for them would
     * send the person looking for things that are not there.
     */
    private static final String[] OTHER_MARKERS = {
        "OPR/", "OPT/", "OPiOS/", "Opera", "YaBrowser/", "Vivaldi/", "UCBrowser/", "DuckDuckGo/", "Ddg/",
        "Silk/", "GSA/", "FBAN", "FBAV", "FB_IAB", "Instagram", "Line/", "MicroMessenger", "Snapchat", "TikTok",
        "musical_ly", "SeaMonkey", "Focus/", "; wv)",
    };

    /** Edge on iOS, on Android, Chromium Edge and the old EdgeHTML Edge; all also say "Chrome/" or "Safari/". */
    private static final String[] EDGE_TOKENS = {"EdgiOS/", "EdgA/", "Edg/", "Edge/"};

    /** The browser family: one per distinct set of menus. */
    public enum Browser {
        CHROME("chrome"),
        EDGE("edge"),
        FIREFOX("firefox"),
        SAFARI("safari"),
        /** Samsung Internet (Android only, in practice). */
        SAMSUNG("samsung"),
        OTHER("other");

        private final String id;

        Browser(String id) {
            this.id = id;
        }

        /** Stable lower-case id, used in menu-path message keys. */
        public String id() {
            return id;
        }
    }

    /** The operating system family. */
    public enum Os {
        WINDOWS("windows"),
        MACOS("macos"),
        ANDROID("android"),
        /** iOS and iPadOS. */
        IOS("ios"),
        CHROMEOS("chromeos"),
        LINUX("linux"),
        OTHER("other");

        private final String id;

        Os(String id) {
            this.id = id;
        }

        /** Stable lower-case id, used in menu-path message keys. */
        public String id() {
            return id;
        }

        /** Android and iOS: browsers there have their own, phone-style menus. */
        public boolean touchFirst() {
            return this == ANDROID || this == IOS;
        }
    }

    public Platform {
        if (browser == null || os == null) {
            throw new IllegalArgumentException("browser == null || os == null");
        }
        if (majorVersion < -1) {
            throw new IllegalArgumentException("majorVersion < -1");
        }
    }

    /** Same as {@link #parse(String, boolean)} without touch information: a Macintosh string means macOS. */
    /**
     * The markers of browsers and in-app views with menus of their own, which read as {@link Browser#OTHER}; the
     * quick exit's script (web/exit.js) gets this list from the build, so both read a user agent alike.
     */
    public static java.util.List<String> otherMarkers() {
        return java.util.List.of(OTHER_MARKERS);
    }

    /** Edge's tokens, in the order they are looked for; also written into web/exit.js by the build. */
    public static java.util.List<String> edgeTokens() {
        return java.util.List.of(EDGE_TOKENS);
    }

    public static Platform parse(String userAgent) {
        return parse(userAgent, false);
    }

    /**
     * Reads a {@code navigator.userAgent} string.
     *
     * <p>iPadOS 13 and later ask for desktop sites by default and then send exactly the User-Agent of Safari on a
     * Mac ("Macintosh; Intel Mac OS X 10_15_7"). The string alone cannot tell the two apart, so a Macintosh string
     * means {@link Os#MACOS} unless {@code multiTouch} says the screen takes several fingers
     * ({@code navigator.maxTouchPoints > 1}), which Macs do not.
     *
     * @param userAgent the string; null or empty gives {@link #UNKNOWN}
     * @param multiTouch whether the browser reports a multi-touch screen; only used to spot an iPad in desktop mode
     */
    public static Platform parse(String userAgent, boolean multiTouch) {
        if (userAgent == null || userAgent.isEmpty()) {
            return UNKNOWN;
        }
        Os os = parseOs(userAgent, multiTouch);
        boolean mobile = userAgent.contains("Mobi");
        return browserOf(userAgent, os, mobile);
    }

    private static Os parseOs(String ua, boolean multiTouch) {
        // Order matters: iOS strings say "like Mac OS X", Android and ChromeOS strings say "Linux" or "X11".
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
            return multiTouch ? Os.IOS : Os.MACOS;
        }
        if (ua.contains("Linux")) {
            return Os.LINUX;
        }
        return Os.OTHER;
    }

    private static Platform browserOf(String ua, Os os, boolean mobile) {
        for (String marker : OTHER_MARKERS) {
            if (ua.contains(marker)) {
                return new Platform(Browser.OTHER, -1, os, mobile);
            }
        }
        for (String token : EDGE_TOKENS) {
            if (ua.contains(token)) {
                return new Platform(Browser.EDGE, versionAfter(ua, token), os, mobile);
            }
        }
        // Samsung Internet also says "Chrome/".
        if (ua.contains("SamsungBrowser/")) {
            return new Platform(Browser.SAMSUNG, versionAfter(ua, "SamsungBrowser/"), os, mobile);
        }
        // Firefox on iOS is WebKit and says "Safari/"; it names itself FxiOS.
        if (ua.contains("FxiOS/")) {
            return new Platform(Browser.FIREFOX, versionAfter(ua, "FxiOS/"), os, mobile);
        }
        if (ua.contains("Firefox/")) {
            return new Platform(Browser.FIREFOX, versionAfter(ua, "Firefox/"), os, mobile);
        }
        // Chrome on iOS is WebKit and says "Safari/"; it names itself CriOS.
        if (ua.contains("CriOS/")) {
            return new Platform(Browser.CHROME, versionAfter(ua, "CriOS/"), os, mobile);
        }
        if (ua.contains("Chrome/")) {
            // Android browsers built on the system WebView add "Version/4.0" before "Chrome/".
            if (os == Os.ANDROID && ua.contains("Version/")) {
                return new Platform(Browser.OTHER, -1, os, mobile);
            }
            return new Platform(Browser.CHROME, versionAfter(ua, "Chrome/"), os, mobile);
        }
        // Safari names its own version in "Version/"; "Safari/" carries the WebKit build. Apps that embed WebKit
        // on iOS usually send neither.
        if (ua.contains("Safari/") && ua.contains("Version/") && (os == Os.MACOS || os == Os.IOS)) {
            return new Platform(Browser.SAFARI, versionAfter(ua, "Version/"), os, mobile);
        }
        return new Platform(Browser.OTHER, -1, os, mobile);
    }

    /** The digits right after {@code token}, or -1 when there are none (or too many to be a version). */
    static int versionAfter(String ua, String token) {
        int at = ua.indexOf(token);
        if (at < 0) {
            return -1;
        }
        int i = at + token.length();
        int value = 0;
        int digits = 0;
        while (i < ua.length() && digits < 6) {
            char c = ua.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
            digits++;
            i++;
        }
        return digits == 0 ? -1 : value;
    }

    /**
     * Menu-path variants to try, most specific first, always ending in {@link #GENERIC}: for Chrome on macOS
     * {@code chrome-macos, chrome, macos, generic}; for Chrome on Android {@code chrome-android, android, generic}.
     *
     * <p>The bare browser name means that browser on a computer, so it is left out on Android and iOS, where the
     * same browser has different menus. Samsung Internet is the exception: it is an Android browser, so its bare
     * name means Android.
     */
    public List<String> variants() {
        List<String> out = new ArrayList<>(4);
        if (browser != Browser.OTHER) {
            if (os != Os.OTHER) {
                out.add(browser.id() + "-" + os.id());
            }
            if (!os.touchFirst() || browser == Browser.SAMSUNG) {
                out.add(browser.id());
            }
        }
        if (os != Os.OTHER) {
            out.add(os.id());
        }
        out.add(GENERIC);
        return out;
    }
}
