package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HttpsUrlTest {
    /** Addresses that must never be accepted, each for a reason named in HttpsUrl. */
    static final String[] REFUSED = {
        "", "https://", "https:///path", "http://example.org", "HTTPS://example.org", "Https://example.org",
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "javascript://example.org/%0aalert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org",
        "//example.org", "https:example.org", "https:/example.org", " https://example.org", "https://example.org ",
        "https://example.org\n", "\nhttps://example.org", "https://exa mple.org", "https://example.org/a b",
        "https://example.org/\t", "https://ex\tample.org", "https://example.org\r\n/x", "https://example.org/\u0000",
        "https://user@example.org", "https://user:pass@example.org", "https://example.org@evil.example.com",
        "https://evil.example.com\\@example.org", "https://example.org\\evil", "https:\\\\example.org",
        "https://example.org:443", "https://example.org:8443/x", "https://[::1]/", "https://127.0.0.1/",
        "https://1.2.3.4", "https://0x7f.1", "https://2130706433", "https://localhost", "https://localhost/x",
        "https://app.localhost", "https://printer.local", "https://corp.internal", "https://example",
        "https://.example.org", "https://example.org.", "https://example..org", "https://-example.org",
        "https://example-.org", "https://exa_mple.org", "https://EXAMPLE.org", "https://exämple.org",
        "https://xn--exmple-cua.org\u200b", "https://example.org/\u202e", "https://example.org/%zz",
        "https://example.org/%4", "https://example.org/\"onmouseover=\"alert(1)", "https://example.org/<script>",
        "https://example.org/'", "https://example.org/`", "https://example.org/{x}", "https://example.org/|",
        "https://example.org/^", "https://ｅxample.org", "https://example.org/\u00e9", "https://example.org/[x]",
        "https://example.org/#a#b",
        "https://" + "a".repeat(64) + ".org", "https://example.org/" + "a".repeat(200),
    };

    static final String[] ACCEPTED = {
        "https://example.org", "https://example.org/", "https://www.thehotline.org/",
        "https://www.nationaldahelpline.org.uk/", "https://xn--mnchen-3ya.de/hilfe", "https://a.b.c.example.co.uk/x/y",
        "https://example.org/path?q=1&r=two#frag", "https://example.org/%20space", "https://example.org/@handle",
        "https://example.org//double", "https://1.example.org", "https://" + "a".repeat(63) + ".org",
        "https://example.org/" + "a".repeat(200 - "https://example.org/".length()),
    };

    @Test
    void refusesEveryTrick() {
        for (String url : REFUSED) {
            assertFalse(HttpsUrl.isValid(url), url);
        }
        assertFalse(HttpsUrl.isValid(null));
    }

    @Test
    void acceptsPlainHttpsAddresses() {
        for (String url : ACCEPTED) {
            assertTrue(HttpsUrl.isValid(url), url);
        }
    }

    @Test
    void givesTheHost() {
        assertEquals("www.thehotline.org", HttpsUrl.host("https://www.thehotline.org/help?x#y"));
        assertEquals("example.org", HttpsUrl.host("https://example.org"));
        assertEquals("", HttpsUrl.host("https://user@example.org"));
    }

    @Test
    void normalisesOnlyWhatTheUrlParserWouldAnyway() {
        assertEquals("https://example.org/Path", HttpsUrl.normalise("  HTTPS://Example.ORG/Path "));
        assertEquals("https://example.org?Q", HttpsUrl.normalise("https://EXAMPLE.org?Q"));
        assertEquals("http://Example.org", HttpsUrl.normalise("http://Example.org"));
        assertEquals("javascript:alert(1)", HttpsUrl.normalise("javascript:alert(1)"));
        assertEquals("", HttpsUrl.normalise(null));
        assertTrue(HttpsUrl.isValid(HttpsUrl.normalise(" HTTPS://WWW.Example.org/")));
    }
}
