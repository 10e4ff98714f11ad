package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.preset.Contact;
import org.quietroom.core.preset.HttpsUrl;
import org.quietroom.core.preset.PhoneNumber;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Writes the contacts a link carries as list items, in the same shape as the built-in helplines that the site
 * builder writes into the page ({@code org.quietroom.build.ContactsHtml}). Used by the page for the person and
 * by the preview on the link-making page, so the advocate sees exactly what the person will see.
 *
 * <p>Every part is text in a text node. Links are made only from checked values: {@code tel:} and
 * {@code sms:} from {@link PhoneNumber#dialString} (digits and {@code +}), web links only from addresses that
 * {@link HttpsUrl#isValid} accepts, with {@code rel="noreferrer"}. Each item ends with the sentence that says
 * it came from the link, not from this site.
 */
final class ContactRenderer {
    private final HTMLDocument document;
    private final Messages messages;

    ContactRenderer(HTMLDocument document, Messages messages) {
        this.document = document;
        this.messages = messages;
    }

    /** Replaces the items of {@code list} with one item per contact. */
    void renderAll(HTMLElement list, List<Contact> contacts) {
        Dom.clear(list);
        for (Contact c : contacts) {
            list.appendChild(render(c));
        }
    }

    HTMLElement render(Contact contact) {
        HTMLElement li = Dom.element(document, "li", "contact contact--link");
        li.setAttribute("data-contact", "link");
        HTMLElement label = Dom.element(document, "h4", "contact__label");
        label.setAttribute("dir", "auto");
        Dom.setText(document, label, contact.label());
        li.appendChild(label);
        if (!contact.hours().isEmpty()) {
            HTMLElement hours = Dom.element(document, "p", "contact__hours");
            Dom.appendFilled(document, hours, messages.get("contacts.hours"), contact.hours());
            li.appendChild(hours);
        }
        HTMLElement ways = Dom.element(document, "ul", "contact__ways");
        String phone = PhoneNumber.dialString(contact.phone());
        if (!phone.isEmpty()) {
            ways.appendChild(way("tel:" + phone, messages.get("contacts.call"), contact.phone(), false));
        }
        String sms = PhoneNumber.dialString(contact.sms());
        if (!sms.isEmpty()) {
            ways.appendChild(way("sms:" + sms, messages.get("contacts.text"), contact.sms(), false));
        }
        if (HttpsUrl.isValid(contact.web())) {
            ways.appendChild(way(contact.web(), messages.get("contacts.web"), contact.web(), true));
        }
        if (ways.getFirstChild() != null) {
            li.appendChild(ways);
        }
        // Where it came from is said once, by the heading over the link's contacts (contacts.link-heading).
        return li;
    }

    private HTMLElement way(String href, String sentence, String shown, boolean web) {
        HTMLElement li = document.createElement("li");
        HTMLElement a = document.createElement("a");
        a.setAttribute("href", href);
        if (web) {
            a.setAttribute("rel", "noreferrer");
        }
        Dom.appendFilled(document, a, sentence, shown);
        li.appendChild(a);
        return li;
    }
}
