package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nayuki.qrcodegen.QrCode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.json.Json;
import org.quietroom.build.Catalog;
import org.quietroom.build.SiteBuilder;
import org.quietroom.core.preset.Contact;
import org.quietroom.core.preset.ExitSites;
import org.quietroom.core.preset.LinkWords;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetCodec;
import org.quietroom.core.preset.PresetResult;
import org.quietroom.core.preset.RawFragment;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;
import org.quietroom.it.engine.Wait;

/**
 * Advocate links (issue 6) on every engine (Chromium, Firefox ESR, WebKitGTK) and in both tiers: a valid link
 * sets the page and leaves the address bar without its fragment; hostile links run nothing and inject
 * nothing; the link-making page makes a link (and a QR code of exactly that link) that the page then reads.
 */
class EnginesAdvocateLinkIT {
    private static final String SITE = "http://quietroom.test/";
    /** What every hostile payload below would set if any of it ran as script. */
    private static final String FLAG = "__qrPwned";
    private static final String SET_FLAG = "window." + FLAG + "=1";
    private static final Json JSON = new Json();
    private static final List<String> TIERS = List.of("wasm", "js");

    @RegisterExtension
    static final EngineRig RIG = new EngineRig();
    private static Catalog english;
    private static Catalog spanish;
    private static int visits;

    static List<String> engines() {
        return Engines.selected();
    }

    @BeforeAll
    static void start() throws IOException {
        english = Catalog.loadAll(Path.of("src/main/messages")).get(0);
        spanish = Catalog.loadAll(Path.of("src/main/messages")).stream().filter(c -> c.lang().equals("es"))
                .findFirst().orElseThrow();
    }

    /** A query that forces the tier and differs on every visit, so each open loads a new document. */
    private static String query(String tier) {
        return "?" + (tier.equals("js") ? "tier=js" : "t=wasm") + "&visit=" + (++visits);
    }

    private static Page open(String engine, String path, String query, String fragment) {
        return RIG.engines().page(engine).open(SITE + path + query + (fragment == null ? "" : "#" + fragment));
    }

    static Preset example() {
        return Preset.builder()
                .organisation("Riverside Women's Aid")
                .language("es")
                .exit("https://www.example.org/weather")
                .title("Recipes")
                .country("GB")
                .message("Hi, this is Sam. Call me on the work number if it is safe.")
                .contact("Sam (advocate)", "+44 20 7946 0000", "+44 7700 900123", "https://riverside.example.org/",
                        "Mon\u2013Fri 9:00\u201317:00")
                .contact("Out of hours", "0808 2000 247", "", "", "")
                .build().preset();
    }

    // (a) -----------------------------------------------------------------------------------------------------

    /**
     * The link-making page opened from a file (file://), as an advocate might open the built folder: whatever the
     * engine does with its scripts there (Chromium runs none, since each carries an integrity hash that a file
     * cannot be checked against; another engine may run boot.js and then fail to load the build, or run it all),
     * the page never loads for ever, and when it cannot work it says the file is the cause and what to do, never
     * "try another browser" (issue 19).
     */
    @ParameterizedTest
    @MethodSource("engines")
    void theLinkMakingPageOpenedFromAFileSaysWhy(String engine) {
        Engine e = RIG.engines().get(engine);
        e.open(TestSite.DIR.resolve("build.html").toAbsolutePath().toUri().toString());
        String state = Wait.until(engine + ": the page opened from a file to settle", Duration.ofSeconds(30), () -> {
            Object now = e.script("return document.documentElement.getAttribute('data-state');");
            return List.of("static", "error", "ready").contains(now) ? (String) now : null;
        });
        String shown = (String) e.script("return document.body.innerText;");
        if (!state.equals("ready")) {
            assertTrue(shown.contains(state.equals("error") ? english.get("builder.error-file") : "file://"),
                    engine + " (" + state + "): the file is named as the cause: " + shown);
        }
        assertFalse(shown.contains(english.get("builder.error")), engine + " (" + state + "): not \"try another browser\"");
        e.open("about:blank");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aValidLinkSetsThePageAndTheAddressBarKeepsNoFragment(String engine) {
        Preset preset = example();
        for (String tier : TIERS) {
            String where = engine + "/" + tier;
            String query = query(tier);
            Page page = open(engine, "", query, PresetCodec.encode(preset));
            assertEquals("ready", page.state(), where);
            // The link asks for Spanish: the page changed to Spanish in place, without loading another page.
            assertEquals("es", page.root("lang"), where);
            assertEquals(tier, page.tier(), where);
            assertEquals("applied", page.root("data-preset"), where);
            assertEquals(0, page.cspViolations(), where);

            assertEquals(preset.organisation(), page.text("#preset-org-name"), where);
            assertEquals(spanish.get("preset.organisation") + " " + preset.organisation(),
                    page.text("#preset-org").trim(), where);
            assertFalse(hidden(page, "#preset-org"), where);
            assertEquals(preset.message(), page.text("#preset-message-text"), where);
            assertFalse(hidden(page, "#preset-message"), where);
            assertEquals("", page.text("#preset-status"), where);

            List<Map<String, Object>> shown = linkContacts(page);
            assertEquals(2, shown.size(), where);
            for (int i = 0; i < shown.size(); i++) {
                Contact c = preset.contacts().get(i);
                Map<String, Object> li = shown.get(i);
                assertEquals(c.label(), li.get("label"), where);
                // Where they came from is said once, over them, not again in each.
                assertNull(li.get("source"), where + ": no provenance note of its own");
            }
            assertEquals(List.of("tel:+442079460000", "sms:+447700900123", "https://riverside.example.org/"),
                    shown.get(0).get("hrefs"), where);
            assertEquals(List.of("", "", "noreferrer"), shown.get(0).get("rels"), where);
            assertEquals(List.of("tel:08082000247"), shown.get(1).get("hrefs"), where);
            assertFalse(hidden(page, "#contact-defaults"), where + ": the built-in helplines still show");
            assertEquals(1, count(page, "#contact-defaults > li"), where + ": the general emergency advice");
            assertEquals(org.quietroom.core.helplines.Helplines.ALL.size(), count(page, "#helplines li[data-country]"),
                    where + ": every built-in helpline is on the page beside the link's contacts");
            assertFalse(hidden(page, "#contact-link-part"), where);
            assertEquals(spanish.get("contacts.link-heading"), page.text("#contact-link-heading"), where);
            assertEquals(spanish.get("contacts.defaults-heading"), page.text("#contact-defaults-heading"), where);
            assertEquals(LinkWords.of(preset), page.text("#preset-words-text"), where + ": the link's words");
            assertFalse(hidden(page, "#preset-words"), where);
            assertEquals("www.example.org", page.text("#exit-goes-site"), where + ": Exit goes to");

            assertEquals(preset.exit(), attribute(page, "#exit", "href"), where);
            assertEquals(preset.exit(), attribute(page, "#exit-skip", "href"), where);
            assertEquals("Recipes", page.engine().script("return document.title;"), where);
            assertEquals("es", page.root("data-preset-lang"), where);

            assertEquals(spanish.get("intro.heading"), page.text("#intro-heading"), where);
            assertEquals(SITE + query, page.engine().script("return location.href;"), where);
            assertEquals(SITE + query, page.engine().url(),
                    where + ": the address bar as the driver reads it");
        }
    }

    // (b) -----------------------------------------------------------------------------------------------------

    /** Hand-made payloads the codec accepts: markup and script in every text field, which must stay text. */
    static Map<String, String> acceptedHostile() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("markup in every text field", fragment(payload()
                .field(0x01, "<img src=x onerror=" + SET_FLAG + ">")
                .field(0x04, "</title><script>" + SET_FLAG + "</script>")
                .field(0x06, "<svg onload=" + SET_FLAG + "><script>" + SET_FLAG + "</script></svg>")
                .field(0x10, "<script>" + SET_FLAG + "</script>")
                .field(0x14, "\"><iframe src=javascript:" + SET_FLAG + ">")
                .field(0x10, "javascript:" + SET_FLAG)
                .field(0x11, "0808 2000 247")));
        return m;
    }

    /** Hand-made payloads the codec refuses, each with a plain message for the visitor. */
    static Map<String, String> refusedHostile() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("a helpline's name with another number", fragment(payload()
                .field(0x01, "National Domestic Violence Hotline").field(0x06, "Our numbers changed this year.")
                .field(0x10, "National Domestic Violence Hotline").field(0x11, "+1 800 799 7283")));
        m.put("a look-alike helpline name", fragment(payload()
                .field(0x10, "Nationa1 Domestic Vi0lence Hotline").field(0x11, "+1 800 799 7283")));
        m.put("a Cyrillic letter in a Latin name", fragment(payload()
                .field(0x10, "N\u0430tional Hotline").field(0x11, "0808 2000 247")));
        m.put("a name of invisible and combining characters", fragment(payload()
                .field(0x10, "\u200d\u0301\u0301").field(0x11, "0808 2000 247")));
        m.put("a punycode web address", fragment(payload().field(0x10, "Help")
                .field(0x13, "https://www.xn--80ak6aa92e.com/")));
        m.put("data: web address", fragment(payload().field(0x10, "Help")
                .field(0x13, "data:text/html,<script>" + SET_FLAG + "</script>")));
        m.put("attribute break-out in a web address", fragment(payload().field(0x10, "Help")
                .field(0x13, "https://www.example.org/\"onmouseover=\"" + SET_FLAG)));
        m.put("credentials in a web address", fragment(payload().field(0x10, "Help")
                .field(0x13, "https://www.refuge.org.uk@evil.example/")));
        m.put("bidi override in a label", fragment(payload().field(0x10, "Call \u202E742 0002 8080")
                .field(0x11, "0808 2000 247")));
        m.put("letters in a phone number", fragment(payload().field(0x10, "Help").field(0x11, "+1 800 CALL NOW")));
        m.put("a control character", fragment(payload().field(0x01, "Riverside\u0000<script>")));
        m.put("an unknown tag", fragment(payload().field(0x07, "<script>" + SET_FLAG + "</script>")));
        m.put("an overlong UTF-8 '<'", fragment(payload().field(0x01, new byte[] {(byte) 0xC0, (byte) 0xBC})));
        m.put("a truncated field", fragment(payload().field(0x01, "Org").bytes(0x10, 0x05, 'A')));
        m.put("six contacts", fragment(payload().field(0x10, "1").field(0x10, "2").field(0x10, "3")
                .field(0x10, "4").field(0x10, "5").field(0x10, "6")));
        m.put("oversized", "q1" + "A".repeat(4000));
        m.put("padding", "q1AQFB=");
        m.put("a character outside base64url", "q1AQ+B");
        m.put("a length base64 cannot have", "q1AQFBA");
        m.put("a newer version", "q9AQFB");
        return m;
    }

    /** Hand-made links whose exit is refused: the rest applies, the exit stays the page's default, with a message. */
    static Map<String, String> refusedExits() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("javascript: exit", fragment(payload().field(0x01, "Riverside").field(0x03, "javascript:" + SET_FLAG)));
        m.put("javascript: with https-looking host", fragment(payload().field(0x01, "Riverside")
                .field(0x03, "javascript://www.example.org/%0A" + SET_FLAG)));
        m.put("a tracker with the person's id", fragment(payload().field(0x01, "Riverside")
                .field(0x03, "https://tracker.example.org/log?victim=7f3a-4711")));
        m.put("a search", fragment(payload().field(0x01, "Riverside")
                .field(0x03, "https://www.google.com/search")));
        m.put("a chat deep link", fragment(payload().field(0x01, "Riverside").field(0x03, "https://wa.me/447700900123")));
        m.put("an onion host", fragment(payload().field(0x01, "Riverside")
                .field(0x03, "https://abcdefghijklmnop.onion/")));
        m.put("a punycode host", fragment(payload().field(0x01, "Riverside")
                .field(0x03, "https://xn--80ak6aa92e.com/")));
        m.put("a version 1 link with a search exit", "q1" + fragment(payload().field(0x01, "Riverside")
                .field(0x03, "https://duckduckgo.com/")).substring(2));
        return m;
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aRefusedExitFallsBackToTheDefaultWithAMessage(String engine) {
        for (Map.Entry<String, String> c : refusedExits().entrySet()) {
            PresetResult decoded = PresetCodec.decode(c.getValue());
            assertTrue(decoded.isOk() && decoded.exitRefused() != null, c.getKey() + ": " + decoded);
            for (String tier : TIERS) {
                String where = engine + "/" + tier + ": " + c.getKey();
                Page page = open(engine, "", query(tier), c.getValue());
                assertNothingRan(page, where);
                assertEquals("applied", page.root("data-preset"), where);
                assertEquals("Riverside", page.text("#preset-org-name"), where + ": the rest of the link applies");
                assertEquals(english.get("preset.exit-refused"), page.text("#preset-status"), where);
                assertEquals(SiteBuilder.DEFAULT_EXIT, attribute(page, "#exit", "href"), where);
                assertEquals(SiteBuilder.DEFAULT_EXIT, attribute(page, "#exit-skip", "href"), where);
                assertEquals(ExitSites.BBC_WEATHER.name(), page.text("#exit-goes-site"), where);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void hostileLinksRunNothingAndInjectNothing(String engine) {
        Page pristine = open(engine, "", query("wasm"), null);
        assertEquals("none", pristine.root("data-preset"), engine);
        long elementsInContacts = count(pristine, "#contacts *");
        long defaults = count(pristine, "#contact-defaults > li, #helplines li[data-country]");
        assertEquals(1 + org.quietroom.core.helplines.Helplines.ALL.size(), defaults, engine);

        for (Map.Entry<String, String> c : acceptedHostile().entrySet()) {
            PresetResult decoded = PresetCodec.decode(c.getValue());
            assertTrue(decoded.isOk(), c.getKey() + ": the codec accepts this one (" + decoded + ")");
            for (String tier : TIERS) {
                String where = engine + "/" + tier + ": " + c.getKey();
                Page page = open(engine, "", query(tier), c.getValue());
                assertNothingRan(page, where);
                assertEquals("applied", page.root("data-preset"), where);
                Preset p = decoded.preset();
                assertEquals(p.organisation(), page.text("#preset-org-name"), where + ": shown as text");
                assertEquals(p.message(), page.text("#preset-message-text"), where);
                assertEquals(p.title(), page.engine().script("return document.title;"), where);
                List<Map<String, Object>> shown = linkContacts(page);
                assertEquals(2, shown.size(), where);
                assertEquals(p.contacts().get(0).label(), shown.get(0).get("label"), where);
                assertEquals(List.of(), shown.get(0).get("hrefs"), where + ": no link from text");
                assertEquals(List.of("tel:08082000247"), shown.get(1).get("hrefs"), where);
                assertEquals(1, count(page, "#preset-org *:not([data-m])"),
                        where + ": only the name's own <bdi> (and the label's catalog text)");
                assertEquals(1, count(page, "#preset-org [data-m]"), where);
                assertEquals(0, count(page, "#preset-org-name *, #preset-message-text *, #contact-list h4 *"), where);
            }
        }

        for (Map.Entry<String, String> c : refusedHostile().entrySet()) {
            PresetResult decoded = PresetCodec.decode(c.getValue());
            assertFalse(decoded.isOk(), c.getKey() + ": the codec refuses this one");
            assertFalse(decoded.error().silent(), c.getKey());
            String where = engine + ": " + c.getKey();
            Page page = open(engine, "", query("wasm"), c.getValue());
            assertNothingRan(page, where);
            assertEquals("error", page.root("data-preset"), where);
            assertEquals(english.get("preset.error"), page.text("#preset-status"), where);
            assertEquals(elementsInContacts, count(page, "#contacts *"), where + ": nothing added");
            assertEquals(defaults, count(page, "#contact-defaults > li, #helplines li[data-country]"), where);
            assertFalse(hidden(page, "#contact-defaults"), where);
            assertTrue(hidden(page, "#preset-org"), where);
            assertEquals(SiteBuilder.DEFAULT_EXIT, attribute(page, "#exit", "href"), where);
            assertEquals(english.get("page.title"), page.engine().script("return document.title;"), where);
            assertTrue(hidden(page, "#preset-words"), where + ": no words for a refused link");
            assertTrue(hidden(page, "#contact-link-part"), where);
        }

        Page anchor = open(engine, "", query("wasm"), "main");
        assertNothingRan(anchor, engine + ": an in-page anchor");
        assertEquals("none", anchor.root("data-preset"), engine + ": an anchor is not a preset, and silent");
        assertEquals("", anchor.text("#preset-status"), engine);
    }

    /** No script ran, no policy was broken, no element came from the link, and the fragment is gone. */
    private static void assertNothingRan(Page page, String where) {
        assertEquals("ready", page.state(), where);
        assertEquals("undefined", page.engine().script("return typeof window." + FLAG + ";"), where);
        assertEquals(0, page.cspViolations(), where);
        assertEquals(0, count(page, "img, svg, iframe, object, embed, style, math, script:not([src])"), where);
        assertEquals(0L, page.engine().script("var n = 0; document.querySelectorAll('*').forEach(function (e) {"
                + " for (var i = 0; i < e.attributes.length; i++) { if (/^on/i.test(e.attributes[i].name)) { n++; } }"
                + " }); return n;"), where + ": no event-handler attributes");
        assertFalse(((String) page.engine().script("return location.href;")).contains("#"), where);
    }

    // (c) -----------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("engines")
    void theBuilderMakesALinkAndAQrCodeThatThePageReads(String engine) {
        for (String tier : TIERS) {
            String where = engine + "/" + tier;
            Page page = open(engine, "build.html", query(tier), null);
            Engine e = page.engine();
            assertEquals("ready", page.state(), where);
            assertEquals(tier, page.tier(), where);
            assertFalse(hidden(page, "#builder"), where);
            assertEquals(SITE + "#q2", value(e, "link"), where + ": an empty form is the empty preset");

            set(e, "f-organisation", "  Riverside Women's Aid ");
            set(e, "f-c1-label", "Sam (advocate)");
            set(e, "f-c1-phone", "+44 20 7946 0000");
            set(e, "f-c1-sms", "+44 7700 900123");
            set(e, "f-c1-web", "https://riverside.example.org/");
            set(e, "f-c1-hours", "Mon\u2013Fri 9:00\u201317:00");
            set(e, "f-c2-label", "Out of hours");
            set(e, "f-c2-phone", "0808 2000 247");
            set(e, "f-title", "Recipes");
            set(e, "f-exit-choice", "bbc-food");
            set(e, "f-language", "en");
            set(e, "f-country", "gb");
            set(e, "f-message", "Hi, this is Sam.\nCall me on the work number if it is safe.");

            String link = value(e, "link");
            assertTrue(link.startsWith(SITE + "#q2"), where + ": " + link);
            PresetResult read = PresetCodec.decode(link.substring(SITE.length()));
            assertTrue(read.isOk(), where);
            Preset expected = Preset.builder().organisation("Riverside Women's Aid").language("en")
                    .exitId("bbc-food").country("GB").title("Recipes")
                    .message("Hi, this is Sam. Call me on the work number if it is safe.")
                    .contact("Sam (advocate)", "+44 20 7946 0000", "+44 7700 900123",
                            "https://riverside.example.org/", "Mon\u2013Fri 9:00\u201317:00")
                    .contact("Out of hours", "0808 2000 247", "", "", "")
                    .build().preset();
            assertEquals(expected, read.preset(), where);
            assertEquals(0, page.cspViolations(), where);

            // The preview is the page's own rendering.
            assertEquals("Riverside Women's Aid", page.text("#preview-preset-org-name"), where);
            List<Map<String, Object>> preview = contacts(page, "#preview-contact-list");
            assertEquals(2, preview.size(), where);
            assertNull(preview.get(1).get("source"), where);
            assertEquals(english.get("contacts.link-heading"), page.text("#preview-contact-link-part h4"), where);
            assertFalse(hidden(page, "#preview-contact-link-part"), where);
            assertEquals("Recipes", page.text("#preview-title"), where);
            assertEquals("Riverside Women's Aid", page.text("#flyer-org"), where);
            assertEquals(link, page.text("#flyer-link"), where);

            assertQrCodeEncodes(e, link, where);
            assertFalse(hidden(page, "#preview-contact-defaults"), where + ": the built-in helplines still show");
            String words = LinkWords.of(expected);
            assertEquals(words, page.text("#link-words"), where + ": the link's words");
            assertEquals(words, page.text("#preview-preset-words-text"), where);
            assertEquals("BBC Food", page.text("#builder-exit-goes-site"), where + ": Exit goes to");

            // Refusals, each with its own sentence next to its box.
            set(e, "f-exit", "https://wa.me/447700900123");
            assertEquals("", value(e, "link"), where);
            assertEquals(english.get("preset.error.exit-messaging").replace("{0}", english.get("preset.field.exit")),
                    page.text("#f-exit-error"), where);
            set(e, "f-exit", "https://www.google.com/search");
            assertEquals(english.get("preset.error.exit-search").replace("{0}", english.get("preset.field.exit")),
                    page.text("#f-exit-error"), where);
            set(e, "f-exit", "https://tracker.example.org/log?victim=7f3a");
            assertEquals(english.get("preset.error.exit-query").replace("{0}", english.get("preset.field.exit")),
                    page.text("#f-exit-error"), where);
            set(e, "f-exit", "https://www.example.org/weather");
            assertEquals("www.example.org", page.text("#builder-exit-goes-site"), where + ": an own address");
            set(e, "f-exit", "");
            set(e, "f-c2-label", "National Domestic Violence Hotline");
            set(e, "f-c2-phone", "+1 800 799 7283");
            assertEquals("", value(e, "link"), where);
            assertEquals(english.get("preset.error.name-lookalike").replace("{0}",
                    english.get("preset.field.contact-label")), page.text("#f-c2-label-error"), where);
            set(e, "f-c2-label", "N\u0430tional line");
            assertEquals(english.get("preset.error.name-mixed-scripts").replace("{0}",
                    english.get("preset.field.contact-label")), page.text("#f-c2-label-error"), where);
            set(e, "f-country", "UK");
            assertEquals(english.get("preset.error.invalid-field").replace("{0}", english.get("preset.field.country")),
                    page.text("#f-country-error"), where);
            set(e, "f-country", "GB");
            set(e, "f-c2-label", "Out of hours");
            set(e, "f-c2-phone", "0808 2000 247");
            assertEquals(link, value(e, "link"), where + ": the same link once fixed");

            // Problems are shown next to their boxes, and there is no link until they are fixed.
            set(e, "f-c3-phone", "12");
            assertEquals("", value(e, "link"), where);
            assertEquals(english.get("builder.fix"), page.text("#link-status"), where);
            assertEquals(english.get("preset.error.missing-field").replace("{0}",
                    english.get("preset.field.contact-label")), page.text("#f-c3-label-error"), where);
            // A number's problem comes with examples of what is allowed (issue 19).
            assertEquals(english.get("preset.error.invalid-phone").replace("{0}",
                    english.get("preset.field.contact-phone")), page.text("#f-c3-phone-error"), where);
            assertTrue(page.text("#f-c3-phone-error").contains("0808 2000 247"), where);
            assertEquals("true", attribute(page, "#f-c3-phone", "aria-invalid"), where);
            assertFalse(hidden(page, "#f-c3-phone-error"), where);
            assertEquals("", attribute(page, "#more-contacts", "open"), where + ": the marked box is in sight");
            assertEquals(0L, count(page, "#qr svg"), where);
            set(e, "f-c3-phone", "");
            assertEquals(link, value(e, "link"), where + ": the same link once the slot is empty again");
            assertTrue(hidden(page, "#f-c3-phone-error"), where);

            // Copy: the link ends up selected, and the page says whether the browser copied it.
            e.click("#copy");
            String status = awaitText(page, "#copy-status");
            assertTrue(List.of(english.get("builder.copied"), english.get("builder.copy-failed")).contains(status),
                    where + ": " + status);
            assertEquals(List.of(true, 0L, (long) link.length()), e.script("var l = document.getElementById('link');"
                    + " return [document.activeElement === l, l.selectionStart, l.selectionEnd];"), where);

            // The link opens the page for the person, set as the builder showed.
            Page opened = RIG.engines().page(engine).open(link);
            assertEquals("applied", opened.root("data-preset"), where);
            assertEquals("Riverside Women's Aid", opened.text("#preset-org-name"), where);
            assertEquals(2, linkContacts(opened).size(), where);
            assertEquals(words, opened.text("#preset-words-text"), where + ": the page shows the builder's words");
            assertEquals("https://www.bbc.co.uk/food", attribute(opened, "#exit", "href"), where);
            assertEquals("BBC Food", opened.text("#exit-goes-site"), where);
            assertEquals("Recipes", opened.engine().script("return document.title;"), where);
            assertEquals(SITE, opened.engine().script("return location.href;"), where);
            assertEquals(0, opened.cspViolations(), where);
        }
    }

    /** The SVG holds exactly the modules that qrcodegen, on the JVM, makes for the same text. */
    @SuppressWarnings("unchecked")
    private static void assertQrCodeEncodes(Engine e, String link, String where) {
        Map<String, Object> svg = (Map<String, Object>) e.script("var s = document.querySelector('#qr > svg');"
                + " if (!s) { return null; }"
                + " var rects = Array.prototype.map.call(s.querySelectorAll('rect:not(.qr__background)'),"
                + " function (r) { return ['x', 'y', 'width', 'height'].map(function (a) {"
                + " return parseInt(r.getAttribute(a), 10); }); });"
                + " return {ns: s.namespaceURI, modules: s.getAttribute('data-modules'),"
                + " viewBox: s.getAttribute('viewBox'), rects: rects};");
        assertNotNull(svg, where + ": no QR code");
        assertEquals("http://www.w3.org/2000/svg", svg.get("ns"), where);
        QrCode qr = QrCode.encodeText(link, QrCode.Ecc.MEDIUM);
        assertEquals(String.valueOf(qr.size), svg.get("modules"), where + ": modules on a side");
        int side = qr.size + 8;
        assertEquals("0 0 " + side + " " + side, svg.get("viewBox"), where + ": with a four-module quiet zone");
        boolean[][] drawn = new boolean[qr.size][qr.size];
        List<List<Number>> rects = (List<List<Number>>) svg.get("rects");
        assertFalse(rects.isEmpty(), where);
        for (List<Number> r : rects) {
            int x = r.get(0).intValue() - 4;
            int y = r.get(1).intValue() - 4;
            assertEquals(1, r.get(3).intValue(), where + ": one row per rectangle");
            for (int k = 0; k < r.get(2).intValue(); k++) {
                assertFalse(drawn[y][x + k], where + ": drawn twice at " + (x + k) + "," + y);
                drawn[y][x + k] = true;
            }
        }
        List<String> wrong = new ArrayList<>();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (drawn[y][x] != qr.getModule(x, y)) {
                    wrong.add(x + "," + y);
                }
            }
        }
        assertEquals(List.of(), wrong, where + ": modules that differ from qrcodegen's");
    }

    // helpers -------------------------------------------------------------------------------------------------

    private static void set(Engine e, String id, String value) {
        e.script("var e = document.getElementById(" + JSON.toJson(id) + "); e.value = " + JSON.toJson(value) + ";"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); return null;");
    }

    private static String value(Engine e, String id) {
        return (String) e.script("return document.getElementById(" + JSON.toJson(id) + ").value;");
    }

    /** The text of {@code selector} once it is not empty (10 s at most). */
    private static String awaitText(Page page, String selector) {
        return Wait.until(selector + " to show text", Duration.ofSeconds(10), () -> {
            String text = page.text(selector);
            return text == null || text.isEmpty() ? null : text;
        });
    }

    private static boolean hidden(Page page, String selector) {
        return (Boolean) page.engine().script("return document.querySelector(" + JSON.toJson(selector)
                + ").hasAttribute('hidden');");
    }

    private static String attribute(Page page, String selector, String name) {
        return (String) page.engine().script("return document.querySelector(" + JSON.toJson(selector)
                + ").getAttribute(" + JSON.toJson(name) + ");");
    }

    private static long count(Page page, String selector) {
        return ((Number) page.engine().script("return document.querySelectorAll(" + JSON.toJson(selector)
                + ").length;")).longValue();
    }

    private static List<Map<String, Object>> linkContacts(Page page) {
        return contacts(page, "#contact-list");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> contacts(Page page, String list) {
        return (List<Map<String, Object>>) page.engine().script("return Array.prototype.map.call("
                + "document.querySelectorAll(" + JSON.toJson(list + " > li") + "), function (li) {"
                + " var links = li.querySelectorAll('a');"
                + " return {label: li.querySelector('.contact__label').textContent,"
                + " source: li.querySelector('.contact__source') ? li.querySelector('.contact__source').textContent : null,"
                + " hrefs: Array.prototype.map.call(links, function (a) { return a.getAttribute('href'); }),"
                + " rels: Array.prototype.map.call(links, function (a) { return a.getAttribute('rel') || ''; })};"
                + " });");
    }

    /** Payload bytes written by hand, independently of the codec under test (core's test writer). */
    private static RawFragment payload() {
        return RawFragment.payload();
    }

    /** A version 1 link's fragment ({@code q1}). */
    private static String fragment(RawFragment p) {
        return p.fragmentV1();
    }
}
