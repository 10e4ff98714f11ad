package org.quietroom.build;

import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.helplines.CountryGuessText;
import org.quietroom.core.helplines.Helpline;
import org.quietroom.core.helplines.Helplines;
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

    /**
     * The general emergency advice, one {@code <li>}: shown whatever the country. The numbers of each country are
     * in {@link #helplines}.
     */
    static String defaults(Catalog catalog) {
        StringBuilder sb = new StringBuilder(2048);
        for (DefaultContact c : List.of(DefaultContacts.EMERGENCY)) {
            sb.append("<li class=\"contact contact--default\" data-contact=\"default\" data-id=\"")
                    .append(PageTemplate.escape(c.id())).append("\">\n");
            sb.append("<h4 class=\"contact__label\"").append(key(c.labelKey(), "")).append('>')
                    .append(text(catalog.get(c.labelKey()))).append("</h4>\n");
            sb.append("<p class=\"contact__details\"").append(key(c.detailsKey(), "")).append('>')
                    .append(text(catalog.get(c.detailsKey()))).append("</p>\n");
            if (!c.phone().isEmpty() || !c.sms().isEmpty() || !c.web().isEmpty()) {
                throw new IllegalStateException("default contact " + c.id() + ": numbers belong in Helplines, "
                        + "with their source");
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

    /**
     * Every built-in helpline ({@link Helplines#ALL}), grouped by country in the order of
     * {@link Helplines#COUNTRIES}: one {@code <section data-country>} per country with its name, and one
     * {@code <li data-country>} per entry (its name, each text its source states, the ways to reach it, where its
     * numbers were read and when). A country without a sourced entry says so. All of it shows without JavaScript;
     * with it, the page shows the guessed or chosen country (browser/HelplinePicker).
     */
    static String helplines(Catalog catalog) {
        StringBuilder sb = new StringBuilder(8192);
        for (String country : Helplines.COUNTRIES) {
            String heading = "helplines-" + country;
            List<Helpline> listed = Helplines.forCountry(country);
            // A country with none yet is marked: the page shows its sentence when that country is picked, not
            // once per such country in the list of every country.
            sb.append("<section class=\"helplines__country").append(listed.isEmpty() ? " helplines__country--none" : "")
                    .append("\" data-country=\"").append(country)
                    .append("\" aria-labelledby=\"").append(heading).append("\">\n<h4 id=\"").append(heading)
                    .append('"').append(key(CountryGuessText.countryKey(country), "")).append('>')
                    .append(text(catalog.get(CountryGuessText.countryKey(country)))).append("</h4>\n");
            List<Helpline> entries = Helplines.forCountry(country);
            if (entries.isEmpty()) {
                sb.append("<p class=\"helplines__none\"").append(key("helpline-list.none", "")).append('>')
                        .append(text(catalog.get("helpline-list.none"))).append("</p>\n</section>\n");
                continue;
            }
            sb.append("<ul class=\"contact-list\">\n");
            for (Helpline h : entries) {
                entry(sb, catalog, h);
            }
            sb.append("</ul>\n</section>\n");
        }
        return sb.toString();
    }

    private static void entry(StringBuilder sb, Catalog catalog, Helpline h) {
        sb.append("<li class=\"contact contact--default\" data-contact=\"default\" data-id=\"")
                .append(PageTemplate.escape(h.id())).append("\" data-country=\"").append(h.country())
                .append("\">\n");
        for (Helpline.Facet facet : h.facets()) {
            String k = h.key(facet);
            if (facet == Helpline.Facet.LABEL) {
                sb.append("<h5 class=\"contact__label\"").append(key(k, "")).append('>')
                        .append(text(catalog.get(k))).append("</h5>\n");
            } else {
                sb.append("<p class=\"contact__details\"").append(key(k, "")).append('>')
                        .append(text(catalog.get(k))).append("</p>\n");
            }
        }
        sb.append("<ul class=\"contact__ways\">");
        if (!h.phone().isEmpty()) {
            way(sb, "tel:" + dial(h.phone()), catalog, "contacts.call", h.phone(), false);
        }
        if (!h.sms().isEmpty()) {
            way(sb, "sms:" + dial(h.sms()), catalog, "contacts.text", h.sms(), false);
        }
        if (!h.whatsapp().isEmpty()) {
            // Shown, not linked: a link would open WhatsApp's site or app from this page.
            sb.append("<li").append(key("helpline-list.whatsapp", h.whatsapp())).append('>')
                    .append(text(fill(catalog, "helpline-list.whatsapp", h.whatsapp()))).append("</li>");
        }
        if (!h.web().isEmpty()) {
            if (!HttpsUrl.isValid(h.web())) {
                throw new IllegalStateException("helpline " + h.id() + ": not an https address");
            }
            way(sb, h.web(), catalog, "contacts.web", h.web(), true);
        }
        sb.append("</ul>\n");
        String host = HttpsUrl.host(h.sourceUrl());
        if (host.isEmpty()) {
            throw new IllegalStateException("helpline " + h.id() + ": its source is not an https address");
        }
        sb.append("<p class=\"contact__source\"><span").append(key(DefaultContact.PROVENANCE_KEY, host)).append('>')
                .append(text(fill(catalog, DefaultContact.PROVENANCE_KEY, host))).append("</span> <span")
                .append(key("helpline-list.checked", h.checkedOn())).append('>')
                .append(text(fill(catalog, "helpline-list.checked", h.checkedOn()))).append("</span></p>\n</li>\n");
    }

    /** The country picker's options: every country, in the order of the sections, then "every country". */
    static String countryOptions(Catalog catalog) {
        StringBuilder sb = new StringBuilder(1024);
        for (String country : Helplines.COUNTRIES) {
            sb.append("<option value=\"").append(country).append('"')
                    .append(key(CountryGuessText.countryKey(country), "")).append('>')
                    .append(text(catalog.get(CountryGuessText.countryKey(country)))).append("</option>");
        }
        sb.append("<option value=\"\"").append(key("helpline-list.all", "")).append('>')
                .append(text(catalog.get("helpline-list.all"))).append("</option>");
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
