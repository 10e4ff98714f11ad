package org.quietroom.core.view;

import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.Words;
import org.quietroom.core.preset.Contact;
import org.quietroom.core.preset.HttpsUrl;
import org.quietroom.core.preset.PhoneNumber;

/**
 * A contact a link carries, as a list item in the same shape as the built-in helplines that the site builder
 * writes into the page ({@code org.quietroom.build.ContactsHtml}). Used by the page for the person and by the
 * preview on the link-making page, so the advocate sees exactly what the person will see.
 *
 * <p>Every part is text. Links are made only from checked values: {@code tel:} and {@code sms:} from
 * {@link PhoneNumber#dialString} (digits and {@code +}), web links only from addresses that {@link HttpsUrl#isValid}
 * accepts, with {@code rel="noreferrer"}. Where it came from is said once, by the heading over the link's contacts
 * ({@code contacts.link-heading}).
 */
public final class ContactView {
    private ContactView() {
    }

    /** One contact's {@code <li data-contact="link">}. */
    public static Node of(Contact contact, Words words) {
        Node li = Node.el("li", "contact contact--link").attr("data-contact", "link");
        li.sub("h4", "contact__label", contact.label()).attr("dir", "auto");
        if (!contact.hours().isEmpty()) {
            li.child(Node.el("p", "contact__hours").filled(words.get("contacts.hours"), contact.hours()));
        }
        Node ways = Node.el("ul", "contact__ways");
        String phone = PhoneNumber.dialString(contact.phone());
        if (!phone.isEmpty()) {
            ways.child(way("tel:" + phone, words.get("contacts.call"), contact.phone(), false));
        }
        String sms = PhoneNumber.dialString(contact.sms());
        if (!sms.isEmpty()) {
            ways.child(way("sms:" + sms, words.get("contacts.text"), contact.sms(), false));
        }
        if (HttpsUrl.isValid(contact.web())) {
            ways.child(way(contact.web(), words.get("contacts.web"), contact.web(), true));
        }
        if (!ways.children().isEmpty()) {
            li.child(ways);
        }
        return li;
    }

    /**
     * A contact as one line of text, for the printed poster and wallet card, where a QR code may not be scanned:
     * the label, then what to call, text, open and when, each after a middle dot.
     */
    public static String line(Contact contact, Words words) {
        StringBuilder line = new StringBuilder(contact.label());
        if (!contact.phone().isEmpty()) {
            line.append(" \u00b7 ").append(Text.fill(words.get("contacts.call"), List.of(contact.phone())));
        }
        if (!contact.sms().isEmpty()) {
            line.append(" \u00b7 ").append(Text.fill(words.get("contacts.text"), List.of(contact.sms())));
        }
        for (String more : List.of(contact.web(), contact.hours())) {
            if (!more.isEmpty()) {
                line.append(" \u00b7 ").append(more);
            }
        }
        return line.toString();
    }

    private static Node way(String href, String sentence, String shown, boolean web) {
        Node a = Node.el("a", "").attr("href", href);
        if (web) {
            a.attr("rel", "noreferrer");
        }
        return Node.el("li", "").child(a.filled(sentence, shown));
    }
}
