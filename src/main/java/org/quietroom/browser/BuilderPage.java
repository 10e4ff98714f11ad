package org.quietroom.browser;

import io.nayuki.qrcodegen.QrCode;
import java.util.List;
import org.quietroom.core.preset.Contact;
import org.quietroom.core.preset.ExitSite;
import org.quietroom.core.preset.ExitSites;
import org.quietroom.core.preset.LinkWords;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetField;
import org.quietroom.core.preset.PresetForm;
import org.quietroom.core.preset.PresetLimits;
import org.quietroom.core.preset.PresetLink;
import org.quietroom.core.preset.PresetResult;
import org.quietroom.core.view.ContactView;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Location;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.xml.Element;

/**
 * The link-making page (build.html): a form for every part of a preset, checked as the advocate types
 * ({@link PresetForm}), a preview drawn by the same code as the page for the person ({@link PresetView}), the
 * link, a copy button, a button that opens the link in a new tab to test it, and a QR code of the link for a
 * printed poster or wallet card (85 × 55 mm): a plain sentence of what the link is, the contacts as text, and the
 * organisation's name unless the advocate leaves it off (some people cannot carry a card with a shelter's name).
 *
 * <p>Like the page for the person, it stores nothing and sends nothing: the form is not a {@code <form>} (so
 * nothing can be submitted, and the policy's {@code form-action 'none'} is never even tried), and the link is
 * made here, in the tab.
 */
final class BuilderPage {
    private static final PresetField[] TOP_FIELDS = {PresetField.ORGANISATION, PresetField.LANGUAGE,
        PresetField.EXIT, PresetField.TITLE, PresetField.MESSAGE, PresetField.COUNTRY};
    private static final PresetField[] CONTACT_FIELDS = {PresetField.CONTACT_LABEL, PresetField.CONTACT_PHONE,
        PresetField.CONTACT_SMS, PresetField.CONTACT_WEB, PresetField.CONTACT_HOURS};
    private static final String[] CONTACT_PARTS = {"label", "phone", "sms", "web", "hours"};

    private final JsWindow window;
    private final HTMLDocument document;
    private final Messages messages;
    private final PresetView preview;
    private final String pageAddress;
    private final String pageLanguage;

    BuilderPage(JsWindow window, HTMLDocument document, Messages messages) {
        this.window = window;
        this.document = document;
        this.messages = messages;
        this.preview = new PresetView(document, messages, "preview-");
        Location location = window.getLocation();
        this.pageAddress = PresetLink.pageAddress(location.getProtocol(), location.getHost(), location.getPathName());
        this.pageLanguage = document.getDocumentElement().getAttribute("lang");
    }

    void start() {
        HTMLElement builder = byId("builder");
        builder.addEventListener("input", event -> update());
        builder.addEventListener("change", event -> update());
        byId("copy").addEventListener("click", event -> copy());
        byId("print").addEventListener("click", event -> window.print());
        update();
        Dom.setHidden(builder, false);
    }

    /** Reads the whole form, checks it, and redraws messages, preview, link and QR code. */
    void update() {
        // An address typed in the box replaces the choice from the list.
        String ownExit = value("f-exit");
        PresetForm form = new PresetForm()
                .organisation(value("f-organisation"))
                .language(value("f-language"))
                .exit(ownExit)
                .exitId(ownExit.trim().isEmpty() ? value("f-exit-choice") : "")
                .title(value("f-title"))
                .message(value("f-message"))
                .country(value("f-country"));
        for (int slot = 0; slot < PresetLimits.CONTACTS; slot++) {
            String prefix = contactPrefix(slot);
            form.contact(slot, value(prefix + "label"), value(prefix + "phone"), value(prefix + "sms"),
                    value(prefix + "web"), value(prefix + "hours"));
        }
        PresetForm.Result result = form.check();
        showProblems(result);
        if (result.isOk()) {
            showLink(result.preset());
        } else {
            clearLink(result.problem(PresetField.NONE, -1));
        }
    }

    private void showProblems(PresetForm.Result result) {
        for (PresetField field : TOP_FIELDS) {
            showProblem("f-" + field.id(), result.problem(field, -1));
        }
        boolean hiddenProblem = false;
        for (int slot = 0; slot < PresetLimits.CONTACTS; slot++) {
            for (int i = 0; i < CONTACT_FIELDS.length; i++) {
                PresetResult problem = result.problem(CONTACT_FIELDS[i], slot);
                showProblem(contactPrefix(slot) + CONTACT_PARTS[i], problem);
                hiddenProblem |= problem != null && slot > 0;
            }
        }
        if (hiddenProblem) {
            // Contacts 2 to 5 sit in a <details>: open it, so no marked box is out of sight.
            byId("more-contacts").setAttribute("open", "");
        }
    }

    private void showProblem(String inputId, PresetResult problem) {
        HTMLElement input = byId(inputId);
        HTMLElement message = byId(inputId + "-error");
        if (problem == null) {
            input.removeAttribute("aria-invalid");
            Dom.setText(document, message, "");
            Dom.setHidden(message, true);
        } else {
            input.setAttribute("aria-invalid", "true");
            Dom.setText(document, message, sentence(problem));
            Dom.setHidden(message, false);
        }
    }

    /** The catalog sentence for a problem: {0} is the field's name, {1} its limit. */
    private String sentence(PresetResult problem) {
        PresetField field = problem.field();
        return messages.get(problem.error().key(), List.of(messages.get(field.key()), String.valueOf(field.limit())));
    }

    private void showLink(Preset preset) {
        String link = PresetLink.of(pageAddress, preset);
        ((JsValue) (JSObject) byId("link")).setValue(link);
        Dom.setText(document, byId("link-status"), "");
        Dom.setText(document, byId("copy-status"), "");
        byId("copy").removeAttribute("disabled");
        byId("print").removeAttribute("disabled");
        preview.show(preset);
        Dom.setText(document, byId("preview-title"),
                preset.title().isEmpty() ? messages.get("page.title") : preset.title());
        ExitSite exit = ExitSites.forLink(PresetResult.of(preset), pageLanguage(preset));
        Dom.setText(document, byId("preview-exit"), exit.name() + " (" + exit.url() + ")");
        Dom.setText(document, byId("builder-exit-goes-site"), exit.name());
        Dom.setText(document, byId("link-words"), LinkWords.of(preset));
        Dom.setHidden(byId("link-words-line"), false);
        HTMLElement language = document.querySelector("#f-language option:checked");
        Dom.setText(document, byId("preview-language"), preset.language().isEmpty() || language == null
                ? messages.get("builder.language-default") : language.getTextContent());
        HTMLElement test = byId("try-link");
        test.setAttribute("href", link);
        Dom.setHidden(test, false);
        Dom.setText(document, byId("flyer-org"), preset.organisation());
        Dom.setHidden(byId("flyer-org"), preset.organisation().isEmpty() || checked("print-no-org"));
        Dom.setText(document, byId("flyer-link"), link);
        flyerContacts(preset);
        byId("flyer").setAttribute("class", checked("print-card") ? "flyer flyer--card" : "flyer");
        drawQr(link);
        Dom.setHidden(byId("flyer"), false);
    }

    /** The link's contacts as text on the flyer, one line each: a card works where a QR code is not scanned. */
    private void flyerContacts(Preset preset) {
        HTMLElement list = byId("flyer-contacts");
        Dom.clear(list);
        for (Contact c : preset.contacts()) {
            HTMLElement item = document.createElement("li");
            item.setAttribute("dir", "auto");
            Dom.setText(document, item, ContactView.line(c, messages));
            list.appendChild(item);
        }
        Dom.setHidden(list, preset.contacts().isEmpty());
    }

    private boolean checked(String id) {
        return ((HTMLInputElement) byId(id)).isChecked();
    }

    /** The language the person's page will be in: the link's, else (as a guess) this page's. */
    private String pageLanguage(Preset preset) {
        return preset.language().isEmpty() ? (pageLanguage == null ? "" : pageLanguage) : preset.language();
    }

    private void clearLink(PresetResult linkProblem) {
        ((JsValue) (JSObject) byId("link")).setValue("");
        Dom.setText(document, byId("link-words"), "");
        Dom.setHidden(byId("link-words-line"), true);
        Dom.setText(document, byId("link-status"),
                linkProblem == null ? messages.get("builder.fix") : sentence(linkProblem));
        Dom.setText(document, byId("copy-status"), "");
        byId("copy").setAttribute("disabled", "");
        byId("print").setAttribute("disabled", "");
        byId("try-link").removeAttribute("href");
        Dom.setHidden(byId("try-link"), true);
        Dom.clear(byId("qr"));
        Dom.setHidden(byId("flyer"), true);
    }

    private void drawQr(String link) {
        HTMLElement holder = byId("qr");
        Dom.clear(holder);
        QrCode qr;
        try {
            qr = QrCode.encodeText(link, QrCode.Ecc.MEDIUM);
        } catch (IllegalArgumentException tooLongForMedium) {
            // A link of the longest preset fits at level M; level L is a last resort for very long addresses.
            try {
                qr = QrCode.encodeText(link, QrCode.Ecc.LOW);
            } catch (IllegalArgumentException tooLong) {
                Dom.setText(document, holder, messages.get("builder.qr-too-long"));
                return;
            }
        }
        Element svg = QrSvg.draw(document, qr, messages.get("builder.qr-label"));
        holder.appendChild(svg);
    }

    /**
     * Copies the link: the Clipboard API where the browser has it (secure contexts; it needs no permission
     * prompt for writing after a click), else {@code document.execCommand('copy')} on the selected text. The
     * text is selected first either way, so if both fail one key press copies it.
     */
    private void copy() {
        HTMLInputElement input = (HTMLInputElement) byId("link");
        String link = input.getValue();
        if (link.isEmpty()) {
            return;
        }
        input.focus();
        input.select();
        JsClipboard clipboard = null;
        try {
            clipboard = window.getNavigator().getClipboard();
        } catch (Throwable e) {
            // no clipboard API
        }
        if (Js.missing(clipboard)) {
            copyBySelection();
            return;
        }
        try {
            clipboard.writeText(link).then(done -> {
                copied(true);
                return null;
            }, refused -> {
                copyBySelection();
                return null;
            });
        } catch (Throwable e) {
            copyBySelection();
        }
    }

    private void copyBySelection() {
        HTMLInputElement input = (HTMLInputElement) byId("link");
        input.focus();
        input.select();
        boolean ok;
        try {
            ok = ((JsDocument) (JSObject) document).execCommand("copy");
        } catch (Throwable e) {
            ok = false;
        }
        copied(ok);
    }

    private void copied(boolean ok) {
        Dom.setText(document, byId("copy-status"), messages.get(ok ? "builder.copied" : "builder.copy-failed"));
    }

    private String value(String id) {
        String v = ((JsValue) (JSObject) byId(id)).getValue();
        return v == null ? "" : v;
    }

    /** Ids of contact slot {@code slot} (0-based) start with {@code f-c1-} for the first. */
    private static String contactPrefix(int slot) {
        return "f-c" + (slot + 1) + "-";
    }

    private HTMLElement byId(String id) {
        HTMLElement e = document.getElementById(id);
        if (e == null) {
            throw new IllegalStateException("the link-making page has no #" + id);
        }
        return e;
    }
}
