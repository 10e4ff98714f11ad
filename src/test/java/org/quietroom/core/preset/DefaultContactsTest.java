package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
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
    void theGeneralAdviceHasNoNumberOfItsOwn() {
        // Numbers are per country (core/helplines, each with its source); the general advice names none.
        assertEquals(List.of(DefaultContacts.EMERGENCY), DefaultContacts.ALL);
        assertTrue(DefaultContacts.EMERGENCY.phone().isEmpty(), "the emergency number depends on the country");
    }

    @Test
    void refusesNulls() {
        assertThrows(IllegalArgumentException.class, () -> new DefaultContact("x", "", "", "", "", null));
    }
}
