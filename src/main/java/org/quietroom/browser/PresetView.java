package org.quietroom.browser;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.preset.Contact;
import org.quietroom.core.preset.LinkWords;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.view.ContactView;
import org.quietroom.core.view.Node;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Shows the parts of a preset that are words on the page: who the link says it is from, the link's words, the
 * advocate's message and the contacts. The page for the person and the link-making page's preview have the
 * same markup, with ids that differ by a prefix ({@code ""} and {@code "preview-"}), so one class renders both.
 *
 * <p>Elements: {@code preset-org} (hidden when there is no organisation) holding {@code preset-org-name};
 * {@code preset-words} holding {@code preset-words-text} ({@link LinkWords}); {@code preset-message} (hidden
 * when there is no message) holding {@code preset-message-text}; {@code contact-link-part}, the link's contacts
 * under their own heading ("Added by whoever sent you this link"), holding {@code contact-list}, shown when the
 * link has contacts ({@link ContactView}); and {@code contact-defaults}, the built-in helplines, which always show.
 */
final class PresetView {
    private final HTMLDocument document;
    private final String prefix;
    private final Messages messages;

    PresetView(HTMLDocument document, Messages messages, String prefix) {
        this.document = document;
        this.prefix = prefix;
        this.messages = messages;
    }

    void show(Preset preset) {
        showOrganisation(preset.organisation());
        Dom.setText(document, byId("preset-words-text"), LinkWords.of(preset));
        Dom.setHidden(byId("preset-words"), false);
        showMessage(preset.message());
        showContacts(preset.contacts());
    }

    private void showOrganisation(String organisation) {
        Dom.setText(document, byId("preset-org-name"), organisation);
        Dom.setHidden(byId("preset-org"), organisation.isEmpty());
    }

    private void showMessage(String message) {
        Dom.setText(document, byId("preset-message-text"), message);
        Dom.setHidden(byId("preset-message"), message.isEmpty());
    }

    private void showContacts(List<Contact> list) {
        HTMLElement linkList = byId("contact-list");
        List<Node> items = new ArrayList<>();
        for (Contact c : list) {
            items.add(ContactView.of(c, messages));
        }
        Dom.fill(document, linkList, items);
        Dom.setHidden(linkList, list.isEmpty());
        Dom.setHidden(byId("contact-link-part"), list.isEmpty());
        Dom.setHidden(byId("contact-defaults"), false);
    }

    private HTMLElement byId(String id) {
        HTMLElement e = document.getElementById(prefix + id);
        if (e == null) {
            throw new IllegalStateException("the page has no #" + prefix + id);
        }
        return e;
    }
}
