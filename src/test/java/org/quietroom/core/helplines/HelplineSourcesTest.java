package org.quietroom.core.helplines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quietroom.core.preset.HttpsUrl;
import org.quietroom.core.preset.PhoneNumber;

/**
 * "No source, no ship": every built-in helpline has a source row in {@code src/main/helplines/sources.tsv} with
 * its address, the day it was read and a verbatim excerpt; every number it ships, and every number its wording
 * mentions in English or Spanish, is in an excerpt from the service's own or a government page.
 */
class HelplineSourcesTest {
    private static final Path SOURCES = Path.of("src/main/helplines/sources.tsv");
    private static final Set<String> AUTHORITIES = Set.of("service", "government", "government-older", "news");

    record Row(String id, String url, String authority, String pageDate, String readOn, String excerpt) {
    }

    private static List<Row> rows;
    private static Properties en;
    private static Properties es;

    @BeforeAll
    static void load() throws IOException {
        rows = new ArrayList<>();
        for (String line : Files.readAllLines(SOURCES, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertEquals(6, f.length, "six tab-separated columns: " + line);
            rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        en = catalog("en");
        es = catalog("es");
    }

    private static Properties catalog(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/messages/" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<Row> rowsOf(Helpline h) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.id().equals(h.id())) {
                out.add(r);
            }
        }
        return out;
    }

    /** The excerpts a number may be taken from: the service's own page or a current government page. */
    private static List<String> authoritative(Helpline h) {
        List<String> out = new ArrayList<>();
        for (Row r : rowsOf(h)) {
            if (r.authority().equals("service") || r.authority().equals("government")) {
                out.add(r.excerpt());
            }
        }
        return out;
    }

    private static boolean inAny(String number, List<String> excerpts) {
        for (String e : excerpts) {
            if (Digits.appearIn(number, e)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everySourceRowIsWellFormedAndBelongsToAnEntry() {
        assertFalse(rows.isEmpty());
        Set<String> ids = new HashSet<>();
        for (Helpline h : Helplines.ALL) {
            ids.add(h.id());
        }
        for (Row r : rows) {
            assertTrue(ids.contains(r.id()), "source row for no entry: " + r.id());
            assertTrue(HttpsUrl.isValid(r.url()), r.id() + " url " + r.url());
            assertTrue(AUTHORITIES.contains(r.authority()), r.id() + " authority " + r.authority());
            assertTrue(isDate(r.readOn()), r.id() + " read_on " + r.readOn());
            assertTrue(r.pageDate().equals("unknown") || isDate(r.pageDate()), r.id() + " page_date");
            assertTrue(r.excerpt().length() >= 20, r.id() + " excerpt too short to be one");
        }
    }

    @Test
    void everyEntryHasAnAuthoritativeSourceWithItsOwnAddressAndDate() {
        for (Helpline h : Helplines.ALL) {
            assertFalse(authoritative(h).isEmpty(), h.id() + " has no excerpt from its own or a government page");
            boolean own = false;
            for (Row r : rowsOf(h)) {
                if (r.url().equals(h.sourceUrl()) && !r.authority().equals("news")) {
                    own = true;
                    assertEquals(h.checkedOn(), r.readOn(), h.id() + ": checked on is the day its source was read");
                }
            }
            assertTrue(own, h.id() + ": its sourceUrl has no source row");
            assertTrue(isDate(h.checkedOn()), h.id());
        }
    }

    @Test
    void everyNumberOfAnEntryIsInAnExcerpt() {
        for (Helpline h : Helplines.ALL) {
            List<String> excerpts = authoritative(h);
            List<String> numbers = new ArrayList<>();
            for (String n : new String[] {h.phone(), h.sms(), h.whatsapp()}) {
                if (!n.isEmpty()) {
                    numbers.add(n);
                }
            }
            assertFalse(h.phone().isEmpty(), h.id() + " has no number to call");
            for (String n : numbers) {
                assertTrue(PhoneNumber.isValid(n), h.id() + " number syntax " + n);
                assertTrue(inAny(n, excerpts), h.id() + ": " + n + " is not in any of its excerpts");
            }
        }
    }

    @Test
    void everyWebAddressIsNamedInAnExcerpt() {
        for (Helpline h : Helplines.ALL) {
            if (h.web().isEmpty()) {
                continue;
            }
            assertTrue(HttpsUrl.isValid(h.web()), h.id());
            String host = HttpsUrl.host(h.web()).toLowerCase();
            boolean named = false;
            for (String e : authoritative(h)) {
                named |= e.toLowerCase().contains(host);
            }
            assertTrue(named, h.id() + ": " + host + " is not in any of its excerpts");
        }
    }

    @Test
    void everyEntryHasEnglishAndSpanishText() {
        for (Helpline h : Helplines.ALL) {
            for (String key : h.keys()) {
                for (Properties p : List.of(en, es)) {
                    String v = p.getProperty(key);
                    assertTrue(v != null && !v.isBlank(), "missing " + key);
                }
                assertFalse(en.getProperty(key).equals(es.getProperty(key)) && !key.endsWith(".label"),
                        key + " is the same in English and Spanish: not translated");
            }
        }
    }

    @Test
    void noCatalogTextForAnEntryIsLeftOverWithoutOne() {
        Set<String> keys = new HashSet<>(Helplines.possibleKeys());
        for (Properties p : List.of(en, es)) {
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("helplines.") && key.split("\\.").length == 3) {
                    assertTrue(keys.contains(key), key + " belongs to no entry or facet");
                }
            }
        }
    }

    /** A number written in an entry's wording (TTY, text telephone, "112 also works") is sourced like its own. */
    @Test
    void everyNumberInAnEntrysWordingIsInAnExcerpt() {
        for (Helpline h : Helplines.ALL) {
            List<String> excerpts = authoritative(h);
            for (String key : h.keys()) {
                for (Properties p : List.of(en, es)) {
                    for (String number : numbersIn(p.getProperty(key))) {
                        assertTrue(inAny(number, excerpts), key + ": " + number + " is not in any excerpt of "
                                + h.id());
                    }
                }
            }
        }
    }

    /** Runs of three or more digits (after {@link Digits#normalise}): hours like 08:00 and "24" are not numbers. */
    static List<String> numbersIn(String text) {
        String n = Digits.normalise(text);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < n.length()) {
            if (Character.isDigit(n.charAt(i))) {
                int j = i;
                while (j < n.length() && Character.isDigit(n.charAt(j))) {
                    j++;
                }
                if (j - i >= 3) {
                    out.add(n.substring(i, j));
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    @Test
    void entriesAreUniqueAndGroupedByKnownCountry() {
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        String previous = null;
        for (int i = 0; i < Helplines.ALL.size(); i++) {
            Helpline h = Helplines.ALL.get(i);
            assertTrue(ids.add(h.id()), "duplicate id " + h.id());
            assertTrue(Helplines.isKnownCountry(h.country()), h.id() + " country " + h.country());
            if (!h.country().equals(previous) && firstIndex.containsKey(h.country())) {
                fail(h.country() + " entries are not together in Helplines.ALL");
            }
            firstIndex.putIfAbsent(h.country(), i);
            previous = h.country();
        }
        List<String> order = new ArrayList<>(firstIndex.keySet());
        List<String> expected = new ArrayList<>(Helplines.COUNTRIES);
        expected.retainAll(order);
        assertEquals(expected, order, "countries in Helplines.ALL follow Helplines.COUNTRIES");
    }

    private static boolean isDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
