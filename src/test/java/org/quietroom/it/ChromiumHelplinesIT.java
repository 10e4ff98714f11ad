package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.helplines.CountryGuess;
import org.quietroom.core.helplines.CountryGuessText;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetCodec;
import org.quietroom.it.engine.Page;

/**
 * Which country's helplines the page shows first, in real Chromium with its time zone and languages emulated
 * (DevTools {@code Emulation.setTimezoneOverride}, and {@code Emulation.setUserAgentOverride}'s
 * {@code acceptLanguage}, which sets {@code navigator.languages}), both tiers: the guessed country's section is the
 * one shown, the sentence says how it guessed in the page's language, an advocate's link's country wins, with
 * nothing to go on every country shows, and picking another country shows that one. Nothing is requested.
 */
class ChromiumHelplinesIT {
    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.site(TestSite::production).proxied();

    @BeforeAll
    static void start() {
        userAgent = (String) RIG.driver().executeScript("return navigator.userAgent;");
    }

    private static final String SITE = "http://quietroom.test/";
    private static String userAgent;

    /** Time zone, languages, the link's country ("" for none), the country expected first ("" for every one). */
    static List<Arguments> cases() {
        String[][] rows = {
            {"America/Mexico_City", "es-MX,es", "", "MX"},
            {"America/New_York", "en-US,en", "", "US"},
            {"Europe/Madrid", "es-ES,es", "", "ES"},
            {"Europe/London", "en-GB,en", "", "GB"},
            {"America/Bogota", "es-CO,es", "", "CO"},
            {"Europe/London", "en-GB,en", "CL", "CL"},
            {"UTC", "es", "", ""},
        };
        List<Arguments> out = new java.util.ArrayList<>();
        for (String tier : List.of("", "?tier=js")) {
            for (String[] row : rows) {
                out.add(Arguments.of(tier, row[0], row[1], row[2], row[3]));
            }
        }
        return out;
    }

    private static Page open(String tier, String zone, String languages, String linkCountry) {
        RIG.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
        RIG.driver().executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent,
                "acceptLanguage", languages));
        String fragment = linkCountry.isEmpty() ? ""
                : "#" + PresetCodec.encode(Preset.builder().country(linkCountry).build().preset());
        // A new document each time: an address that differs from the last only in its fragment would not reload.
        RIG.engine().open("about:blank");
        Page page = new Page(RIG.engine()).open(SITE + tier + fragment);
        assertEquals("ready", page.state());
        assertEquals(tier.isEmpty() ? "wasm" : "js", page.tier());
        return page;
    }

    @SuppressWarnings("unchecked")
    private static List<String> shown() {
        return (List<String>) RIG.engine().script("return Array.prototype.map.call(document.querySelectorAll("
                + "'#helplines section[data-country]'), function (s) { return s; }).filter(function (s) {"
                + " return !s.hidden && s.getClientRects().length > 0; }).map(function (s) {"
                + " return s.getAttribute('data-country'); });");
    }

    /** The helplines the plan's "Who can help" names, by id. */
    @SuppressWarnings("unchecked")
    private static List<String> inPlan() {
        List<String> ids = new java.util.ArrayList<>();
        for (org.quietroom.core.helplines.Helpline h : org.quietroom.core.helplines.Helplines.ALL) {
            ids.add(h.id());
        }
        List<String> help = (List<String>) RIG.engine().script("return Array.prototype.map.call(document.querySelectorAll("
                + "'#plan-help li[data-help]'), function (li) { return li.getAttribute('data-help'); });");
        help.retainAll(ids);
        return help;
    }

    private static List<String> ids(String country) {
        List<String> out = new java.util.ArrayList<>();
        for (org.quietroom.core.helplines.Helpline h : org.quietroom.core.helplines.Helplines.forCountry(country)) {
            out.add(h.id());
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1} {2} link={3}")
    @MethodSource("cases")
    void theGuessedCountryShowsFirstAndThePageSaysWhy(String tier, String zone, String languages,
            String linkCountry, String expected) {
        Page page = open(tier, zone, languages, linkCountry);
        String where = tier + " " + zone + " " + languages + " " + linkCountry + " (link: "
                + page.root("data-preset") + ", said: " + page.text("#helplines-guess") + ")";
        assertEquals(zone, RIG.engine().script("return Intl.DateTimeFormat().resolvedOptions().timeZone;"), where);
        assertEquals(List.of(languages.split(",")), RIG.engine().script("return navigator.languages;"), where);
        RIG.server().clearRequests();
        // "Every country we have a helpline for": a country with none yet shows only when it is the one picked.
        List<String> all = new java.util.ArrayList<>();
        for (String country : org.quietroom.core.helplines.Helplines.COUNTRIES) {
            if (!org.quietroom.core.helplines.Helplines.forCountry(country).isEmpty()) {
                all.add(country);
            }
        }
        assertEquals(expected.isEmpty() ? all : List.of(expected), shown(), where);
        assertEquals(expected, RIG.engine().script("return document.getElementById('helplines-country').value;"), where);
        CountryGuess.Guess guess = CountryGuess.guess(linkCountry, zone, List.of(languages.split(",")));
        assertEquals(expected, guess.country(), where + ": the JVM's guess");
        Map<String, String> words = EnglishCatalog.messages(page.root("lang"));
        assertEquals(CountryGuessText.sentence(guess, words::get), page.text("#helplines-guess"), where);
        assertEquals(Boolean.FALSE, RIG.engine().script("return document.getElementById('helplines-pick').hidden;"), where);
        assertEquals(ids(expected), inPlan(), where + ": the plan's 'who can help' names the country shown");

        // Another country, picked by the person.
        String other = expected.equals("NZ") ? "AU" : "NZ";
        RIG.engine().script("var s = document.getElementById('helplines-country'); s.value = '" + other + "';"
                + " s.dispatchEvent(new Event('change', {bubbles: true})); return null;");
        assertEquals(List.of(other), shown(), where);
        assertEquals(ids(other), inPlan(), where + ": and follows the person's pick");
        assertEquals(CountryGuessText.chosen(other, words::get), page.text("#helplines-guess"), where);
        RIG.engine().script("var s = document.getElementById('helplines-country'); s.value = '';"
                + " s.dispatchEvent(new Event('change', {bubbles: true})); return null;");
        assertEquals(all, shown(), where + ": every country");
        assertEquals(List.of(), inPlan(), where + ": every country shown, none named in the plan");
        assertEquals(List.of(), RIG.server().requests(), where + ": nothing requested");
    }
}
