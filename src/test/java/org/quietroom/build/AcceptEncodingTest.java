package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Accept-Encoding as RFC 9110 reads it: weights, q=0 as a refusal, the wildcard, identity. */
class AcceptEncodingTest {
    private static final Set<ContentCoding> BOTH = EnumSet.allOf(ContentCoding.class);

    @Test
    void brotliIsPreferredWhenBothAreAccepted() {
        assertEquals(ContentCoding.BROTLI, AcceptEncoding.choose("gzip, deflate, br", BOTH));
        assertEquals(ContentCoding.BROTLI, AcceptEncoding.choose("br;q=1.0, gzip;q=1.0", BOTH));
    }

    @Test
    void theHigherWeightWins() {
        assertEquals(ContentCoding.GZIP, AcceptEncoding.choose("br;q=0.5, gzip;q=0.8", BOTH));
        assertEquals(ContentCoding.BROTLI, AcceptEncoding.choose("br;q=0.801, gzip;q=0.8", BOTH));
    }

    @Test
    void zeroWeightRefuses() {
        assertEquals(ContentCoding.GZIP, AcceptEncoding.choose("br;q=0, gzip", BOTH));
        assertEquals(ContentCoding.GZIP, AcceptEncoding.choose("br; q=0.000, gzip", BOTH));
        assertNull(AcceptEncoding.choose("br;q=0, gzip;q=0.0", BOTH));
    }

    @Test
    void onlyAvailableCopiesAreSent() {
        assertEquals(ContentCoding.GZIP, AcceptEncoding.choose("br, gzip", EnumSet.of(ContentCoding.GZIP)));
        assertNull(AcceptEncoding.choose("br", EnumSet.of(ContentCoding.GZIP)));
        assertNull(AcceptEncoding.choose("br, gzip", EnumSet.noneOf(ContentCoding.class)));
    }

    @Test
    void noHeaderOrIdentityMeansTheFileItself() {
        assertNull(AcceptEncoding.choose(null, BOTH));
        assertNull(AcceptEncoding.choose("", BOTH));
        assertNull(AcceptEncoding.choose("identity", BOTH));
        assertNull(AcceptEncoding.choose("deflate, compress", BOTH));
    }

    @Test
    void theWildcardCoversWhatIsNotNamed() {
        assertEquals(ContentCoding.BROTLI, AcceptEncoding.choose("*", BOTH));
        assertEquals(ContentCoding.GZIP, AcceptEncoding.choose("br;q=0, *", BOTH));
        assertNull(AcceptEncoding.choose("*;q=0", BOTH));
        assertNull(AcceptEncoding.choose("identity, *;q=0", BOTH));
        assertEquals(ContentCoding.GZIP, AcceptEncoding.choose("gzip, *;q=0", BOTH));
    }

    @Test
    void namesAndParametersAreReadLooselyButWeightsStrictly() {
        assertEquals(ContentCoding.BROTLI, AcceptEncoding.choose("  BR ;Q=1 ,gzip;q=0.9", BOTH));
        assertEquals(ContentCoding.GZIP, AcceptEncoding.choose("x-gzip", BOTH));
        // A malformed weight makes its element ignored, not accepted.
        assertNull(AcceptEncoding.choose("br;q=2", BOTH));
        assertNull(AcceptEncoding.choose("br;q=1.5, gzip;q=abc", BOTH));
        assertNull(AcceptEncoding.choose("br;q=0.1234", BOTH));
        assertEquals(ContentCoding.GZIP, AcceptEncoding.choose("br;q=, gzip", BOTH));
    }

    @Test
    void weightsAreInThousandths() {
        assertEquals(1000, AcceptEncoding.parseQ("1"));
        assertEquals(1000, AcceptEncoding.parseQ("1.000"));
        assertEquals(500, AcceptEncoding.parseQ("0.5"));
        assertEquals(5, AcceptEncoding.parseQ("0.005"));
        assertEquals(0, AcceptEncoding.parseQ("0"));
        assertEquals(AcceptEncoding.UNSAID, AcceptEncoding.parseQ("1.001"));
        assertEquals(AcceptEncoding.UNSAID, AcceptEncoding.parseQ(".5"));
        assertEquals(AcceptEncoding.UNSAID, AcceptEncoding.parseQ("0,5"));
    }
}
