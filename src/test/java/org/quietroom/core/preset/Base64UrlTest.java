package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks the hand-written codec against the JDK's, which the core cannot use under TeaVM. */
class Base64UrlTest {
    private static final Base64.Encoder JDK_ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder JDK_DECODER = Base64.getUrlDecoder();

    @Test
    void rfc4648TestVectorsWithoutPadding() {
        String[][] vectors = {
            {"", ""}, {"f", "Zg"}, {"fo", "Zm8"}, {"foo", "Zm9v"}, {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"},
            {"foobar", "Zm9vYmFy"},
        };
        for (String[] v : vectors) {
            byte[] bytes = v[0].getBytes(StandardCharsets.US_ASCII);
            assertEquals(v[1], Base64Url.encode(bytes));
            assertArrayEquals(bytes, Base64Url.decode(v[1]));
        }
    }

    @Test
    void usesTheUrlSafeAlphabet() {
        byte[] bytes = {(byte) 0xFB, (byte) 0xFF, (byte) 0xBF};
        assertEquals("-_-_", Base64Url.encode(bytes));
        assertArrayEquals(bytes, Base64Url.decode("-_-_"));
    }

    @Test
    void agreesWithTheJdkOnRandomBytes() {
        Random random = new Random(4648);
        for (int n = 0; n < 2000; n++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            String ours = Base64Url.encode(bytes);
            assertEquals(JDK_ENCODER.encodeToString(bytes), ours);
            assertArrayEquals(bytes, Base64Url.decode(ours));
            assertArrayEquals(JDK_DECODER.decode(ours), Base64Url.decode(ours));
        }
    }

    @Test
    void decodesFromAnOffset() {
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base64Url.decode("q1Zm9vYmFy", 2));
        assertArrayEquals(new byte[0], Base64Url.decode("q1", 2));
        assertNull(Base64Url.decode("q1", 3));
        assertNull(Base64Url.decode("q1", -1));
    }

    @Test
    void refusesWhatIsNotCanonicalUnpaddedBase64url() {
        String[] bad = {
            "Zg==", "Zm8=", "Zm9v=", "Z", "Zm9vY", "Zm+v", "Zm/v", "Zm9 v", "Zm9\nv", "Zm9\u0000", "Zm9\u00e9",
            "Zm9\uff56", "\ud800Zm9", "Zm-",
        };
        for (String text : bad) {
            assertNull(Base64Url.decode(text), text);
        }
        assertNull(Base64Url.decode(null));
    }

    @Test
    void refusesNonZeroUnusedBits() {
        // RFC 4648 §3.5: lenient decoders read "Zh" and "Zm9" as "f" and "fo", ignoring set unused bits.
        assertNull(Base64Url.decode("Zh"));
        assertNull(Base64Url.decode("Zm9"));
        assertArrayEquals(new byte[] {'f'}, Base64Url.decode("Zg"));
        assertArrayEquals(new byte[] {'f', 'o'}, Base64Url.decode("Zm8"));
    }
}
