package org.quietroom.core.helplines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quietroom.core.helplines.CountryGuess.Guess;
import org.quietroom.core.helplines.CountryGuess.Reason;

class CountryGuessTest {

    private static Guess guess(String link, String zone, String... languages) {
        return CountryGuess.guess(link, zone, List.of(languages));
    }

    @ParameterizedTest
    @CsvSource({
        "America/Mexico_City, MX", "America/Tijuana, MX", "Europe/Madrid, ES", "Atlantic/Canary, ES",
        "America/Argentina/Buenos_Aires, AR", "America/Buenos_Aires, AR", "America/Argentina/Ushuaia, AR",
        "America/Bogota, CO", "America/Santiago, CL", "Pacific/Easter, CL", "America/Lima, PE",
        "Europe/London, GB", "Europe/Dublin, IE", "Australia/Sydney, AU", "Australia/Perth, AU",
        "Australia/Lord_Howe, AU", "Pacific/Auckland, NZ", "Pacific/Chatham, NZ", "America/New_York, US",
        "America/Los_Angeles, US", "Pacific/Honolulu, US", "America/Indiana/Indianapolis, US",
        "America/Toronto, CA", "America/Vancouver, CA", "America/St_Johns, CA", "America/Montreal, CA"
    })
    void theTimeZoneNamesTheCountry(String zone, String country) {
        Guess g = guess("", zone, "en-US");
        assertEquals(country, g.country(), zone);
        assertEquals(Reason.TIME_ZONE, g.reason());
        assertEquals(zone, g.evidence());
    }

    @Test
    void theClockWinsOverTheLanguage() {
        // A person in Mexico City with a browser set to US English: Mexico's helplines first.
        assertEquals(new Guess("MX", Reason.TIME_ZONE, "America/Mexico_City"),
                guess("", "America/Mexico_City", "en-US", "en"));
        assertEquals(new Guess("CA", Reason.TIME_ZONE, "America/Toronto"), guess("", "America/Toronto", "en-US"));
        assertEquals(new Guess("US", Reason.TIME_ZONE, "America/New_York"), guess("", "America/New_York", "en-CA"));
    }

    @Test
    void theLinksCountryWinsOverEverything() {
        assertEquals(new Guess("CL", Reason.LINK, "CL"), guess("cl", "America/Mexico_City", "es-MX"));
        assertEquals(new Guess("FR", Reason.LINK, "FR"), guess("FR", "Europe/Madrid"),
                "an advocate may name a country with no built-in entry: the page says it has none");
    }

    @ParameterizedTest
    @CsvSource({"C", "CAN", "1A", "é1", "''"})
    void aMalformedLinkCountryIsIgnored(String link) {
        assertEquals(Reason.TIME_ZONE, guess(link, "Europe/Dublin").reason(), link);
        assertEquals("IE", guess(link, "Europe/Dublin").country());
    }

    @Test
    void aNullLinkCountryOrZoneIsNothing() {
        assertEquals(new Guess("GB", Reason.LANGUAGE, "en-GB"), CountryGuess.guess(null, null, List.of("en-GB")));
    }

    @Test
    void aSharedZoneIsSettledByALanguageThatNamesOneOfItsCountries() {
        assertEquals(new Guess("CA", Reason.TIME_ZONE_AND_LANGUAGE, "fr-CA"), guess("", "EST5EDT", "fr", "fr-CA"));
        assertEquals(new Guess("US", Reason.TIME_ZONE_AND_LANGUAGE, "es-US"), guess("", "CST6CDT", "es-US"));
        assertEquals(new Guess("", Reason.NONE, ""), guess("", "PST8PDT", "en"),
                "no language names the United States or Canada: no guess between them");
        assertEquals(new Guess("", Reason.NONE, ""), guess("", "MST7MDT", "es-MX"),
                "a shared zone of US and Canada is not evidence for Mexico");
    }

    @Test
    void withoutAKnownZoneALanguagesRegionNamesTheCountry() {
        assertEquals(new Guess("MX", Reason.LANGUAGE, "es-MX"), guess("", "UTC", "es-MX", "es"));
        assertEquals(new Guess("GB", Reason.LANGUAGE, "en-GB"), guess("", "", "en-GB"));
        assertEquals(new Guess("AR", Reason.LANGUAGE, "es-AR"), guess("", "Etc/GMT+3", "es", "es-AR"),
                "the first language with a known region, not the first language");
        assertEquals(new Guess("US", Reason.LANGUAGE, "en-US"), guess("", "Europe/Paris", "fr-FR", "en-US"),
                "fr-FR names a country the page has no entry for; en-US is next");
    }

    @Test
    void aLanguageWithoutARegionNamesNoCountry() {
        assertEquals(new Guess("", Reason.NONE, ""), guess("", "", "es"));
        assertEquals(new Guess("", Reason.NONE, ""), guess("", "", "es-419"));
        assertEquals(new Guess("", Reason.NONE, ""), guess("", "Asia/Tokyo"));
    }

    @ParameterizedTest
    @CsvSource({"es-MX, MX", "en-GB, GB", "en_AU, AU", "zh-Hant-TW, TW", "sr-Latn-RS, RS", "es-419, ''",
        "es, ''", "en-gb, GB", "x-private, ''", "en-x-gb, ''", "'', ''"})
    void theRegionOfALanguageTag(String tag, String region) {
        assertEquals(region, CountryGuess.region(tag), tag);
    }

    @Test
    void thePlaceAZoneIsNamedAfter() {
        assertEquals("Mexico City", CountryGuess.placeOfZone("America/Mexico_City"));
        assertEquals("Buenos Aires", CountryGuess.placeOfZone("America/Argentina/Buenos_Aires"));
        assertEquals("EST5EDT", CountryGuess.placeOfZone("EST5EDT"));
    }

    @Test
    void everyCountryTheTableNamesIsOneThePageKnows() {
        for (String zone : List.of("America/Mexico_City", "Europe/London", "America/Lima", "Pacific/Auckland")) {
            assertTrue(Helplines.isKnownCountry(CountryGuess.countryOfZone(zone)), zone);
        }
        for (String country : Helplines.COUNTRIES) {
            boolean some = false;
            for (String zone : List.of("America/New_York", "America/Toronto", "Europe/London", "Europe/Dublin",
                    "Australia/Sydney", "Pacific/Auckland", "Europe/Madrid", "America/Mexico_City",
                    "America/Argentina/Buenos_Aires", "America/Bogota", "America/Santiago", "America/Lima")) {
                some |= CountryGuess.countryOfZone(zone).equals(country);
            }
            assertTrue(some, country + " has no time zone in the table");
        }
        assertEquals("", CountryGuess.countryOfZone("EST5EDT"), "a shared zone names no single country");
    }
}
