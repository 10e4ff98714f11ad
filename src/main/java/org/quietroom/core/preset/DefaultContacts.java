package org.quietroom.core.preset;

import java.util.List;

/**
 * The general advice built into the page whatever the country: the local emergency number. Each country's
 * helplines and emergency numbers are {@link org.quietroom.core.helplines.Helplines}, each with its source.
 */
public final class DefaultContacts {
    /** In danger now: the local emergency number (911, 999, 112, ...). No number here: it depends on where. */
    public static final DefaultContact EMERGENCY = new DefaultContact("emergency", "", "", "", "",
            "https://en.wikipedia.org/wiki/List_of_emergency_telephone_numbers");

    /** Every default contact, in the order the page lists them when it cannot tell where the reader is. */
    public static final List<DefaultContact> ALL = List.of(EMERGENCY);

    private DefaultContacts() {
    }
}
