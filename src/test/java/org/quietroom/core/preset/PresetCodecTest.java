package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PresetCodecTest {
    private static final String ORGANISATION = "Riverside Women's Aid";

    static Preset example() {
        return Preset.builder()
                .organisation(ORGANISATION)
                .language("es-419")
                .exit("https://www.bbc.co.uk/weather")
                .title("Recipes")
                .country("GB")
                .message("Hi, this is Sam. Call me on the work number if it is safe.")
                .contact("Sam (advocate)", "+44 20 7946 0000", "+44 7700 900123", "https://riverside.example.org/",
                        "Mon–Fri 9:00–17:00")
                .contact("Out of hours", "0808 2000 247", "", "", "")
                .build().preset();
    }

    @Test
    void pinsTheWireFormat() {
        assertEquals("q2", PresetCodec.encode(Preset.builder().build().preset()));
        assertEquals("q2AQFB", PresetCodec.encode(Preset.builder().organisation("A").build().preset()));
        assertEquals("q2EAFB", PresetCodec.encode(Preset.builder().contact("A", null, null, null, null).build()
                .preset()));
        // 0x07 "bbc-food", 0x08 "MX"
        assertEquals("q2Bwhi" + "YmMtZm9vZAgCTVg", PresetCodec.encode(Preset.builder().exitId("bbc-food")
                .country("MX").build().preset()));
    }

    @Test
    void versionOneLinksStillDecodeAndTheirSectionsAreIgnored() {
        assertEquals(Preset.builder().organisation("A").build().preset(), PresetCodec.decode("q1AQFB").preset());
        // q1BQEC: sections = abuse only; q1BQEB: counselling only. Both are the empty preset now.
        assertEquals(Preset.builder().build().preset(), PresetCodec.decode("q1BQEC").preset());
        assertEquals(Preset.builder().build().preset(), PresetCodec.decode("q1BQEB").preset());
        String v1 = RawFragment.payload().field(0x01, ORGANISATION).field(0x03, "https://www.bbc.co.uk/weather")
                .bytes(0x05, 0x01, 0x02).field(0x10, "Out of hours").field(0x11, "0808 2000 247").fragmentV1();
        PresetResult r = PresetCodec.decode(v1);
        assertTrue(r.isOk(), r::toString);
        assertEquals(ORGANISATION, r.preset().organisation());
        assertEquals("https://www.bbc.co.uk/weather", r.preset().exit());
        assertEquals("", r.messageKey());
        assertEquals("q2", PresetCodec.encode(r.preset()).substring(0, 2), "re-encoded as version 2");
        // Version 2 has no sections, and version 1 no exit id or country.
        assertError(PresetError.MALFORMED, RawFragment.payload().bytes(0x05, 0x01, 0x02).fragment());
        assertError(PresetError.MALFORMED, RawFragment.payload().field(0x07, "bbc-food").fragmentV1());
        assertError(PresetError.MALFORMED, RawFragment.payload().field(0x08, "MX").fragmentV1());
    }

    @Test
    void aRefusedExitIsDroppedAloneWithAMessage() {
        String[][] cases = {
            {"https://tracker.example.org/log?victim=7f3a-4711", "EXIT_QUERY"},
            {"https://www.google.com/search", "EXIT_SEARCH"},
            {"https://wa.me/447700900123", "EXIT_MESSAGING"},
            {"https://bit.ly/3xyz", "EXIT_SHORTENER"},
            {"https://abcdefghijklmnop.onion/", "EXIT_HIDDEN_SERVICE"},
            {"https://192.168.1.10/", "EXIT_IP_ADDRESS"},
            {"https://xn--80ak6aa92e.com/", "PUNYCODE_HOST"},
            {"javascript:alert(1)", "INVALID_FIELD"},
        };
        for (String[] c : cases) {
            for (boolean v1 : new boolean[] {true, false}) {
                RawFragment raw = RawFragment.payload().field(0x01, ORGANISATION).field(0x03, c[0])
                        .field(0x10, "Out of hours").field(0x11, "0808 2000 247");
                String fragment = v1 ? raw.fragmentV1() : raw.fragment();
                PresetResult r = PresetCodec.decodeChecked(fragment);
                assertTrue(r.isOk(), c[0]);
                assertEquals(PresetError.valueOf(c[1]), r.exitRefused(), c[0]);
                assertEquals("", r.preset().exit(), c[0]);
                assertEquals(ORGANISATION, r.preset().organisation(), c[0] + ": the rest applies");
                assertEquals(1, r.preset().contacts().size(), c[0]);
                assertEquals(PresetResult.EXIT_REFUSED_KEY, r.messageKey(), c[0]);
            }
        }
        PresetResult unknownId = PresetCodec.decode(RawFragment.payload().field(0x07, "tracker").fragment());
        assertEquals(PresetError.EXIT_UNKNOWN, unknownId.exitRefused());
        assertError(PresetError.MALFORMED, RawFragment.payload().field(0x03, "https://www.bbc.co.uk/")
                .field(0x03, "https://www.bbc.co.uk/").fragment());
        PresetResult both = PresetCodec.decode(RawFragment.payload().field(0x03, "https://www.bbc.co.uk/")
                .field(0x07, "bbc-food").fragment());
        assertEquals(PresetError.INVALID_FIELD, both.exitRefused(), "an address and an id: neither is used");
    }

    @Test
    void theCountryIsCheckedAndExposed() {
        assertEquals("MX", PresetCodec.decode(RawFragment.payload().field(0x08, "MX").fragment()).preset().country());
        for (String bad : new String[] {"mx", "UK", "XK", "EU", "M", "MEX", "ＭＸ"}) {
            assertInvalid(PresetError.INVALID_FIELD, PresetField.COUNTRY, -1,
                    RawFragment.payload().field(0x08, bad).fragment());
        }
    }

    @Test
    void encodesAsTheDocumentedFormatSays() {
        String expected = RawFragment.payload()
                .field(0x01, ORGANISATION)
                .field(0x02, "es-419")
                .field(0x03, "https://www.bbc.co.uk/weather")
                .field(0x04, "Recipes")
                .field(0x06, "Hi, this is Sam. Call me on the work number if it is safe.")
                .field(0x08, "GB")
                .field(0x10, "Sam (advocate)")
                .field(0x11, "+44 20 7946 0000")
                .field(0x12, "+44 7700 900123")
                .field(0x13, "https://riverside.example.org/")
                .field(0x14, "Mon–Fri 9:00–17:00")
                .field(0x10, "Out of hours")
                .field(0x11, "0808 2000 247")
                .fragment();
        assertEquals(expected, PresetCodec.encode(example()));
    }

    @Test
    void roundTrips() {
        Preset p = example();
        String fragment = PresetCodec.encode(p);
        assertEquals(p, PresetCodec.decode(fragment).preset());
        assertEquals(p, PresetCodec.decode("#" + fragment).preset());
        assertEquals(p.hashCode(), PresetCodec.decode(fragment).preset().hashCode());
    }

    @Test
    void usesTwoByteLengthsForLongFields() {
        String message = "m".repeat(300);
        Preset p = Preset.builder().message(message).build().preset();
        String fragment = PresetCodec.encode(p);
        assertEquals(RawFragment.payload().field(0x06, message).fragment(), fragment);
        assertEquals(message, PresetCodec.decode(fragment).preset().message());
    }

    @Test
    void silentReasonsForNoPreset() {
        assertError(PresetError.EMPTY, null);
        assertError(PresetError.EMPTY, "");
        assertError(PresetError.EMPTY, "#");
        for (String anchor : new String[] {"#main", "main", "q", "#q", "qx1", "Q1AQFB", "##q1AQFB", " q1AQFB"}) {
            assertError(PresetError.NOT_A_PRESET, anchor);
        }
        assertEquals("", PresetCodec.decode("#main").messageKey());
        assertEquals("", PresetCodec.decode(null).messageKey());
    }

    @Test
    void unknownVersions() {
        for (String f : new String[] {"q3AQFB", "q0", "#q9", "q99AQFB"}) {
            assertError(PresetError.UNSUPPORTED_VERSION, f);
        }
        assertEquals("preset.error", PresetCodec.decode("q3").messageKey());
    }

    @Test
    void tooLong() {
        for (String v : new String[] {"q1", "q2"}) {
            assertError(PresetError.TOO_LONG, v + "A".repeat(PresetLimits.FRAGMENT - 1));
            assertError(PresetError.TOO_LONG, "#" + v + "A".repeat(PresetLimits.FRAGMENT - 1));
            assertError(PresetError.TOO_LONG, v + "\ud800".repeat(1_000_000));
            assertError(PresetError.MALFORMED, v + "A".repeat(PresetLimits.FRAGMENT - 3));
        }
    }

    @Test
    void malformedPayloads() {
        String[] fragments = {
            "q1AQF", "q1AQFB=", "q1AQFB==", "q1AQ+B", "q1AQ/B", "q1 AQFB", "q1AQFB\n",
            "q2AQF", "q2AQFB=", "q2AQ+B", "q2 AQFB",
            RawFragment.payload().bytes(0x01).fragment(),
            RawFragment.payload().bytes(0x01, 0x00).fragment(),
            RawFragment.payload().bytes(0x01, 0x02, 'A').fragment(),
            RawFragment.payload().bytes(0x01, 0x81, 0x00, 'A').fragment(),
            RawFragment.payload().bytes(0x01, 0x80).fragment(),
            RawFragment.payload().bytes(0x01, 0x80, 0x80, 0x01).fragment(),
            RawFragment.payload().field(0x01, "A").field(0x01, "B").fragment(),
            RawFragment.payload().field(0x04, "A").field(0x01, "B").fragment(),
            RawFragment.payload().field(0x10, "A").field(0x01, "B").fragment(),
            RawFragment.payload().field(0x11, "0808 2000 247").fragment(),
            RawFragment.payload().field(0x10, "A").field(0x12, "88788").field(0x11, "88788").fragment(),
            RawFragment.payload().field(0x10, "A").field(0x11, "88788").field(0x11, "88788").fragment(),
            RawFragment.payload().field(0x09, "A").fragment(),
            RawFragment.payload().field(0x08, "MX").field(0x07, "bbc-food").fragment(),
            RawFragment.payload().field(0x00, "A").fragment(),
            RawFragment.payload().field(0x15, "A").fragment(),
            RawFragment.payload().field(0xFF, "A").fragment(),
            RawFragment.payload().field(0x01, new byte[] {(byte) 0xC3}).fragment(),
            RawFragment.payload().field(0x01, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).fragment(),
            RawFragment.payload().field(0x01, new byte[] {(byte) 0xC0, (byte) 0xBC}).fragment(),
            RawFragment.payload().field(0x01, "A").bytes(0x02).fragment(),
        };
        for (String f : fragments) {
            assertError(PresetError.MALFORMED, f);
        }
    }

    @Test
    void invalidFieldsRejectTheWholePresetAndSayWhich() {
        assertInvalid(PresetError.INVALID_FIELD, PresetField.ORGANISATION, -1,
                RawFragment.payload().field(0x01, "Evil\u202eCorp").fragment());
        assertInvalid(PresetError.INVALID_FIELD, PresetField.ORGANISATION, -1,
                RawFragment.payload().field(0x01, " padded").fragment());
        assertInvalid(PresetError.INVALID_FIELD, PresetField.LANGUAGE, -1,
                RawFragment.payload().field(0x02, "english").fragment());
        assertInvalid(PresetError.INVALID_FIELD, PresetField.TITLE, -1,
                RawFragment.payload().field(0x04, "a\nb").fragment());
        assertInvalid(PresetError.INVALID_FIELD, PresetField.MESSAGE, -1,
                RawFragment.payload().field(0x06, "hidden\u200btext").fragment());
        assertInvalid(PresetError.INVALID_PHONE, PresetField.CONTACT_PHONE, 1,
                RawFragment.payload().field(0x10, "A").field(0x10, "B").field(0x11, "\uff10\uff18\uff10").fragment());
        assertInvalid(PresetError.INVALID_PHONE, PresetField.CONTACT_SMS, 0,
                RawFragment.payload().field(0x10, "A").field(0x12, "START").fragment());
        assertInvalid(PresetError.INVALID_FIELD, PresetField.CONTACT_WEB, 0,
                RawFragment.payload().field(0x10, "A").field(0x13, "http://example.org").fragment());
        assertInvalid(PresetError.INVALID_FIELD, PresetField.CONTACT_LABEL, 0,
                RawFragment.payload().field(0x10, "\u2066A").fragment());
        assertInvalid(PresetError.INVALID_FIELD, PresetField.CONTACT_HOURS, 0,
                RawFragment.payload().field(0x10, "A").field(0x14, "9\u200e-5").fragment());
    }

    @Test
    void limits() {
        assertInvalid(PresetError.FIELD_TOO_LONG, PresetField.ORGANISATION, -1,
                RawFragment.payload().field(0x01, "o".repeat(PresetLimits.ORGANISATION + 1)).fragment());
        assertTrue(PresetCodec.decode(RawFragment.payload().field(0x01, "\ud840\udc00".repeat(80)).fragment()).isOk(),
                "limits count code points, not UTF-16 units or bytes");
        assertInvalid(PresetError.FIELD_TOO_LONG, PresetField.TITLE, -1,
                RawFragment.payload().field(0x04, "t".repeat(PresetLimits.TITLE + 1)).fragment());
        assertInvalid(PresetError.FIELD_TOO_LONG, PresetField.MESSAGE, -1,
                RawFragment.payload().field(0x06, "m".repeat(PresetLimits.MESSAGE + 1)).fragment());
        assertInvalid(PresetError.FIELD_TOO_LONG, PresetField.CONTACT_LABEL, 0,
                RawFragment.payload().field(0x10, "l".repeat(PresetLimits.LABEL + 1)).fragment());
        assertInvalid(PresetError.FIELD_TOO_LONG, PresetField.CONTACT_HOURS, 0,
                RawFragment.payload().field(0x10, "A").field(0x14, "h".repeat(PresetLimits.HOURS + 1)).fragment());
        RawFragment six = RawFragment.payload();
        for (int i = 0; i < 6; i++) {
            six.field(0x10, "C" + i);
        }
        assertInvalid(PresetError.TOO_MANY_CONTACTS, PresetField.CONTACTS, -1, six.fragment());
    }

    @Test
    void builderReportsMissingLabelsAndOverlongPresets() {
        PresetResult r = Preset.builder().contact("A", null, null, null, null).contact(null, "911", null, null, null)
                .build();
        assertEquals(PresetError.MISSING_FIELD, r.error());
        assertEquals(PresetField.CONTACT_LABEL, r.field());
        assertEquals(1, r.contactIndex());

        // Every field within its own limit, but 4-byte characters make the link too long.
        String emoji = "\ud83d\ude00";
        Preset.Builder b = Preset.builder().organisation("\ud840\udc00".repeat(80)).title(emoji.repeat(60))
                .message(emoji.repeat(500));
        PresetResult tooLong = b.build();
        assertEquals(PresetError.TOO_LONG, tooLong.error());
        assertEquals("preset.error", tooLong.messageKey());
    }

    @Test
    void textMustShowSomething() {
        assertInvalid(PresetError.MISSING_FIELD, PresetField.CONTACT_LABEL, 0,
                RawFragment.payload().field(0x10, "\u200d").fragment());
        assertInvalid(PresetError.MISSING_FIELD, PresetField.CONTACT_LABEL, 0,
                RawFragment.payload().field(0x10, "\u200c\u200d\ufe0f").field(0x11, "911").fragment());
        assertInvalid(PresetError.INVALID_FIELD, PresetField.ORGANISATION, -1,
                RawFragment.payload().field(0x01, "\u200c").fragment());
        assertInvalid(PresetError.INVALID_FIELD, PresetField.CONTACT_LABEL, 0,
                RawFragment.payload().field(0x10, "\u3164").fragment());
    }

    @Test
    void builderTreatsNullAsAbsent() {
        Preset p = Preset.builder().organisation(null).language(null).exit(null).exitId(null).title(null)
                .message(null).country(null).build().preset();
        assertEquals(Preset.builder().build().preset(), p);
        assertEquals("", p.country());
        assertEquals("", p.organisation());
    }

    @Test
    void resultAccessorsGuardTheirState() {
        PresetResult ok = PresetCodec.decode("q2AQFB");
        assertTrue(ok.isOk());
        assertEquals("", ok.messageKey());
        assertThrows(IllegalStateException.class, ok::error);
        PresetResult bad = PresetCodec.decode("q2!");
        assertFalse(bad.isOk());
        assertThrows(IllegalStateException.class, bad::preset);
    }

    @Test
    void contactsListIsImmutable() {
        Preset p = example();
        assertThrows(UnsupportedOperationException.class, () -> p.contacts().clear());
    }

    private static void assertError(PresetError expected, String fragment) {
        PresetResult r = PresetCodec.decodeChecked(fragment);
        assertFalse(r.isOk(), () -> "accepted " + fragment);
        assertEquals(expected, r.error(), () -> String.valueOf(fragment));
        assertEquals(r.error(), PresetCodec.decode(fragment).error());
    }

    private static void assertInvalid(PresetError error, PresetField field, int contact, String fragment) {
        PresetResult r = PresetCodec.decodeChecked(fragment);
        assertFalse(r.isOk(), () -> "accepted " + fragment);
        assertEquals(error, r.error(), fragment);
        assertEquals(field, r.field(), fragment);
        assertEquals(contact, r.contactIndex(), fragment);
        assertEquals("preset.error", r.messageKey());
    }
}
