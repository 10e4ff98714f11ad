package org.quietroom.build;

import java.util.Locale;
import java.util.Set;

/**
 * Picks the content coding for a response from a request's {@code Accept-Encoding} (RFC 9110, section 12.5.3):
 * a coding with {@code q=0} is refused, {@code *} stands for every coding the header does not name, and
 * {@code x-gzip} is {@code gzip}. The highest weight wins; brotli wins a tie. When no available coding is
 * acceptable the answer is the file itself (identity), as production hosts send it, even where the header says
 * {@code identity;q=0}.
 */
public final class AcceptEncoding {
    /** Weights are in thousandths: {@code q=0.5} is 500, no {@code q} is 1000. */
    static final int UNSAID = -1;

    private AcceptEncoding() {
    }

    /**
     * The coding to send, or null for identity.
     *
     * @param header the request's Accept-Encoding (all of its values joined with commas), or null when absent
     * @param available the codings the file has a compressed copy for
     */
    public static ContentCoding choose(String header, Set<ContentCoding> available) {
        if (header == null) {
            return null;
        }
        ContentCoding best = null;
        int bestWeight = 0;
        for (ContentCoding coding : ContentCoding.values()) {
            if (!available.contains(coding)) {
                continue;
            }
            int weight = weight(header, coding);
            if (weight > bestWeight) {
                best = coding;
                bestWeight = weight;
            }
        }
        return best;
    }

    /** The weight (0 to 1000) the header gives a coding: its own entry's, else {@code *}'s, else 0. */
    static int weight(String header, ContentCoding coding) {
        int own = UNSAID;
        int star = UNSAID;
        int start = 0;
        while (start <= header.length()) {
            int end = header.indexOf(',', start);
            if (end < 0) {
                end = header.length();
            }
            String element = header.substring(start, end);
            int semicolon = element.indexOf(';');
            String name = (semicolon < 0 ? element : element.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
            int q = semicolon < 0 ? 1000 : quality(element.substring(semicolon + 1));
            if (q != UNSAID) {
                if (name.equals(coding.token()) || (coding == ContentCoding.GZIP && name.equals("x-gzip"))) {
                    own = Math.max(own, q);
                } else if (name.equals("*")) {
                    star = Math.max(star, q);
                }
            }
            start = end + 1;
        }
        if (own != UNSAID) {
            return own;
        }
        return star == UNSAID ? 0 : star;
    }

    /**
     * The weight in an element's parameters ({@code q=0.8}, in thousandths), 1000 when they carry none, or
     * {@link #UNSAID} when the weight is malformed: such an element is ignored.
     */
    static int quality(String parameters) {
        int start = 0;
        while (start <= parameters.length()) {
            int end = parameters.indexOf(';', start);
            if (end < 0) {
                end = parameters.length();
            }
            String p = parameters.substring(start, end).trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("q")) {
                return parseQ(p.substring(eq + 1).trim());
            }
            start = end + 1;
        }
        return 1000;
    }

    /** {@code qvalue = ("0" ["." 0*3DIGIT]) / ("1" ["." 0*3("0")])}, in thousandths; {@link #UNSAID} otherwise. */
    static int parseQ(String value) {
        if (value.isEmpty() || value.length() > 5 || (value.charAt(0) != '0' && value.charAt(0) != '1')) {
            return UNSAID;
        }
        int whole = value.charAt(0) - '0';
        int thousandths = 0;
        if (value.length() > 1) {
            if (value.charAt(1) != '.') {
                return UNSAID;
            }
            int scale = 100;
            for (int i = 2; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    return UNSAID;
                }
                thousandths += (c - '0') * scale;
                scale /= 10;
            }
        }
        if (whole == 1 && thousandths != 0) {
            return UNSAID;
        }
        return whole * 1000 + thousandths;
    }
}
