package org.quietroom.core.preset;

import java.util.List;

/**
 * The helplines built into the page. Few on purpose: each one is a promise that the number is right, and a
 * wrong number on this page costs more than a missing one. Each entry names the public page its details were
 * copied from ({@link DefaultContact#sourceUrl()}); check it before changing a number.
 */
public final class DefaultContacts {
    /** In danger now: the local emergency number (911, 999, 112, ...). No number here: it depends on where. */
    public static final DefaultContact EMERGENCY = new DefaultContact("emergency", "", "", "", "",
            "https://en.wikipedia.org/wiki/List_of_emergency_telephone_numbers");

    /** United States: the National Domestic Violence Hotline, 24/7; text START to 88788. */
    public static final DefaultContact US_HOTLINE = new DefaultContact("us-hotline", "US", "1-800-799-7233",
            "88788", "https://www.thehotline.org/", "https://www.thehotline.org/");

    /** United Kingdom: the National Domestic Abuse Helpline run by Refuge, free, 24/7. */
    public static final DefaultContact UK_HELPLINE = new DefaultContact("uk-helpline", "GB", "0808 2000 247", "",
            "https://www.nationaldahelpline.org.uk/", "https://www.nationaldahelpline.org.uk/");

    /** Every default contact, in the order the page lists them when it cannot tell where the reader is. */
    public static final List<DefaultContact> ALL = List.of(EMERGENCY, US_HOTLINE, UK_HELPLINE);

    private DefaultContacts() {
    }
}
