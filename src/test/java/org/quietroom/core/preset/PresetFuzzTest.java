package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Throws valid, broken and hostile fragments at {@link PresetCodec#decode} and checks every answer with
 * oracles that do not share code with the core (JDK regex, {@link URI}, {@link Character} properties). Seeded,
 * so a failure repeats; the failing fragment is in the message.
 */
class PresetFuzzTest {
    private static final long SEED = 0x5175_6965_7472_6f6fL;
    private static final int MIN_HOSTILE_DECODES = 10_000;

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9() -]{3,32}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-([A-Z]{2}|[0-9]{3}))?");
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int[] TEXT_TAGS = {0x01, 0x04, 0x06, 0x10, 0x14};
    private static final int[] URL_TAGS = {0x03, 0x13};
    private static final int[] NUMBER_TAGS = {0x11, 0x12};

    /** Text atoms for valid presets: Latin, markup characters, other scripts, and multi-code-point emoji. */
    private static final List<String> ATOMS = atoms();

    /** Text that must never be accepted: each has something cleaning would change, or nothing that shows. */
    private static final String[] HOSTILE_TEXT = {
        "Evil\u202eCorp", "a\u202ab", "a\u202bb", "a\u202cb", "a\u202db", "x\u2066y", "x\u2067y", "x\u2068y",
        "x\u2069y", "left\u200emark", "right\u200fmark", "arabic\u061cmark", "nul\u0000", "bell\u0007", "esc\u001b[31m",
        "del\u007f", "c1\u0085", "csi\u009b", "line\nbreak", "tab\there", "cr\rhere", "ff\u000c", "zw\u200bsp",
        "word\u2060joiner", "bom\ufeff", "soft\u00adhyphen", "mongolian\u180evs", "nbsp\u00a0x", "ls\u2028x",
        "ps\u2029x", " leading", "trailing ", "two  spaces", "non\ufffechar", "non\uffffchar", "non\ufdd0char",
        "lone\ud800high", "lone\udc00low", "\ud83d", "\ude00", "inv\u2062times", "anchor\ufff9x", "hangul\u3164filler",
        "\u200d", "\u200c\u200d",
    };

    /** Exit addresses the exit rules refuse: a link with one still applies, without its exit. */
    static final String[] HOSTILE_EXITS = {
        "https://tracker.example.org/log?victim=7f3a-4711", "https://www.example.org/#ref=7f3a",
        "https://www.google.com/search", "https://www.google.co.uk/", "https://duckduckgo.com/",
        "https://www.bing.com/", "https://search.brave.com/", "https://wa.me/447700900123",
        "https://api.whatsapp.com/send", "https://t.me/someone", "https://m.me/someone", "https://www.facebook.com/",
        "https://x.com/someone", "https://bit.ly/3xyz", "https://tinyurl.com/abc", "https://t.co/abc",
        "https://abcdefghijklmnop.onion/", "https://192.168.1.10/", "https://0x7f.0x0.0x0.0x1/", "https://[::1]/",
        "https://2130706433/", "https://xn--80ak6aa92e.com/", "https://www.xn--bcher-kva.example/",
        "javascript:alert(1)", "http://www.bbc.co.uk/weather", "https://user@www.bbc.co.uk/",
    };

    /** Names the name rules refuse wherever they stand. */
    static final String[] HOSTILE_NAMES = {
        "N\u0430tional Domestic Violence Hotline", "Hotline \u0410\u0411", "\u039dational Hotline",
        "Sam\u200dHelp", "Help\u200c", "Refuge\ufe0f", "Tag\udb40\udc41", "Hang\u3164ul", "cgj\u034fx",
        "!!!", "\u260e\u260e", "(-)", "\u2014", "\u0301\u0301", "...",
    };

    /** Helpline look-alikes: refused beside a number that is not the helpline's. */
    static final String[] LOOKALIKE_NAMES = {
        "National Domestic Violence Hotline", "NATIONAL DOMESTIC VIOLENCE HOTLINE", "Nationa1 Domestic Violence Hotline",
        "National Domestic Vi0lence Hotline", "NationalDomesticViolenceHotline", "National-Domestic-Violence Hotline",
        "The National Domestic Violence Hotline (US)", "Nati\u00f3nal Dom\u00e9stic Violence Hotline",
        "\uff2e\uff41tional Domestic Violence Hotline", "National Domestic Abuse Helpline",
        "NationaI Domestic Abuse HeIpline", "L\u00ednea Nacional sobre la Violencia Dom\u00e9stica",
        "Linea Nacional sobre la Violencia Domestica", "\ud835\udc0d\ud835\udc1a\ud835\udc2dional Hotline",
    };

    /** Text that is fine as plain text: the page shows it as text, so it is accepted and must stay inert. */
    private static final String[] MARKUP_TEXT = {
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "{{msg:exit.label}}",
        "${7*7}", "{0}{1}{2}", "&lt;b&gt;", "' OR 1=1 --", "%0d%0aSet-Cookie:x", "\\u202e", "0808 2000 247",
    };

    private static final String[] PREFIXES = {
        "", "#", "q1", "#q1", "q2", "q0", "q", "Q1", "q1q1", "#q1#", "##q1", "q1=", "q\u0661", "\uff51\uff11",
    };

    private int decodes;
    private int accepted;
    private int exitsDropped;

    @Test
    void validPresetsRoundTrip() {
        Random random = new Random(SEED);
        int ok = 0;
        int tooLong = 0;
        for (int n = 0; n < 3000; n++) {
            PresetResult built = randomBuilder(random).build();
            if (!built.isOk()) {
                assertEquals(PresetError.TOO_LONG, built.error(), built::toString);
                tooLong++;
                continue;
            }
            Preset preset = built.preset();
            String fragment = PresetCodec.encode(preset);
            assertTrue(fragment.length() <= PresetLimits.FRAGMENT);
            PresetResult decoded = decode(fragment);
            assertTrue(decoded.isOk(), () -> decoded + " for " + preset);
            assertEquals(preset, decoded.preset());
            assertEquals(preset, decode("#" + fragment).preset());
            ok++;
        }
        assertTrue(ok >= 2000, "too few valid presets were generated: " + ok);
        assertTrue(tooLong > 0, "the generator never reached the length limit");
    }

    @Test
    void hostileFragmentsNeverThrowAndNeverYieldUnsafeValues() {
        Random random = new Random(SEED + 1);
        hostileValuesInWellFormedPayloads(random, 2500);
        randomText(random, 2000);
        mutatedValidFragments(random, 3000);
        randomBytes(random, 1500);
        randomFields(random, 1500);
        oversized(random, 500);
        assertTrue(decodes >= MIN_HOSTILE_DECODES, "only " + decodes + " fragments were tried");
        assertTrue(accepted > 100, "the fuzz never produced an accepted preset, so the oracles never ran");
        assertTrue(exitsDropped > 100, "refused exits were rarely dropped alone: " + exitsDropped);
    }

    @Test
    void cleaningAlwaysGivesCleanText() {
        Random random = new Random(SEED + 2);
        for (int n = 0; n < 5000; n++) {
            String raw = n < HOSTILE_TEXT.length ? HOSTILE_TEXT[n] : randomString(random, random.nextInt(80));
            String clean = PresetText.clean(raw);
            assertTrue(PresetText.isClean(clean), () -> show(raw));
            assertEquals(clean, PresetText.clean(clean));
            assertSafeText(clean, Integer.MAX_VALUE, raw);
            String normalised = HttpsUrl.normalise(raw);
            assertNotNull(normalised);
            if (HttpsUrl.isValid(normalised)) {
                assertSafeUrl(normalised, raw);
            }
        }
        for (String text : HOSTILE_TEXT) {
            assertFalse(PresetText.isClean(text) && PresetText.hasVisible(text), () -> show(text));
        }
    }

    // --- Hostile categories -------------------------------------------------------------------------------

    /** A valid payload with one field replaced by a hostile value. */
    private void hostileValuesInWellFormedPayloads(Random random, int rounds) {
        for (int n = 0; n < rounds; n++) {
            List<int[]> tags = new ArrayList<>();
            List<byte[]> values = new ArrayList<>();
            validFields(random, tags, values);
            int kind = random.nextInt(8);
            int tag;
            String value;
            boolean mustReject;
            boolean exitOnly = false;
            switch (kind) {
                case 4:
                    tag = 0x03;
                    value = pick(random, HOSTILE_EXITS);
                    mustReject = false;
                    exitOnly = true;
                    removeTag(tags, values, 0x07);
                    break;
                case 5:
                    tag = random.nextBoolean() ? 0x01 : 0x10;
                    value = pick(random, HOSTILE_NAMES);
                    mustReject = true;
                    break;
                case 6:
                    tag = 0x13;
                    value = "https://www." + (random.nextBoolean() ? "xn--80ak6aa92e" : "sub.xn--bcher-kva") + ".org/";
                    mustReject = true;
                    break;
                case 7:
                    put(tags, values, 0x14, new byte[] {'9'});
                    put(tags, values, 0x10, looseUtf8(pick(random, LOOKALIKE_NAMES)));
                    tag = 0x11;
                    value = pick(random, new String[] {"+1 800 799 7283", "0808 2000 248", "+44 20 7946 0000"});
                    mustReject = true;
                    break;
                case 0:
                    tag = pick(random, URL_TAGS);
                    value = pick(random, HttpsUrlTest.REFUSED);
                    // A web address refuses the link; an exit address is dropped alone.
                    mustReject = tag != 0x03;
                    exitOnly = tag == 0x03;
                    if (exitOnly) {
                        removeTag(tags, values, 0x07);
                    }
                    break;
                case 1:
                    tag = pick(random, NUMBER_TAGS);
                    value = pick(random, PhoneNumberTest.REFUSED);
                    mustReject = true;
                    break;
                case 2:
                    tag = pick(random, TEXT_TAGS);
                    value = pick(random, HOSTILE_TEXT);
                    mustReject = true;
                    break;
                default:
                    tag = random.nextBoolean() ? pick(random, TEXT_TAGS) : 0x02;
                    value = random.nextBoolean() ? pick(random, MARKUP_TEXT) : pick(random, HttpsUrlTest.REFUSED);
                    mustReject = tag == 0x02;
                    break;
            }
            put(tags, values, tag, looseUtf8(value));
            String fragment = RawFragment.fragment(join(tags, values));
            PresetResult r = check(fragment);
            if (mustReject) {
                assertFalse(r.isOk(), () -> "accepted " + show(value) + " in field " + tag + ": " + show(fragment));
            }
            if (exitOnly && r.isOk()) {
                assertNotNull(r.exitRefused(), () -> "exit kept: " + show(value) + " in " + show(fragment));
                assertEquals("", r.preset().exit(), () -> show(fragment));
                exitsDropped++;
            }
        }
    }

    private void randomText(Random random, int rounds) {
        for (int n = 0; n < rounds; n++) {
            String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
            String body;
            switch (random.nextInt(3)) {
                case 0:
                    body = randomFrom(random, BASE64URL, random.nextInt(200));
                    break;
                case 1:
                    body = randomFrom(random, BASE64URL + "=+/ \t\n%#.", random.nextInt(200));
                    break;
                default:
                    body = randomString(random, random.nextInt(300));
                    break;
            }
            check(prefix + body);
        }
        check(null);
        check("");
        check("#");
    }

    private void mutatedValidFragments(Random random, int rounds) {
        Base64.Decoder jdk = Base64.getUrlDecoder();
        for (int n = 0; n < rounds; n++) {
            PresetResult built = randomBuilder(random).build();
            if (!built.isOk()) {
                continue;
            }
            String valid = PresetCodec.encode(built.preset());
            String mutated;
            int cut;
            switch (random.nextInt(6)) {
                case 0:
                    byte[] payload = jdk.decode(valid.substring(2));
                    if (payload.length == 0) {
                        continue;
                    }
                    int at = random.nextInt(payload.length);
                    payload[at] = (byte) (payload[at] ^ (1 + random.nextInt(255)));
                    mutated = RawFragment.fragment(payload);
                    break;
                case 1:
                    cut = random.nextInt(valid.length());
                    mutated = valid.substring(0, cut) + BASE64URL.charAt(random.nextInt(64)) + valid.substring(cut + 1);
                    break;
                case 2:
                    mutated = valid.substring(0, random.nextInt(valid.length()));
                    break;
                case 3:
                    cut = random.nextInt(valid.length());
                    mutated = valid.substring(0, cut) + valid.substring(cut + 1);
                    break;
                case 4:
                    cut = random.nextInt(valid.length() + 1);
                    mutated = valid.substring(0, cut) + randomString(random, 1) + valid.substring(cut);
                    break;
                default:
                    byte[] truncated = jdk.decode(valid.substring(2));
                    byte[] shorter = new byte[truncated.length == 0 ? 0 : random.nextInt(truncated.length)];
                    System.arraycopy(truncated, 0, shorter, 0, shorter.length);
                    mutated = RawFragment.fragment(shorter);
                    break;
            }
            check(mutated);
        }
    }

    private void randomBytes(Random random, int rounds) {
        for (int n = 0; n < rounds; n++) {
            byte[] payload = new byte[random.nextInt(1600)];
            random.nextBytes(payload);
            check(RawFragment.fragment(payload));
        }
    }

    /** Fields with random (mostly valid-looking) tags and lengths and random or hostile values. */
    private void randomFields(Random random, int rounds) {
        int[] tags = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0xFF};
        for (int n = 0; n < rounds; n++) {
            RawFragment raw = RawFragment.payload();
            int fields = random.nextInt(12);
            for (int f = 0; f < fields; f++) {
                int tag = tags[random.nextInt(tags.length)];
                switch (random.nextInt(4)) {
                    case 0:
                        byte[] junk = new byte[random.nextInt(40)];
                        random.nextBytes(junk);
                        raw.field(tag, junk);
                        break;
                    case 1:
                        raw.field(tag, looseUtf8(randomString(random, random.nextInt(50))));
                        break;
                    case 2:
                        raw.bytes(tag, random.nextInt(256), random.nextInt(256));
                        break;
                    default:
                        raw.field(tag, looseUtf8(pick(random, MARKUP_TEXT)));
                        break;
                }
            }
            check(raw.fragment());
        }
    }

    private void oversized(Random random, int rounds) {
        int[][] limits = {
            {0x01, PresetLimits.ORGANISATION}, {0x04, PresetLimits.TITLE}, {0x06, PresetLimits.MESSAGE},
            {0x10, PresetLimits.LABEL},
        };
        for (int n = 0; n < rounds; n++) {
            int[] field = limits[random.nextInt(limits.length)];
            String value = "x".repeat(field[1] + 1 + random.nextInt(600));
            PresetResult r = check(RawFragment.payload().field(field[0], value).fragment());
            assertFalse(r.isOk());
            assertTrue(r.error() == PresetError.FIELD_TOO_LONG || r.error() == PresetError.TOO_LONG, r::toString);
        }
        String url = "https://example.org/" + "a".repeat(PresetLimits.URL);
        assertEquals(PresetError.INVALID_FIELD, check(RawFragment.payload().field(0x03, url).fragment()).exitRefused());
        assertEquals(PresetError.INVALID_FIELD,
                check(RawFragment.payload().field(0x10, "A").field(0x13, url).fragment()).error());
        assertEquals(PresetError.TOO_LONG, check("q1" + "A".repeat(1_000_000)).error());
        assertEquals(PresetError.TOO_LONG, check("q1" + randomString(random, 100_000)).error());
        assertEquals(PresetError.NOT_A_PRESET, check(randomFrom(random, "xyz", 1_000_000)).error());
    }

    // --- Decoding with oracles ----------------------------------------------------------------------------

    private PresetResult check(String fragment) {
        PresetResult r = decode(fragment);
        decodes++;
        if (r.isOk()) {
            accepted++;
        }
        return r;
    }

    /** Decodes without the last-resort guard, so an exception fails the test, then checks the answer. */
    private static PresetResult decode(String fragment) {
        PresetResult r;
        try {
            r = PresetCodec.decodeChecked(fragment);
        } catch (RuntimeException e) {
            throw new AssertionError("decode threw on " + show(fragment), e);
        }
        assertNotNull(r);
        assertEquals(r.isOk(), PresetCodec.decode(fragment).isOk());
        if (!r.isOk()) {
            assertNotNull(r.error());
            assertEquals(r.error().silent() ? "" : PresetResult.MESSAGE_KEY, r.messageKey());
            return r;
        }
        Preset p = r.preset();
        if (r.exitRefused() != null) {
            assertEquals("", p.exit(), () -> "a refused exit is dropped: " + show(fragment));
            assertEquals(PresetResult.EXIT_REFUSED_KEY, r.messageKey());
        }
        assertSafeExit(p.exit(), fragment);
        assertSafeName(p.organisation(), fragment);
        assertTrue(p.country().isEmpty() || (p.country().length() == 2 && Character.isUpperCase(p.country().charAt(0))
                && Character.isUpperCase(p.country().charAt(1)) && p.country().chars().allMatch(c -> c < 0x80)),
                () -> "country: " + show(fragment));
        assertSafeText(p.organisation(), PresetLimits.ORGANISATION, fragment);
        assertSafeText(p.title(), PresetLimits.TITLE, fragment);
        assertSafeText(p.message(), PresetLimits.MESSAGE, fragment);
        assertSafeUrl(p.exit(), fragment);
        assertTrue(p.language().isEmpty() || LANGUAGE.matcher(p.language()).matches(), () -> show(fragment));
        assertTrue(p.contacts().size() <= PresetLimits.CONTACTS, () -> show(fragment));
        for (Contact c : p.contacts()) {
            assertFalse(c.label().isEmpty(), () -> show(fragment));
            assertSafeText(c.label(), PresetLimits.LABEL, fragment);
            assertSafeName(c.label(), fragment);
            assertFalse(c.web().contains("xn--"), () -> "punycode web address: " + show(fragment));
            assertFalse(c.label().toLowerCase(java.util.Locale.ROOT).contains("national domestic")
                    && !(c.phone() + c.sms()).isEmpty() && !NameRules.isNumberOf(c.phone(), DefaultContacts.US_HOTLINE)
                    && !NameRules.isNumberOf(c.phone(), DefaultContacts.UK_HELPLINE),
                    () -> "a helpline's name with another number: " + show(fragment));
            assertSafeText(c.hours(), PresetLimits.HOURS, fragment);
            assertSafeNumber(c.phone(), fragment);
            assertSafeNumber(c.sms(), fragment);
            assertSafeUrl(c.web(), fragment);
        }
        String canonical = fragment.startsWith("#") ? fragment.substring(1) : fragment;
        if (r.exitRefused() == null && canonical.startsWith(PresetCodec.VERSION)) {
            assertEquals(canonical, PresetCodec.encode(p), "an accepted fragment must be the one encoding of its preset");
        }
        return r;
    }

    /** The exit rules, checked with the JDK's URI parser: no query, fragment, IP, onion, punycode. */
    private static void assertSafeExit(String url, String source) {
        if (url.isEmpty()) {
            return;
        }
        assertSafeUrl(url, source);
        URI uri = URI.create(url);
        assertNull(uri.getRawQuery(), () -> "exit with a query: " + show(source));
        assertNull(uri.getRawFragment(), () -> "exit with a fragment: " + show(source));
        String host = uri.getHost();
        assertFalse(host.endsWith(".onion") || host.contains("xn--"), () -> show(source));
        for (String refused : new String[] {"google.", "wa.me", "t.me", "m.me", "bit.ly", "duckduckgo.", "bing."}) {
            assertFalse(host.equals(refused) || host.startsWith(refused) || host.contains("." + refused),
                    () -> "exit to " + host + ": " + show(source));
        }
    }

    /** The name rules, checked with the JDK's Unicode data: no format character, one script. */
    private static void assertSafeName(String name, String source) {
        java.util.Set<Character.UnicodeScript> scripts = java.util.EnumSet.noneOf(Character.UnicodeScript.class);
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int cp = name.codePointAt(i);
            assertFalse(Character.getType(cp) == Character.FORMAT || cp == 0x034F || (cp >= 0xFE00 && cp <= 0xFE0F)
                    || (cp >= 0xE0000 && cp <= 0xE0FFF) || cp == 0x115F || cp == 0x1160 || cp == 0x3164,
                    () -> "invisible in a name: " + show(source));
            if (Character.isLetter(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED
                        && s != Character.UnicodeScript.HAN && s != Character.UnicodeScript.HIRAGANA
                        && s != Character.UnicodeScript.KATAKANA && s != Character.UnicodeScript.HANGUL
                        && s != Character.UnicodeScript.BOPOMOFO) {
                    scripts.add(s);
                }
            }
        }
        assertTrue(scripts.size() <= 1, () -> "mixed scripts " + scripts + " in a name: " + show(source));
    }

    private static void assertSafeText(String text, int limit, String source) {
        assertNotNull(text);
        assertTrue(text.codePointCount(0, text.length()) <= limit, () -> "too long: " + show(source));
        assertFalse(text.startsWith(" ") || text.endsWith(" ") || text.contains("  "), () -> show(source));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)), () -> show(source));
                i++;
                continue;
            }
            assertFalse(Character.isSurrogate(c), () -> "lone surrogate: " + show(source));
            assertFalse(Character.isISOControl(c), () -> "control: " + show(source));
            assertFalse(isBidi(c), () -> "bidi control: " + show(source));
            assertFalse(c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)),
                    () -> "odd space: " + show(source));
            assertFalse(c == '\u200b' || c == '\u2060' || c == '\ufeff' || c == '\u00ad',
                    () -> "invisible: " + show(source));
        }
    }

    private static boolean isBidi(int cp) {
        byte d = Character.getDirectionality(cp);
        return cp == 0x200E || cp == 0x200F || cp == 0x061C
                || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
                || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT
                || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE
                || d == Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE
                || d == Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE;
    }

    private static void assertSafeUrl(String url, String source) {
        if (url.isEmpty()) {
            return;
        }
        assertTrue(url.startsWith("https://"), () -> "not https: " + show(source));
        assertTrue(url.length() <= PresetLimits.URL, () -> show(source));
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            assertTrue(c > 0x20 && c < 0x7F && "\\\"'<>`".indexOf(c) < 0, () -> "bad character: " + show(source));
        }
        try {
            URI uri = new URI(url);
            assertEquals("https", uri.getScheme(), () -> show(source));
            assertNull(uri.getRawUserInfo(), () -> show(source));
            assertEquals(-1, uri.getPort(), () -> show(source));
            String host = uri.getHost();
            assertNotNull(host, () -> show(source));
            assertEquals(host, HttpsUrl.host(url));
            assertTrue(host.indexOf('.') > 0, () -> show(source));
            assertTrue(Character.isLetter(host.charAt(host.lastIndexOf('.') + 1)), () -> "IP? " + show(source));
        } catch (URISyntaxException e) {
            fail("not a URI: " + show(source), e);
        }
    }

    private static void assertSafeNumber(String number, String source) {
        if (number.isEmpty()) {
            return;
        }
        assertTrue(NUMBER.matcher(number).matches(), () -> "number: " + show(source));
        int digits = 0;
        for (int i = 0; i < number.length(); i++) {
            if (number.charAt(i) >= '0' && number.charAt(i) <= '9') {
                digits++;
            }
        }
        assertTrue(digits >= 3 && digits <= 20, () -> "digits: " + show(source));
        assertTrue(PhoneNumber.dialString(number).length() >= 3);
    }

    // --- Generators ---------------------------------------------------------------------------------------

    private static Preset.Builder randomBuilder(Random random) {
        Preset.Builder b = Preset.builder();
        if (random.nextBoolean()) {
            b.organisation(name(random, PresetLimits.ORGANISATION));
        }
        if (random.nextBoolean()) {
            b.language(language(random));
        }
        switch (random.nextInt(3)) {
            case 0:
                b.exit(exitUrl(random));
                break;
            case 1:
                b.exitId(ExitSites.ALL.get(random.nextInt(ExitSites.ALL.size())).id());
                break;
            default:
                break;
        }
        if (random.nextBoolean()) {
            b.title(text(random, PresetLimits.TITLE));
        }
        if (random.nextInt(3) == 0) {
            b.message(text(random, PresetLimits.MESSAGE));
        }
        if (random.nextInt(3) == 0) {
            String codes = CountryCode.ASSIGNED;
            int at = 3 * random.nextInt((codes.length() + 1) / 3);
            b.country(codes.substring(at, at + 2));
        }
        int contacts = random.nextInt(PresetLimits.CONTACTS + 1);
        for (int i = 0; i < contacts; i++) {
            String label = name(random, PresetLimits.LABEL);
            String phone = random.nextBoolean() ? number(random) : "";
            String sms = random.nextInt(3) == 0 ? number(random) : "";
            String web = random.nextBoolean() ? url(random) : "";
            String hours = random.nextBoolean() ? text(random, PresetLimits.HOURS) : "";
            b.contact(label, phone, sms, web, hours);
        }
        return b;
    }

    /** Letters of one script each: a name is made from one of these, digits and punctuation. */
    private static final String[] NAME_POOLS = {
        "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNOPQRSTUVWXYZéèñçøåß", "ΑΒΓΔαβγδλμπ", "абвгдЖЯлмнп", "العربية",
        "עברית", "中文日本語", "한국어", "हिन्दी",
    };

    /** A name the name rules accept: letters of one script (at least one), digits, spaces and punctuation. */
    private static String name(Random random, int max) {
        String pool = NAME_POOLS[random.nextInt(NAME_POOLS.length)];
        int target = 1 + random.nextInt(Math.min(max, 30));
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (count < target) {
            int r = random.nextInt(10);
            String piece;
            if (r < 7 || count == 0) {
                int at = pool.offsetByCodePoints(0, random.nextInt(pool.codePointCount(0, pool.length())));
                piece = new String(Character.toChars(pool.codePointAt(at)));
            } else if (r == 7) {
                piece = String.valueOf((char) ('0' + random.nextInt(10)));
            } else if (r == 8 && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && count + 2 < target) {
                piece = " ";
            } else {
                piece = String.valueOf(".,()&'-".charAt(random.nextInt(7)));
            }
            sb.append(piece);
            count++;
        }
        String out = sb.toString().trim();
        return out;
    }

    /** An exit address the exit rules accept: an everyday-looking host, a path, no query or fragment. */
    private static String exitUrl(Random random) {
        StringBuilder sb = new StringBuilder("https://weather.");
        sb.append(randomFrom(random, "abcdefghijklmnopqrstuvwxyz", 3 + random.nextInt(8))).append(".org");
        if (random.nextBoolean()) {
            sb.append('/').append(randomFrom(random, "abcXYZ019-._~!$&()*+,;=:@/", random.nextInt(60)));
        }
        return sb.toString();
    }

    /** Clean text of at most {@code max} code points: words of atoms, single spaces between them. */
    private static String text(Random random, int max) {
        int target = random.nextInt(4) == 0 ? max : random.nextInt(max + 1);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (true) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int i = 0; i < length; i++) {
                word.append(ATOMS.get(random.nextInt(ATOMS.size())));
            }
            int need = word.codePointCount(0, word.length()) + (sb.length() > 0 ? 1 : 0);
            if (count + need > target) {
                return sb.toString();
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word);
            count += need;
        }
    }

    private static String number(Random random) {
        while (true) {
            int digits = 3 + random.nextInt(18);
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "+" : "");
            boolean parenUsed = false;
            int left = digits;
            while (left > 0) {
                int group = Math.min(left, 1 + random.nextInt(4));
                boolean first = sb.length() == 0 || sb.toString().equals("+");
                if (!first) {
                    sb.append(random.nextBoolean() ? ' ' : '-');
                }
                boolean paren = !parenUsed && group < left && random.nextInt(5) == 0;
                if (paren && !first && sb.charAt(sb.length() - 1) == '-') {
                    sb.setCharAt(sb.length() - 1, ' ');
                }
                sb.append(paren ? "(" : "");
                for (int i = 0; i < group; i++) {
                    boolean trunkPrefix = paren && i == 0 && sb.charAt(0) == '+';
                    sb.append((char) ((trunkPrefix ? '1' : '0') + random.nextInt(trunkPrefix ? 9 : 10)));
                }
                sb.append(paren ? ")" : "");
                parenUsed |= paren;
                left -= group;
            }
            if (sb.length() <= PresetLimits.PHONE_CHARS) {
                return sb.toString();
            }
        }
    }

    private static String url(Random random) {
        while (true) {
            StringBuilder sb = new StringBuilder("https://");
            int labels = 2 + random.nextInt(3);
            for (int i = 0; i < labels; i++) {
                if (i > 0) {
                    sb.append('.');
                }
                boolean last = i == labels - 1;
                int length = (last ? 2 : 1) + random.nextInt(10);
                sb.append(last ? randomFrom(random, "abcdefghijklmnopqrstuvwxyz", 1) : randomFrom(random,
                        "abcdefghijklmnopqrstuvwxyz0123456789", 1));
                if (length > 1) {
                    sb.append(randomFrom(random, "abcdefghijklmnopqrstuvwxyz0123456789-", length - 2));
                    sb.append(randomFrom(random, "abcdefghijklmnopqrstuvwxyz0123456789", 1));
                }
            }
            if (!HttpsUrl.isHost(sb.substring("https://".length()))) {
                continue;
            }
            if (random.nextBoolean()) {
                sb.append('/').append(randomFrom(random, "abcXYZ019-._~!$&()*+,;=:@/", random.nextInt(60)));
                if (random.nextBoolean()) {
                    sb.append("%2F");
                }
            }
            if (random.nextInt(4) == 0) {
                sb.append('?').append(randomFrom(random, "abc=&019-._~/?:@", random.nextInt(30)));
            }
            if (random.nextInt(4) == 0) {
                sb.append('#').append(randomFrom(random, "abc019-._~/?", random.nextInt(20)));
            }
            if (sb.length() <= PresetLimits.URL) {
                return sb.toString();
            }
        }
    }

    private static String language(Random random) {
        String tag = randomFrom(random, "abcdefghijklmnopqrstuvwxyz", 2 + random.nextInt(2));
        switch (random.nextInt(3)) {
            case 0:
                return tag + "-" + randomFrom(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2);
            case 1:
                return tag + "-" + randomFrom(random, "0123456789", 3);
            default:
                return tag;
        }
    }

    /** Valid top-level fields and contacts, as tag/value lists kept in wire order. */
    private static void validFields(Random random, List<int[]> tags, List<byte[]> values) {
        Preset.Builder b = randomBuilder(random);
        PresetResult r = b.build();
        if (!r.isOk()) {
            return;
        }
        byte[] payload = Base64.getUrlDecoder().decode(PresetCodec.encode(r.preset()).substring(2));
        int pos = 0;
        int contact = -1;
        while (pos < payload.length) {
            int tag = payload[pos++] & 0xFF;
            int length = payload[pos++] & 0xFF;
            if (length >= 0x80) {
                length = (length & 0x7F) | ((payload[pos++] & 0xFF) << 7);
            }
            byte[] value = new byte[length];
            System.arraycopy(payload, pos, value, 0, length);
            pos += length;
            if (tag == 0x10) {
                contact++;
            }
            tags.add(new int[] {tag, contact});
            values.add(value);
        }
    }

    /** Sets {@code tag} to {@code value}: replaces it if present, otherwise inserts it in wire order. */
    private static void put(List<int[]> tags, List<byte[]> values, int tag, byte[] value) {
        boolean contactField = tag >= 0x10;
        if (contactField && tag != 0x10 && !hasContact(tags)) {
            tags.add(new int[] {0x10, 0});
            values.add(new byte[] {'A'});
        }
        int target = contactField ? lastContact(tags) : -1;
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i)[0] == tag && tags.get(i)[1] == target) {
                values.set(i, value);
                return;
            }
        }
        int at = 0;
        while (at < tags.size() && (tags.get(at)[1] < target || (tags.get(at)[1] == target && tags.get(at)[0] < tag))) {
            at++;
        }
        tags.add(at, new int[] {tag, target});
        values.add(at, value);
    }

    private static void removeTag(List<int[]> tags, List<byte[]> values, int tag) {
        for (int i = tags.size() - 1; i >= 0; i--) {
            if (tags.get(i)[0] == tag) {
                tags.remove(i);
                values.remove(i);
            }
        }
    }

    private static boolean hasContact(List<int[]> tags) {
        return lastContact(tags) >= 0;
    }

    private static int lastContact(List<int[]> tags) {
        int last = -1;
        for (int[] t : tags) {
            last = Math.max(last, t[1]);
        }
        return last;
    }

    private static byte[] join(List<int[]> tags, List<byte[]> values) {
        RawFragment raw = RawFragment.payload();
        for (int i = 0; i < tags.size(); i++) {
            if (values.get(i).length == 0) {
                raw.bytes(tags.get(i)[0], 0);
            } else {
                raw.field(tags.get(i)[0], values.get(i));
            }
        }
        return raw.toBytes();
    }

    /** UTF-8, except that a lone surrogate is written as its own 3-byte form (as WTF-8 does), not as '?'. */
    private static byte[] looseUtf8(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            int cp = s.charAt(i);
            if (Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(s.charAt(i), s.charAt(i + 1));
                i++;
            }
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | (cp >> 6));
                out.write(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out.write(0xE0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            } else {
                out.write(0xF0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3F));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            }
        }
        return out.toByteArray();
    }

    /** Random UTF-16 text, hostile on purpose: lone surrogates, controls, bidi, look-alike digits, emoji. */
    private static String randomString(Random random, int length) {
        String tricky = "\u202e\u202d\u2066\u2069\u200e\u200f\u061c\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0"
                + "\u2028\u0000\t\n\r\u007f\u0085\uff10\uff11\u0660\u0661\u06f1\u0967\u2212<>\"'&:/\\@%#?=+- ";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0:
                    sb.append(tricky.charAt(random.nextInt(tricky.length())));
                    break;
                case 1:
                    sb.append((char) (0xD800 + random.nextInt(0x800)));
                    break;
                case 2:
                    sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
                    break;
                case 3:
                    sb.append((char) random.nextInt(0x10000));
                    break;
                default:
                    sb.append((char) (0x20 + random.nextInt(0x5F)));
                    break;
            }
        }
        return sb.toString();
    }

    private static String randomFrom(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static int pick(Random random, int[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static List<String> atoms() {
        List<String> atoms = new ArrayList<>();
        String[] pools = {
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
            ".,;:!?'\"()&<>/-–—…@#%*+=[]{}$€£\\",
            "éèêëàâäôöûüçñßøåæœ", "ΑΒΓαβγδ", "абвгдЖЯ", "العربية", "עברית", "中文日本語한국어", "हिन्दी",
        };
        for (String pool : pools) {
            for (int i = 0; i < pool.length(); i = pool.offsetByCodePoints(i, 1)) {
                atoms.add(new String(Character.toChars(pool.codePointAt(i))));
            }
        }
        atoms.add("\ud83d\ude00");
        atoms.add("\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67");
        atoms.add("\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f");
        atoms.add("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645");
        atoms.add("\u2764\ufe0f");
        return atoms;
    }

    /** The fragment with everything outside printable ASCII escaped, cut to a readable length. */
    private static String show(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 400; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                sb.append(c);
            } else {
                sb.append("\\u").append(String.format("%04x", (int) c));
            }
        }
        return s.length() > 400 ? sb + "... (" + s.length() + " chars)" : sb.toString();
    }
}
