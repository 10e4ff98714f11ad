package org.quietroom.core.check;

import org.quietroom.core.Text;

/**
 * What kind of site a referrer origin is: a search engine, webmail or a social site, each of which may keep its
 * own record of the visit. Only the origin is used; browsers send no more by default
 * ({@code strict-origin-when-cross-origin}). Android apps send {@code android-app://<package>}.
 */
final class Referrers {
    /** The kind of site. */
    enum Kind {
        SEARCH, WEBMAIL, SOCIAL, OTHER, NONE
    }

    /** Webmail hosts, checked before search (mail.google.com is also google.com). */
    private static final String[] WEBMAIL = {
        "mail.google.com", "outlook.live.com", "outlook.office.com", "outlook.office365.com", "mail.yahoo.com",
        "mail.proton.me", "mail.aol.com", "mail.yandex.ru", "mail.yandex.com", "mail.gmx.com", "mail.gmx.net",
        "navigator.gmx.net", "mail.zoho.com", "app.tuta.com", "app.fastmail.com",
    };

    /** Search engines by host (or parent domain). Google is matched by label, for its many country domains. */
    private static final String[] SEARCH = {
        "bing.com", "duckduckgo.com", "search.yahoo.com", "yandex.ru", "yandex.com", "baidu.com", "ecosia.org",
        "startpage.com", "qwant.com", "search.brave.com", "kagi.com", "yahoo.co.jp",
    };

    private static final String[] SOCIAL = {
        "facebook.com", "instagram.com", "t.co", "x.com", "twitter.com", "tiktok.com", "reddit.com",
        "linkedin.com", "lnkd.in", "web.whatsapp.com", "web.telegram.org", "snapchat.com", "youtube.com",
        "pinterest.com", "threads.net", "threads.com", "tumblr.com", "discord.com",
    };

    private Referrers() {
    }

    static Kind classify(String origin) {
        if (origin == null || origin.isEmpty()) {
            return Kind.NONE;
        }
        String o = Text.lower(origin);
        if (o.startsWith("android-app://")) {
            return androidApp(o.substring("android-app://".length()));
        }
        String host = hostOf(o);
        if (host.isEmpty()) {
            return Kind.OTHER;
        }
        if (matches(host, WEBMAIL)) {
            return Kind.WEBMAIL;
        }
        if (isGoogleSearch(host) || matches(host, SEARCH)) {
            return Kind.SEARCH;
        }
        if (matches(host, SOCIAL)) {
            return Kind.SOCIAL;
        }
        return Kind.OTHER;
    }

    private static Kind androidApp(String pkg) {
        if (pkg.startsWith("com.google.android.gm")) {
            return Kind.WEBMAIL;
        }
        if (pkg.startsWith("com.google.android.googlequicksearchbox")) {
            return Kind.SEARCH;
        }
        if (pkg.startsWith("com.facebook.") || pkg.startsWith("com.instagram.") || pkg.startsWith("com.twitter.")
                || pkg.startsWith("com.zhiliaoapp.musically") || pkg.startsWith("com.whatsapp")) {
            return Kind.SOCIAL;
        }
        return Kind.OTHER;
    }

    /** www.google.com, google.co.uk, www.google.com.au: a "google" label followed only by the public suffix. */
    private static boolean isGoogleSearch(String host) {
        String h = host.startsWith("www.") ? host.substring(4) : host;
        if (!h.startsWith("google.")) {
            return false;
        }
        String rest = h.substring("google.".length());
        int dot = rest.indexOf('.');
        // "com", "de", "co.uk", "com.au": at most two short labels.
        return !rest.isEmpty() && (dot < 0 || (rest.indexOf('.', dot + 1) < 0 && dot <= 3));
    }

    private static boolean matches(String host, String[] domains) {
        for (String domain : domains) {
            if (Text.isHostOrSubdomain(host, domain)) {
                return true;
            }
        }
        return false;
    }

    private static String hostOf(String origin) {
        int scheme = origin.indexOf("://");
        if (scheme < 0) {
            return "";
        }
        String rest = origin.substring(scheme + 3);
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }
}
