package org.quietroom.core.preset;

/**
 * Which addresses a link may send the quick exit to. The exit is the one request the page makes on the
 * person's behalf at the worst moment, so an address that could tell someone about it, or leave a trace that
 * says what the person was doing, is refused:
 * <ul>
 *   <li>anything {@link HttpsUrl} refuses (not {@code https:}, credentials, ports, local names);</li>
 *   <li>a query string or fragment ({@code ?victim=7f3a}, {@code #ref}): the usual way to tag a visit;</li>
 *   <li>an IP address: nobody's everyday site, and a way to reach a server that logs who arrives;</li>
 *   <li>{@code .onion} and other special-use names, and punycode ({@code xn--}) labels, which can spell a
 *       look-alike of a real name;</li>
 *   <li>search engines, and a site's own search page ({@code /search}, {@code /wiki/Special:Search}): the
 *       search would be in the history, and a typed query could follow; messaging and
 *       social sites ({@code wa.me}, {@code t.me}, {@code m.me}, ...), which can open a chat, send a message
 *       or show the visit to the account's owner; and URL shorteners, which hide where they lead and count
 *       each click.</li>
 * </ul>
 * An address of a site nobody else controls can still log the visit: the link-making page says so, offers the
 * built-in list ({@link ExitSites}) first, and the person's page shows where the exit goes.
 */
public final class ExitRule {
    /** Search engines: refused as {@code name.<suffix>} with a country-code-like suffix of one or two labels. */
    private static final String[] SEARCH_NAMES = {"google", "bing", "yahoo", "yandex", "baidu", "duckduckgo",
        "ecosia", "startpage", "qwant", "naver", "seznam", "mojeek", "ask", "aol", "so", "sogou", "searx",
        "kagi", "dogpile", "yippy", "lycos"};
    private static final String[] SEARCH_HOSTS = {"search.brave.com", "search.yahoo.com", "presearch.com",
        "you.com", "perplexity.ai", "search.aol.com"};
    /** Path segments of a site's own search page (lower case): {@code https://www.bbc.co.uk/search}. */
    private static final String[] SEARCH_SEGMENTS = {"search", "results", "find", "special:search", "suche",
        "buscar", "busqueda", "b\u00fasqueda", "especial:buscar", "recherche", "zoeken", "cerca", "ricerca"};
    /** Messaging and social sites: refused with every subdomain. */
    private static final String[] MESSAGING_HOSTS = {"wa.me", "whatsapp.com", "whatsapp.net", "t.me",
        "telegram.me", "telegram.org", "telegram.dog", "m.me", "messenger.com", "facebook.com", "fb.com", "fb.me",
        "instagram.com", "ig.me", "threads.net", "twitter.com", "x.com", "tiktok.com", "snapchat.com",
        "signal.me", "signal.group", "signal.org", "discord.gg", "discord.com", "discordapp.com", "linkedin.com",
        "line.me", "viber.com", "wechat.com", "weixin.qq.com", "kik.me", "skype.com", "reddit.com", "tumblr.com",
        "pinterest.com", "bsky.app", "mastodon.social", "youtube.com", "youtu.be", "vk.com", "ok.ru",
        "imo.im", "chat.google.com", "teams.microsoft.com", "zoom.us", "meet.google.com"};
    /** URL shorteners and redirectors: refused with every subdomain. */
    private static final String[] SHORTENER_HOSTS = {"bit.ly", "bitly.com", "tinyurl.com", "t.co", "goo.gl",
        "ow.ly", "is.gd", "v.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "bl.ink",
        "s.id", "lnkd.in", "amzn.to", "t.ly", "shorte.st", "adf.ly", "tr.im", "qr.net", "clck.ru", "lnk.to",
        "linktr.ee", "tiny.one", "surl.li", "short.io", "dub.sh", "0rz.tw", "g.co", "forms.gle", "l.facebook.com"};
    /** Special-use names (RFC 6761, RFC 7686) and other overlay networks. */
    private static final String[] SPECIAL_TLDS = {"onion", "i2p", "exit", "bit", "loki", "test", "example",
        "invalid", "arpa", "alt"};

    private ExitRule() {
    }

    /** Null when {@code url} is an address the exit may go to; otherwise the reason it may not. */
    public static PresetError problem(String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        String host = rawHost(url);
        if (isIpLike(host)) {
            return PresetError.EXIT_IP_ADDRESS;
        }
        if (!HttpsUrl.isValid(url)) {
            return PresetError.INVALID_FIELD;
        }
        if (url.indexOf('?') >= 0 || url.indexOf('#') >= 0) {
            return PresetError.EXIT_QUERY;
        }
        host = HttpsUrl.host(url);
        if (HttpsUrl.hasPunycode(host)) {
            return PresetError.PUNYCODE_HOST;
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        for (String special : SPECIAL_TLDS) {
            if (special.equals(tld)) {
                return PresetError.EXIT_HIDDEN_SERVICE;
            }
        }
        if (isSearch(host) || isSearchPage(url)) {
            return PresetError.EXIT_SEARCH;
        }
        if (under(host, MESSAGING_HOSTS)) {
            return PresetError.EXIT_MESSAGING;
        }
        if (under(host, SHORTENER_HOSTS)) {
            return PresetError.EXIT_SHORTENER;
        }
        return null;
    }

    /** What follows {@code https://} (in any case) up to the first {@code / ? #}; empty if there is no scheme. */
    private static String rawHost(String url) {
        int start = url.indexOf("://");
        if (start < 0) {
            return "";
        }
        start += 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String host = url.substring(start, end);
        int at = host.lastIndexOf('@');
        return at < 0 ? host : host.substring(at + 1);
    }

    /** An IPv6 literal, or a host made only of digits, dots and hexadecimal notation (every IPv4 form). */
    private static boolean isIpLike(String host) {
        if (host.startsWith("[")) {
            return true;
        }
        int colon = host.lastIndexOf(':');
        String h = colon < 0 ? host : host.substring(0, colon);
        if (h.isEmpty()) {
            return false;
        }
        String lower = org.quietroom.core.Text.lower(h);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        String last = lower.substring(lower.lastIndexOf('.') + 1);
        if (last.isEmpty()) {
            return false;
        }
        // WHATWG: a host whose last label is a number (decimal, 0x hex, octal) is an IPv4 address.
        boolean number = true;
        int from = last.startsWith("0x") ? 2 : 0;
        for (int i = from; i < last.length(); i++) {
            char c = last.charAt(i);
            boolean ok = from == 2 ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') : c >= '0' && c <= '9';
            number &= ok;
        }
        return number && (from == 0 || last.length() >= 2);
    }

    /** A search page on any site: a path segment that names one (the address has no query by now). */
    private static boolean isSearchPage(String url) {
        int start = url.indexOf("://") + 3;
        int slash = url.indexOf('/', start);
        if (slash < 0) {
            return false;
        }
        String path = org.quietroom.core.Text.lower(url.substring(slash + 1));
        int from = 0;
        while (from <= path.length()) {
            int end = path.indexOf('/', from);
            if (end < 0) {
                end = path.length();
            }
            if (contains(SEARCH_SEGMENTS, path.substring(from, end))) {
                return true;
            }
            from = end + 1;
        }
        return false;
    }

    private static boolean isSearch(String host) {
        if (under(host, SEARCH_HOSTS)) {
            return true;
        }
        // labels: find a search engine's name followed by at most two short labels (com, co.uk, com.mx, es).
        String[] labels = labels(host);
        for (int i = 0; i < labels.length - 1; i++) {
            if (!contains(SEARCH_NAMES, labels[i])) {
                continue;
            }
            int rest = labels.length - 1 - i;
            boolean shortSuffix = rest <= 2;
            for (int k = i + 1; k < labels.length && shortSuffix; k++) {
                shortSuffix = labels[k].length() <= 3;
            }
            if (shortSuffix) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code host} is one of {@code domains} or under one of them. */
    static boolean under(String host, String[] domains) {
        for (String d : domains) {
            if (host.equals(d) || (host.endsWith(d) && host.charAt(host.length() - d.length() - 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String[] values, String value) {
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String[] labels(String host) {
        int count = 1;
        for (int i = 0; i < host.length(); i++) {
            if (host.charAt(i) == '.') {
                count++;
            }
        }
        String[] out = new String[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int dot = host.indexOf('.', start);
            int end = dot < 0 ? host.length() : dot;
            out[i] = host.substring(start, end);
            start = end + 1;
        }
        return out;
    }
}
