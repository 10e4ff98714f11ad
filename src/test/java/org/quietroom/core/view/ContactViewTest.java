package org.quietroom.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.core.view.Trees.ENGLISH;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.preset.Contact;
import org.quietroom.core.preset.Preset;

class ContactViewTest {
    /** A contact with every way to reach it, and one with a name only. */
    static List<Contact> contacts() {
        return Preset.builder().contact("Harbour", "+44 20 7946 0000", "+44 7700 900000", "https://harbour.example",
                "9 to 5").contact("Night line", "", "", "", "").build().preset().contacts();
    }

    @Test
    void aContactWithEveryWayHasCallTextAndWebLinksMadeFromCheckedValues() {
        Node li = ContactView.of(contacts().get(0), ENGLISH);
        assertEquals("link", li.attribute("data-contact"));
        assertEquals("auto", li.children().get(0).attribute("dir"), "the label keeps its own direction");
        assertEquals("Harbour", li.children().get(0).allText());
        assertTrue(li.children().get(1).allText().contains("9 to 5"));
        List<String> hrefs = new ArrayList<>();
        List<String> rels = new ArrayList<>();
        for (Node a : Trees.withAttribute(List.of(li), "href")) {
            hrefs.add(a.attribute("href"));
            rels.add(String.valueOf(a.attribute("rel")));
        }
        assertEquals(List.of("tel:+442079460000", "sms:+447700900000", "https://harbour.example"), hrefs);
        assertEquals(List.of("null", "null", "noreferrer"), rels);
    }

    @Test
    void onPaperAContactIsOneLineWithEveryWayInOrder() {
        assertEquals("Harbour \u00b7 " + ENGLISH.get("contacts.call").replace("{0}", "+44 20 7946 0000") + " \u00b7 "
                + ENGLISH.get("contacts.text").replace("{0}", "+44 7700 900000") + " \u00b7 https://harbour.example"
                + " \u00b7 9 to 5", ContactView.line(contacts().get(0), ENGLISH));
        assertEquals("Night line", ContactView.line(contacts().get(1), ENGLISH));
    }

    @Test
    void aContactWithANameOnlyHasNoListOfWays() {
        Node li = ContactView.of(contacts().get(1), ENGLISH);
        assertEquals(List.of("h4.contact__label"), Trees.shape(li));
    }
}
