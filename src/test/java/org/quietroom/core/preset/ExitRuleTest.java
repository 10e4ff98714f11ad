package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExitRuleTest {

    @Test
    void everydaySitesAreAccepted() {
        for (String url : new String[] {"https://www.bbc.co.uk/weather", "https://www.example.org/weather",
            "https://recipes.example.com/soup/tomato", "https://www.aemet.es/es/portada", "https://weather.gc.ca/",
            "https://www.asktheweather.example.org/", "https://so.example.org/",
            // A word that only starts like a search page's is not one.
            "https://www.example.org/searchlight-festival", "https://www.example.org/finders/keepers"}) {
            assertNull(ExitRule.problem(url), url);
        }
    }

    @Test
    void eachRefusalHasItsReason() {
        String[][] cases = {
            {"https://tracker.example/log?victim=7f3a-4711", "EXIT_QUERY"},
            {"https://www.example.org/page?", "EXIT_QUERY"},
            {"https://www.example.org/page#top", "EXIT_QUERY"},
            {"https://www.google.com/search", "EXIT_SEARCH"},
            // A site's own search page is a search too (issue 19: the hint says "not a search").
            {"https://www.bbc.co.uk/search", "EXIT_SEARCH"},
            {"https://en.wikipedia.org/wiki/Special:Search", "EXIT_SEARCH"},
            {"https://www.example.org/Search/", "EXIT_SEARCH"},
            {"https://www.example.es/buscar", "EXIT_SEARCH"},
            {"https://www.example.org/shop/results", "EXIT_SEARCH"},
            {"https://google.com/", "EXIT_SEARCH"},
            {"https://www.google.co.uk/", "EXIT_SEARCH"},
            {"https://www.google.com.mx/", "EXIT_SEARCH"},
            {"https://duckduckgo.com/", "EXIT_SEARCH"},
            {"https://www.bing.com/", "EXIT_SEARCH"},
            {"https://search.yahoo.com/", "EXIT_SEARCH"},
            {"https://yandex.ru/", "EXIT_SEARCH"},
            {"https://search.brave.com/", "EXIT_SEARCH"},
            {"https://www.ecosia.org/", "EXIT_SEARCH"},
            {"https://wa.me/447700900123", "EXIT_MESSAGING"},
            {"https://api.whatsapp.com/send", "EXIT_MESSAGING"},
            {"https://t.me/someone", "EXIT_MESSAGING"},
            {"https://m.me/someone", "EXIT_MESSAGING"},
            {"https://www.facebook.com/", "EXIT_MESSAGING"},
            {"https://www.instagram.com/someone", "EXIT_MESSAGING"},
            {"https://x.com/someone", "EXIT_MESSAGING"},
            {"https://signal.me/", "EXIT_MESSAGING"},
            {"https://discord.gg/abc", "EXIT_MESSAGING"},
            {"https://www.youtube.com/", "EXIT_MESSAGING"},
            {"https://bit.ly/3xyz", "EXIT_SHORTENER"},
            {"https://tinyurl.com/abc", "EXIT_SHORTENER"},
            {"https://t.co/abc", "EXIT_SHORTENER"},
            {"https://goo.gl/abc", "EXIT_SHORTENER"},
            {"https://abcdefghijklmnop.onion/", "EXIT_HIDDEN_SERVICE"},
            {"https://www.abcdefghijklmnop.onion/", "EXIT_HIDDEN_SERVICE"},
            {"https://site.i2p/", "EXIT_HIDDEN_SERVICE"},
            {"https://192.168.1.10/", "EXIT_IP_ADDRESS"},
            {"https://127.0.0.1/", "EXIT_IP_ADDRESS"},
            {"https://2130706433/", "EXIT_IP_ADDRESS"},
            {"https://0x7f.0x0.0x0.0x1/", "EXIT_IP_ADDRESS"},
            {"https://[::1]/", "EXIT_IP_ADDRESS"},
            {"https://[2001:db8::1]:443/", "EXIT_IP_ADDRESS"},
            {"https://10.0.0.1:8443/", "EXIT_IP_ADDRESS"},
            {"https://xn--80ak6aa92e.com/", "PUNYCODE_HOST"},
            {"https://www.xn--bcher-kva.example.org/", "PUNYCODE_HOST"},
            {"javascript:alert(1)", "INVALID_FIELD"},
            {"http://www.bbc.co.uk/weather", "INVALID_FIELD"},
            {"https://user@www.bbc.co.uk/", "INVALID_FIELD"},
            {"https://localhost/", "INVALID_FIELD"},
        };
        for (String[] c : cases) {
            assertEquals(PresetError.valueOf(c[1]), ExitRule.problem(c[0]), c[0]);
            PresetResult built = Preset.builder().exit(c[0]).build();
            assertFalse(built.isOk(), c[0]);
            assertEquals(PresetField.EXIT, built.field(), c[0]);
        }
    }

    @Test
    void theBuiltInListHoldsOnlyAddressesTheRulesAccept() {
        Set<String> ids = new HashSet<>();
        for (ExitSite s : ExitSites.ALL) {
            assertTrue(ids.add(s.id()), s.id());
            assertNull(ExitRule.problem(s.url()), s.url());
            assertFalse(s.name().isEmpty());
            assertTrue(s.id().matches("[a-z][a-z0-9-]*"), s.id());
            assertTrue(s.region().isEmpty() || CountryCode.isValid(s.region()), s.id());
            assertSame(s, ExitSites.byId(s.id()));
            assertEquals(s.name(), ExitSites.nameOf(s.url()));
        }
        assertNull(ExitSites.byId("nope"));
        assertEquals("www.example.org", ExitSites.nameOf("https://www.example.org/weather"));
    }

    @Test
    void theDefaultFollowsThePageLanguage() {
        assertSame(ExitSites.BBC_WEATHER, ExitSites.defaultFor("en"));
        assertSame(ExitSites.BBC_MUNDO, ExitSites.defaultFor("es"));
        assertSame(ExitSites.SMN_MX, ExitSites.defaultFor("es-MX"));
        assertSame(ExitSites.WEATHER_GOV, ExitSites.defaultFor("en-US"));
        assertSame(ExitSites.BBC_MUNDO, ExitSites.defaultFor("es-419"));
        assertSame(ExitSites.BBC_WEATHER, ExitSites.defaultFor("ar"));
        assertSame(ExitSites.BBC_WEATHER, ExitSites.defaultFor(null));
    }

    @Test
    void aLinksExitOrTheDefault() {
        assertSame(ExitSites.BBC_FOOD, ExitSites.forLink(PresetResult.of(Preset.builder().exitId("bbc-food").build()
                .preset()), "es"));
        ExitSite own = ExitSites.forLink(PresetResult.of(Preset.builder().exit("https://www.example.org/w").build()
                .preset()), "en");
        assertEquals("https://www.example.org/w", own.url());
        assertEquals("www.example.org", own.name());
        assertSame(ExitSites.BBC_MUNDO, ExitSites.forLink(PresetCodec.decode("q2AQFB"), "es"));
        assertSame(ExitSites.BBC_WEATHER, ExitSites.forLink(PresetCodec.decode("q9"), "en"));
        assertSame(ExitSites.BBC_WEATHER, ExitSites.forLink(null, "en"));
        PresetResult refused = PresetCodec.decode(RawFragment.payload().field(0x03, "https://wa.me/1").fragment());
        assertSame(ExitSites.BBC_WEATHER, ExitSites.forLink(refused, "en"), "a refused exit falls back");
    }

    @Test
    void countryCodesAreTheAssignedOnes() {
        for (String ok : new String[] {"US", "GB", "MX", "ES", "AR", "CO", "CL", "PE", "CA", "IE", "AU", "NZ"}) {
            assertTrue(CountryCode.isValid(ok), ok);
        }
        for (String bad : new String[] {"UK", "EU", "XK", "ZZ", "us", "U", "USA", "", null, "1A", "\uff35\uff33"}) {
            assertFalse(CountryCode.isValid(bad), String.valueOf(bad));
        }
        int assigned = 0;
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                if (CountryCode.isValid("" + a + b)) {
                    assigned++;
                }
            }
        }
        assertEquals(249, assigned);
        Set<String> jdk = Set.of(java.util.Locale.getISOCountries());
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                assertEquals(jdk.contains(code), CountryCode.isValid(code), code + " against the JDK's list");
            }
        }
    }
}
