package org.quietroom.core.preset;

/**
 * A helpline built into the page, shown when no link gave contacts. Its words (name, hours, how to text) are
 * in the catalogs under {@code contacts.default.<id>.*} so they can be translated; its numbers and addresses
 * are here, each with {@link #sourceUrl()}: the public page the number was copied from, so anyone can check
 * it and a maintainer knows where to look when it changes.
 *
 * @param id          stable id, used in message keys
 * @param country     ISO 3166-1 alpha-2 code of the country the service covers; empty when it applies anywhere
 * @param phone       a number to call, as written; empty when there is none
 * @param sms         a number to text, as written; empty when there is none
 * @param web         the service's own {@code https://} address; empty when there is none
 * @param sourceUrl   the {@code https://} page the details were taken from
 */
public record DefaultContact(String id, String country, String phone, String sms, String web, String sourceUrl) {

    /** The catalog key of the sentence shown with every built-in contact; {0} is the source's host. */
    public static final String PROVENANCE_KEY = "contacts.default.source";

    public DefaultContact {
        if (id == null || country == null || phone == null || sms == null || web == null || sourceUrl == null) {
            throw new IllegalArgumentException("every part of a default contact must be non-null");
        }
    }

    /** The catalog key of the service's name. */
    public String labelKey() {
        return "contacts.default." + id + ".label";
    }

    /** The catalog key of when it answers (and anything else to know before calling or texting). */
    public String detailsKey() {
        return "contacts.default." + id + ".details";
    }
}
