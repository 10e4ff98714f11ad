package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultContactsTest {

    @Test
    void everyDefaultNamesAnHttpsSource() {
        assertFalse(DefaultContacts.ALL.isEmpty());
        for (DefaultContact c : DefaultContacts.ALL) {
            assertFalse(c.sourceUrl().isEmpty(), c.id());
            assertTrue(c.sourceUrl().startsWith("https://"), c.id());
            assertTrue(HttpsUrl.isValid(c.sourceUrl()), c.id());
        }
    }

    @Test
    void everyDefaultIsAsValidAsALinksContact() {
        Set<String> ids = new HashSet<>();
        for (DefaultContact c : DefaultContacts.ALL) {
            assertTrue(ids.add(c.id()), "duplicate id " + c.id());
            assertTrue(c.phone().isEmpty() || PhoneNumber.isValid(c.phone()), c.id());
            assertTrue(c.sms().isEmpty() || PhoneNumber.isValid(c.sms()), c.id());
            assertTrue(c.web().isEmpty() || HttpsUrl.isValid(c.web()), c.id());
            assertTrue(c.country().isEmpty() || c.country().length() == 2, c.id());
        }
    }

    @Test
    void theNumbersAreTheOnesTheSourcesPublish() {
        assertEquals("18007997233", PhoneNumber.dialString(DefaultContacts.US_HOTLINE.phone()));
        assertEquals("88788", DefaultContacts.US_HOTLINE.sms());
        assertEquals("https://www.thehotline.org/", DefaultContacts.US_HOTLINE.sourceUrl());
        assertEquals("08082000247", PhoneNumber.dialString(DefaultContacts.UK_HELPLINE.phone()));
        assertEquals("https://www.nationaldahelpline.org.uk/", DefaultContacts.UK_HELPLINE.sourceUrl());
        assertTrue(DefaultContacts.EMERGENCY.phone().isEmpty(), "the emergency number depends on the country");
    }

    @Test
    void refusesNulls() {
        assertThrows(IllegalArgumentException.class, () -> new DefaultContact("x", "", "", "", "", null));
    }
}
