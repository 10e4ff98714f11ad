package org.quietroom.core.check;

import org.quietroom.core.Text;

/**
 * Recognises apps' built-in browsers from the User-Agent string, with {@code indexOf} only (no regex: teavm-notes).
 *
 * <p>Tokens as documented by shalanah/inapp-spy ({@code src/regexAppName.ts} and its fixtures in
 * {@code src/tests/mobile.ts}) and KrauseFx/InAppBrowser.com: Facebook {@code FBAN}/{@code FBAV}/{@code FB_IAB}
 * and the newer {@code MetaIAB}, where a Messenger build says {@code Messenger} ({@code FBAN/MessengerForiOS},
 * {@code FB_IAB/MESSENGER}) or {@code Orca-Android}; {@code Instagram}; Threads' {@code Barcelona}; TikTok's
 * {@code musical_ly}/{@code BytedanceWebview}; {@code Snapchat}; LINE's {@code Line/}; WeChat's
 * {@code MicroMessenger}; {@code LinkedInApp}; the Google app's {@code GSA/}. Without a name: Android's WebView
 * says {@code ; wv)} (Chrome docs, "User-Agent strings"), and iOS apps' WKWebView leave out {@code Safari/}, which
 * every iOS browser app sends.
 */
final class AppBrowsers {
    /** What kind of browser this is. */
    enum Kind {
        /** An ordinary browser, as far as the string tells. */
        NONE,
        /** A named social or messaging app. */
        NAMED_APP,
        /** The Google app. */
        GOOGLE_APP,
        /** Some Android app's WebView. */
        ANDROID_WEBVIEW,
        /** Some iOS app's web view (or a web app added to the Home Screen). */
        IOS_WEBVIEW,
        /** No User-Agent string. */
        UNKNOWN
    }

    /** The result: a kind and, for a named app, its name. */
    record Detected(Kind kind, String name) {
    }

    /** Name tokens, checked in this order (WeChat's token contains "Messenger"; Instagram's may follow FB's). */
    private static final String[] TOKENS = {
        "MicroMessenger", "Instagram", "Barcelona", "FBAN", "FBAV", "FB_IAB", "MetaIAB", "musical_ly",
        "BytedanceWebview", "TikTok", "Snapchat", " Line/", "LinkedInApp",
    };

    private static final String[] NAMES = {
        "WeChat", "Instagram", "Threads", "Facebook", "Facebook", "Facebook", "Facebook", "TikTok", "TikTok",
        "TikTok", "Snapchat", "LINE", "LinkedIn",
    };

    private AppBrowsers() {
    }

    static Detected detect(String ua) {
        if (ua == null || ua.isEmpty()) {
            return new Detected(Kind.UNKNOWN, "");
        }
        for (int i = 0; i < TOKENS.length; i++) {
            if (ua.indexOf(TOKENS[i]) >= 0) {
                String name = NAMES[i];
                if ("Facebook".equals(name) && isMessenger(ua)) {
                    name = "Messenger";
                }
                return new Detected(Kind.NAMED_APP, name);
            }
        }
        if (ua.indexOf("GSA/") >= 0) {
            return new Detected(Kind.GOOGLE_APP, "");
        }
        if (ua.indexOf("Android") >= 0 && ua.indexOf("; wv)") >= 0) {
            return new Detected(Kind.ANDROID_WEBVIEW, "");
        }
        boolean ios = ua.indexOf("iPhone") >= 0 || ua.indexOf("iPad") >= 0 || ua.indexOf("iPod") >= 0;
        if (ios && ua.indexOf("AppleWebKit") >= 0 && ua.indexOf("Safari/") < 0) {
            return new Detected(Kind.IOS_WEBVIEW, "");
        }
        return new Detected(Kind.NONE, "");
    }

    private static boolean isMessenger(String ua) {
        String lower = Text.lower(ua);
        return lower.indexOf("messenger") >= 0 || lower.indexOf("orca-android") >= 0;
    }
}
