package org.quietroom.build;

import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.preset.DefaultContact;
import org.quietroom.core.preset.DefaultContacts;
import org.quietroom.core.preset.HttpsUrl;
import org.quietroom.core.preset.PhoneNumber;

/**
 * The built-in helplines ({@link DefaultContacts#ALL}) as static list items, written into the pages at build
 * time, so they show without JavaScript. The markup matches what the browser's contact renderer writes for a
 * link's contacts (same classes, same order of parts), so both look alike and the stylesheet has one shape.
 */
final class ContactsHtml {
    private ContactsHtml() {
    }

    /** One {@code <li>} per default contact, in the order of {@link DefaultContacts#ALL}. */
    static String defaults(Catalog catalog) {
        StringBuilder sb = new StringBuilder(2048);
        for (DefaultContact c : DefaultContacts.ALL) {
            sb.append("<li class=\"contact contact--default\" data-contact=\"default\" data-id=\"")
                    .append(PageTemplate.escape(c.id())).append("\">\n");
            sb.append("<h4 class=\"contact__label\"").append(key(c.labelKey(), "")).append('>')
                    .append(text(catalog.get(c.labelKey()))).append("</h4>\n");
            sb.append("<p class=\"contact__details\"").append(key(c.detailsKey(), "")).append('>')
                    .append(text(catalog.get(c.detailsKey()))).append("</p>\n");
            if (!c.phone().isEmpty() || !c.sms().isEmpty() || !c.web().isEmpty()) {
                sb.append("<ul class=\"contact__ways\">");
                if (!c.phone().isEmpty()) {
                    way(sb, "tel:" + dial(c.phone()), catalog, "contacts.call", c.phone(), false);
                }
                if (!c.sms().isEmpty()) {
                    way(sb, "sms:" + dial(c.sms()), catalog, "contacts.text", c.sms(), false);
                }
                if (!c.web().isEmpty()) {
                    if (!HttpsUrl.isValid(c.web())) {
                        throw new IllegalStateException("default contact " + c.id() + ": not an https address");
                    }
                    way(sb, c.web(), catalog, "contacts.web", c.web(), true);
                }
                sb.append("</ul>\n");
            }
            String host = HttpsUrl.host(c.sourceUrl());
            if (host.isEmpty()) {
                throw new IllegalStateException("default contact " + c.id() + ": its source is not an https address");
            }
            sb.append("<p class=\"contact__source\"").append(key(DefaultContact.PROVENANCE_KEY, host)).append('>')
                    .append(text(fill(catalog, DefaultContact.PROVENANCE_KEY, host))).append("</p>\n</li>\n");
        }
        return sb.toString();
    }

    private static void way(StringBuilder sb, String href, Catalog catalog, String key, String shown, boolean web) {
        sb.append("<li><a href=\"").append(PageTemplate.escape(href)).append('"');
        if (web) {
            sb.append(" rel=\"noreferrer\"");
        }
        sb.append(key(key, shown)).append('>').append(text(fill(catalog, key, shown))).append("</a></li>");
    }

    /**
     * The catalog key of an element's whole text, and the value for its {0}: the page changes language in place
     * from these (browser/LanguageSwitch), as it does for the page template's own text.
     */
    private static String key(String key, String arg) {
        String marks = " data-m=\"" + PageTemplate.escape(key) + '"';
        return arg.isEmpty() ? marks : marks + " data-m-arg=\"" + PageTemplate.escape(arg) + '"';
    }

    private static String dial(String number) {
        String dial = PhoneNumber.dialString(number);
        if (dial.isEmpty()) {
            throw new IllegalStateException("default contact number is not valid: " + number);
        }
        return dial;
    }

    private static String fill(Catalog catalog, String key, String arg) {
        return Text.fill(catalog.get(key), List.of(arg));
    }

    private static String text(String s) {
        return PageTemplate.escape(s);
    }
}
