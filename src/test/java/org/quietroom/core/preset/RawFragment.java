package org.quietroom.core.preset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Writes payloads byte by byte with the JDK, independently of {@link PresetCodec}, so tests can state the
 * wire format on their own and build payloads the codec would never write.
 */
public final class RawFragment {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public static RawFragment payload() {
        return new RawFragment();
    }

    /** A field with a shortest-form length, its value UTF-8 encoded by the JDK. */
    public RawFragment field(int tag, String value) {
        return field(tag, value.getBytes(StandardCharsets.UTF_8));
    }

    public RawFragment field(int tag, byte[] value) {
        out.write(tag);
        if (value.length < 0x80) {
            out.write(value.length);
        } else {
            out.write(0x80 | (value.length & 0x7F));
            out.write(value.length >>> 7);
        }
        out.write(value, 0, value.length);
        return this;
    }

    /** Raw bytes, written as they are. */
    public RawFragment bytes(int... raw) {
        for (int b : raw) {
            out.write(b);
        }
        return this;
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    String fragment() {
        return fragment(out.toByteArray());
    }

    static String fragment(byte[] payload) {
        return PresetCodec.VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
    }

    /** The same payload as a version 1 link ({@code q1}), as the link-making page wrote before version 2. */
    public String fragmentV1() {
        return "q1" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
