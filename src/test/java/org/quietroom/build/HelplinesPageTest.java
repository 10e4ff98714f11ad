package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quietroom.core.Text;
import org.quietroom.core.helplines.CountryGuessText;
import org.quietroom.core.helplines.Helpline;
import org.quietroom.core.helplines.Helplines;
import org.quietroom.core.preset.DefaultContact;
import org.quietroom.core.preset.HttpsUrl;
import org.quietroom.core.preset.PhoneNumber;

/**
 * Every built-in helpline is on the person's page as built, without JavaScript, grouped by country in the order of
 * {@link Helplines#COUNTRIES}: each country a section with {@code data-country} and its name, each entry a list
 * item with {@code data-country}, its name, every text its source states, a link to call and to text, WhatsApp
 * shown but not linked, where the numbers were read and the day they were checked. A country without a sourced
 * entry says so. The country picker is there but hidden until the page's script runs.
 */
class HelplinesPageTest {
    private static HtmlPage parse(String file) throws IOException {
        return DefaultContactsPageTest.parse(file);
    }

    private static Catalog catalog(String lang) throws IOException {
        for (Catalog c : Catalog.loadAll(Path.of("src/main/messages"))) {
            if (c.lang().equals(lang)) {
                return c;
            }
        }
        throw new IllegalStateException(lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html:en", "index.es.html:es"})
    void everyHelplineIsListedByCountryWithoutJavaScript(String where) throws IOException {
        String[] parts = where.split(":");
        HtmlPage page = parse(parts[0]);
        Catalog words = catalog(parts[1]);
        List<DomElement> sections = new ArrayList<>();
        for (DomElement e : page.getElementById("helplines").getChildElements()) {
            if (e.getTagName().equals("section")) {
                sections.add(e);
            }
        }
        assertEquals(Helplines.COUNTRIES.size(), sections.size());
        int entries = 0;
        for (int i = 0; i < sections.size(); i++) {
            String country = Helplines.COUNTRIES.get(i);
            DomElement section = sections.get(i);
            assertEquals(country, section.getAttribute("data-country"));
            assertEquals(words.get(CountryGuessText.countryKey(country)),
                    section.getElementsByTagName("h4").get(0).getTextContent());
            List<Helpline> expected = Helplines.forCountry(country);
            List<DomElement> items = new ArrayList<>();
            for (DomElement li : section.getElementsByTagName("li")) {
                if (li.hasAttribute("data-id")) {
                    items.add(li);
                }
            }
            assertEquals(expected.size(), items.size(), country);
            if (expected.isEmpty()) {
                assertEquals(words.get("helpline-list.none"), byClass(section, "helplines__none").getTextContent());
            }
            for (int j = 0; j < items.size(); j++) {
                Helpline h = expected.get(j);
                DomElement li = items.get(j);
                entries++;
                assertEquals(h.id(), li.getAttribute("data-id"));
                assertEquals(country, li.getAttribute("data-country"), h.id());
                assertEquals("default", li.getAttribute("data-contact"), h.id());
                String text = li.getTextContent();
                for (String key : h.keys()) {
                    assertTrue(text.contains(words.get(key)), h.id() + ": " + key);
                }
                assertEquals(1, links(li, "tel:" + PhoneNumber.dialString(h.phone())).size(), h.id());
                if (!h.sms().isEmpty()) {
                    assertEquals(1, links(li, "sms:" + PhoneNumber.dialString(h.sms())).size(), h.id());
                }
                if (!h.whatsapp().isEmpty()) {
                    assertTrue(text.contains(Text.fill(words.get("helpline-list.whatsapp"), List.of(h.whatsapp()))),
                            h.id());
                    for (DomElement a : li.getElementsByTagName("a")) {
                        assertTrue(!a.getAttribute("href").contains("wa.me"), h.id() + ": WhatsApp is not a link");
                    }
                }
                String source = byClass(li, "contact__source").getTextContent();
                assertTrue(source.contains(Text.fill(words.get(DefaultContact.PROVENANCE_KEY),
                        List.of(HttpsUrl.host(h.sourceUrl())))), h.id() + ": " + source);
                assertTrue(source.contains(Text.fill(words.get("helpline-list.checked"), List.of(Helplines.CHECKED_ON))),
                        h.id() + ": checked on");
            }
        }
        assertEquals(Helplines.ALL.size(), entries, "every entry, once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "index.es.html"})
    void thePickerWaitsForThePagesScript(String file) throws IOException {
        HtmlPage page = parse(file);
        assertTrue(page.getElementById("helplines-pick").hasAttribute("hidden"));
        assertTrue(page.getElementById("helplines-guess").hasAttribute("hidden"));
        List<String> values = new ArrayList<>();
        for (DomElement option : page.getElementById("helplines-country").getElementsByTagName("option")) {
            values.add(option.getAttribute("value"));
        }
        List<String> expected = new ArrayList<>(Helplines.COUNTRIES);
        expected.add("");
        assertEquals(expected, values, "every country, then every country at once");
        for (DomElement section : page.getElementById("helplines").getElementsByTagName("section")) {
            assertTrue(!section.hasAttribute("hidden"), "without JavaScript every country shows");
        }
    }

    private static List<DomElement> links(DomElement li, String href) {
        return DefaultContactsPageTest.links(li, href);
    }

    private static DomElement byClass(DomElement parent, String className) {
        return DefaultContactsPageTest.byClass(parent, className);
    }
}
