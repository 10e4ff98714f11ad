package org.quietroom.core.preset;

import org.quietroom.core.Text;

/**
 * The one kind of web address a preset may carry: an absolute {@code https:} URL to a named public host.
 *
 * <p>Checked by hand, not with a general URL parser, so that what is accepted is small enough to reason
 * about. The WHATWG URL Standard's parser forgives a lot: it lower-cases the scheme ({@code JaVaScRiPt:}),
 * drops tabs and newlines anywhere (a tab inside {@code javascript:} changes nothing), trims leading controls
 * and spaces, treats {@code \} like {@code /} for special schemes, and reads {@code user@host} as credentials.
 * Each of those is a way to make an address look like one thing and go to another, so this class accepts
 * only text that is already in the plain form those rules would produce:
 * <ul>
 *   <li>it starts with exactly {@code https://} (lower case), so {@code http:}, {@code javascript:},
 *       {@code data:} and every other scheme are refused;</li>
 *   <li>every character is printable ASCII: no space, control, tab, newline or non-ASCII character, and none
 *       of {@code \ " ' < > ` { | } ^ [ ]}, which are either unsafe next to markup or mean something
 *       special only in hosts;</li>
 *   <li>{@code %} is followed by two hexadecimal digits, and there is at most one {@code #};</li>
 *   <li>the host (up to the first {@code /}, {@code ?} or {@code #}) has no {@code @} (credentials) and no
 *       {@code :} (ports and IPv6 literals), and is a lower-case DNS name of at least two labels whose last
 *       label starts with a letter, so IPv4 addresses in any of WHATWG's number forms are refused;</li>
 *   <li>the host is not {@code localhost}, {@code local} or {@code internal} or under them (RFC 6761,
 *       RFC 6762): a link must not point into the reader's own computer or network;</li>
 *   <li>at most {@link PresetLimits#URL} characters.</li>
 * </ul>
 */
public final class HttpsUrl {
    static final String PREFIX = "https://";
    private static final String REFUSED_CHARS = "\\\"'<>`{|}^[]";
    private static final String[] PRIVATE_TLDS = {"localhost", "local", "internal"};

    private HttpsUrl() {
    }

    /** True when {@code url} is an address a preset may carry (see the class comment). */
    public static boolean isValid(String url) {
        if (url == null || url.length() > PresetLimits.URL || !url.startsWith(PREFIX)) {
            return false;
        }
        int hashes = 0;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c >= 0x7F || REFUSED_CHARS.indexOf(c) >= 0 || (c == '#' && ++hashes > 1)) {
                return false;
            }
            if (c == '%' && (i + 2 >= url.length() || !isHex(url.charAt(i + 1)) || !isHex(url.charAt(i + 2)))) {
                return false;
            }
        }
        return isHost(url.substring(PREFIX.length(), hostEnd(url)));
    }

    /**
     * The host of a valid URL, for showing where a link goes ({@code "www.thehotline.org"}); empty when the URL
     * is not valid.
     */
    public static String host(String url) {
        if (!isValid(url)) {
            return "";
        }
        return url.substring(PREFIX.length(), hostEnd(url));
    }

    /**
     * What a builder form should do to typed text before {@link #isValid}: trims ASCII spaces and lower-cases
     * the scheme and the host, which the WHATWG parser would do anyway. Anything else is left for
     * {@link #isValid} to refuse. {@code null} becomes the empty string.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String url = raw.trim();
        if (url.length() < PREFIX.length() || !Text.lower(url.substring(0, PREFIX.length())).equals(PREFIX)) {
            return url;
        }
        int end = hostEnd(url);
        return Text.lower(url.substring(0, end)) + url.substring(end);
    }

    /**
     * True when a label of {@code host} is punycode ({@code xn--...}): an internationalised name that can spell
     * a look-alike of a real one ({@code xn--80ak6aa92e.com} shows as "аррӏе.com" in Cyrillic).
     */
    public static boolean hasPunycode(String host) {
        String h = Text.lower(host);
        return h.startsWith("xn--") || h.indexOf(".xn--") >= 0;
    }

    /** Where the host of a URL that starts with {@link #PREFIX} (in any case) ends. */
    private static int hostEnd(String url) {
        int end = PREFIX.length();
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** A lower-case DNS name of two or more labels (RFC 1035 §2.3.1, RFC 1123 §2.1) ending in a word label. */
    static boolean isHost(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        int labels = 0;
        int start = 0;
        while (true) {
            int dot = host.indexOf('.', start);
            int end = dot < 0 ? host.length() : dot;
            if (!isLabel(host, start, end)) {
                return false;
            }
            labels++;
            if (dot < 0) {
                break;
            }
            start = dot + 1;
        }
        char first = host.charAt(start);
        if (labels < 2 || first < 'a' || first > 'z') {
            return false;
        }
        String tld = host.substring(start);
        for (String refused : PRIVATE_TLDS) {
            if (tld.equals(refused)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabel(String host, int start, int end) {
        if (end - start < 1 || end - start > 63 || host.charAt(start) == '-' || host.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = host.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
