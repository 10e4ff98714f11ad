package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quietroom.core.preset.DefaultContact;
import org.quietroom.core.preset.DefaultContacts;
import org.quietroom.core.preset.HttpsUrl;
import org.quietroom.core.preset.PhoneNumber;

/**
 * The built-in helplines are in the pages as built, without JavaScript: on the page for the person, and in the
 * link-making page's preview. Each says where its details come from.
 */
class DefaultContactsPageTest {
    private static final Catalog EN = english();

    private static Catalog english() {
        try {
            return Catalog.loadAll(Path.of("src/main/messages")).get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static HtmlPage parse(String file) throws IOException {
        try (WebClient client = new WebClient()) {
            client.getOptions().setJavaScriptEnabled(false);
            client.getOptions().setCssEnabled(false);
            return client.getPage(BuiltSite.DIR.resolve(file).toAbsolutePath().toUri().toURL());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html:contact-defaults", "build.html:preview-contact-defaults"})
    void everyDefaultContactIsInThePageWithItsSource(String where) throws IOException {
        String[] parts = where.split(":");
        HtmlPage page = parse(parts[0]);
        DomElement list = page.getElementById(parts[1]);
        List<DomElement> items = new ArrayList<>();
        list.getChildElements().forEach(items::add);
        assertEquals(DefaultContacts.ALL.size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            DefaultContact c = DefaultContacts.ALL.get(i);
            DomElement li = items.get(i);
            assertEquals("li", li.getTagName());
            assertEquals("default", li.getAttribute("data-contact"));
            assertEquals(c.id(), li.getAttribute("data-id"));
            assertEquals(EN.get(c.labelKey()), byClass(li, "contact__label").getTextContent());
            assertEquals(EN.get(c.detailsKey()), byClass(li, "contact__details").getTextContent());
            assertEquals(EN.get(DefaultContact.PROVENANCE_KEY).replace("{0}", HttpsUrl.host(c.sourceUrl())),
                    byClass(li, "contact__source").getTextContent());
            if (c.phone().isEmpty() && c.sms().isEmpty() && c.web().isEmpty()) {
                assertEquals(0, li.getElementsByTagName("a").size(), c.id() + " has nothing to link to");
            }
            assertLink(li, c.phone().isEmpty() ? null : "tel:" + PhoneNumber.dialString(c.phone()));
            assertLink(li, c.sms().isEmpty() ? null : "sms:" + PhoneNumber.dialString(c.sms()));
            if (!c.web().isEmpty()) {
                List<DomElement> a = links(li, c.web());
                assertEquals(1, a.size(), c.web());
                assertEquals("noreferrer", a.get(0).getAttribute("rel"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "build.html"})
    void theListForALinksContactsIsThereAndEmpty(String file) throws IOException {
        HtmlPage page = parse(file);
        String prefix = file.startsWith("build") ? "preview-" : "";
        DomElement list = page.getElementById(prefix + "contact-list");
        assertTrue(list.hasAttribute("hidden"));
        assertFalse(list.hasChildNodes());
        assertFalse(page.getElementById(prefix + "contact-defaults").hasAttribute("hidden"));
    }

    private static void assertLink(DomElement li, String href) {
        if (href == null) {
            return;
        }
        assertEquals(1, links(li, href).size(), href);
    }

    static List<DomElement> links(DomElement li, String href) {
        List<DomElement> out = new ArrayList<>();
        for (DomElement a : li.getElementsByTagName("a")) {
            if (href.equals(a.getAttribute("href"))) {
                out.add(a);
            }
        }
        return out;
    }

    static DomElement byClass(DomElement parent, String className) {
        for (DomElement e : parent.getDomElementDescendants()) {
            if (e.getAttribute("class").equals(className)) {
                return e;
            }
        }
        throw new AssertionError("no ." + className + " in " + parent.asXml());
    }
}
