package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.i18n.Pages;
import org.quietroom.core.keep.Passphrase;
import org.quietroom.core.helplines.Helpline;
import org.quietroom.core.plan.Plan;
import org.quietroom.core.plan.PlanText;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Location;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Keeping the plan, only when the person asks ({@code #keep}, already in the page, hidden until the plan shows):
 * <ul>
 * <li>Print: {@code window.print()}; the print stylesheet shows only {@code #plan}. The site's name and address
 * appear on the printout only when "include the site name" is ticked (remembered in memory, for this visit).</li>
 * <li>Copy: the plan as short plain text ({@link PlanText#brief}) in a read-only text area, selected and copied with
 * {@code document.execCommand("copy")}; where that fails the text stays selected and the person is told to press
 * Ctrl+C. No clipboard permission is ever requested.</li>
 * <li>Locked file: after the warning that downloads leave a trace, a passphrase (a generated one of five words
 * offered, a person's own one accepted only when {@link Passphrase} rates it as strong, the rating shown under the
 * field), then {@link LockedFileMaker}. The file is data only; the site's open page reads it.
 * Outside a secure context (no {@code crypto.subtle}) the option is replaced by an explanation.</li>
 * </ul>
 */
final class PlanKeeper implements LockedFileMaker.Result {
    private final Dom dom;
    private final Messages messages;
    private final JsWindow window;
    private final JsPlanWindow planWindow;
    private final LockedFileMaker maker;
    private Plan plan;
    private List<Helpline> helplines = List.of();
    private final Visit visit;
    private boolean busy;
    /** The passphrase last suggested, while it is still in the field, so a change of language can show it again. */
    private String suggested = "";

    PlanKeeper(Dom dom, Messages messages, JsWindow window, Visit visit) {
        this.visit = visit;
        this.dom = dom;
        this.messages = messages;
        this.window = window;
        this.planWindow = (JsPlanWindow) (JSObject) window;
        this.maker = new LockedFileMaker(planWindow, dom.document(), dom.byId("keep"), messages,
                visit);
    }

    void start() {
        HTMLElement keep = dom.byId("keep");
        // One listener for the whole section: a click on the checkbox comes after its state has changed.
        EventListener<Event> listener = this::handle;
        keep.addEventListener("click", listener);
        // Typing a passphrase: its strength and whether the suggestion still shows.
        dom.byId("keep-pass").addEventListener("input", listener);
        if (maker.available()) {
            dom.byId("keep-file-start").removeAttribute("hidden");
        } else {
            dom.byId("keep-file-unavailable").removeAttribute("hidden");
        }
        keep.removeAttribute("hidden");
    }

    private void handle(Event event) {
        String id = ((HTMLElement) event.getTarget()).getAttribute("id");
        if (id == null || visit.over()) {
            return;
        }
        if ("input".equals(event.getType())) {
            strength();
            showSuggestion();
            return;
        }
        switch (id) {
            case "keep-print":
                print();
                break;
            case "keep-copy":
                copy();
                break;
            case "keep-site":
                siteName();
                break;
            case "keep-file-start":
                toggleFileForm();
                break;
            case "keep-file-save":
                save();
                break;
            case "keep-pass-suggest":
                suggest();
                break;
            default:
                break;
        }
    }

    /** A new plan: the copied text, if shown, follows it; old messages go. */
    void planChanged(Plan value, List<Helpline> lines) {
        if (visit.over()) {
            return;
        }
        plan = value;
        helplines = lines;
        if (!dom.byId("copy-box").isHidden()) {
            dom.setText(copyText(), PlanText.brief(plan, messages, helplines));
        }
        dom.setText(dom.byId("copy-status"), "");
    }

    /** The page changed language: the copied text and the printed site line follow; old status lines go. */
    void languageChanged() {
        if (visit.over()) {
            return;
        }
        if (plan != null) {
            planChanged(plan, helplines);
        }
        siteName();
        dom.setText(dom.byId("file-status"), "");
        strength();
        showSuggestion();
        // The open page of the page's new language.
        String lang = dom.document().getDocumentElement().getAttribute("lang");
        dom.byId("keep-open-link").setAttribute("href", Pages.file("open", lang));
    }

    /** Forgets the plan and everything typed; the section disappears. */
    void drop() {
        plan = null;
        maker.drop();
        dom.setText(copyText(), "");
        dom.byId("copy-box").setAttribute("hidden", "");
        input("keep-pass").setValue("");
        input("keep-pass2").setValue("");
        suggested = "";
        dom.setText(dom.byId("keep-pass-suggestion"), "");
        dom.setText(dom.byId("keep-pass-strength"), "");
        input("keep-site").setChecked(false);
        HTMLElement site = dom.byId("plan-site");
        dom.setText(site, "");
        site.setAttribute("hidden", "");
        dom.setText(dom.byId("copy-status"), "");
        dom.setText(dom.byId("file-status"), "");
        dom.byId("keep-file-form").setAttribute("hidden", "");
        dom.byId("keep").setAttribute("hidden", "");
    }

    private HTMLInputElement input(String id) {
        return (HTMLInputElement) dom.byId(id);
    }

    /**
     * The copied plan, as text in a {@code <pre>}: never in a form control, whose value browsers keep in session
     * restore ("Current Session", sessionstore.jsonlz4) and bring back after the tab or the browser is closed.
     */
    private HTMLElement copyText() {
        return dom.byId("plan-text");
    }

    private void print() {
        if (!visit.over() && plan != null) {
            planWindow.print();
        }
    }

    private void siteName() {
        HTMLElement site = dom.byId("plan-site");
        if (!visit.over() && input("keep-site").isChecked()) {
            dom.setText(site, messages.get("keep.print.site-line", List.of(address())));
            site.removeAttribute("hidden");
        } else {
            dom.setText(site, "");
            site.setAttribute("hidden", "");
        }
    }

    /** The site's address without query or fragment: an advocate's link settings stay off paper. */
    private String address() {
        Location location = window.getLocation();
        String host = location.getHost();
        return (host.isEmpty() ? location.getProtocol() : host) + location.getPathName();
    }

    private void copy() {
        if (visit.over() || plan == null) {
            return;
        }
        HTMLElement text = copyText();
        dom.setText(text, PlanText.brief(plan, messages, helplines));
        dom.byId("copy-box").removeAttribute("hidden");
        text.focus();
        boolean copied;
        try {
            ((JsSelecting) (JSObject) window).getSelection().selectAllChildren(text);
            copied = ((JsEditing) (JSObject) dom.document()).execCommand("copy");
        } catch (Throwable e) {
            copied = false;
        }
        dom.setText(dom.byId("copy-status"), messages.get(copied ? "keep.copy.done" : "keep.copy.manual"));
    }

    private void toggleFileForm() {
        HTMLElement form = dom.byId("keep-file-form");
        HTMLElement start = dom.byId("keep-file-start");
        boolean open = form.isHidden();
        if (open) {
            form.removeAttribute("hidden");
        } else {
            form.setAttribute("hidden", "");
        }
        start.setAttribute("aria-expanded", open ? "true" : "false");
        if (open) {
            dom.byId("keep-pass").focus();
        }
    }

    private void save() {
        if (visit.over() || busy || plan == null) {
            return;
        }
        HTMLInputElement pass = input("keep-pass");
        HTMLInputElement again = input("keep-pass2");
        HTMLElement status = dom.byId("file-status");
        Passphrase.Sentence problem = maker.passphrases().problem(pass.getValue(), again.getValue());
        if (problem != null) {
            dom.setText(status, messages.get(problem.key(), problem.args()));
            pass.focus();
            return;
        }
        String passphrase = pass.getValue();
        pass.setValue("");
        again.setValue("");
        suggested = "";
        dom.setText(dom.byId("keep-pass-suggestion"), "");
        dom.setText(dom.byId("keep-pass-strength"), "");
        busy = true;
        HTMLElement button = dom.byId("keep-file-save");
        button.setAttribute("disabled", "");
        dom.setText(status, messages.get("keep.file.working"));
        maker.make(PlanText.full(plan, messages, helplines), passphrase, this);
    }

    /** How strong the passphrase typed so far is rated, under its field; nothing while it is empty. */
    private void strength() {
        Passphrase passphrases = maker.passphrases();
        Passphrase.Sentence rated = visit.over() || passphrases == null ? null
                : passphrases.strength(input("keep-pass").getValue());
        dom.setText(dom.byId("keep-pass-strength"), rated == null ? "" : messages.get(rated.key(), rated.args()));
    }

    /** A generated passphrase, shown and put in both fields, with its strength. */
    private void suggest() {
        if (visit.over() || busy) {
            return;
        }
        suggested = maker.passphrases().generate(maker.random());
        input("keep-pass").setValue(suggested);
        input("keep-pass2").setValue(suggested);
        dom.setText(dom.byId("file-status"), "");
        showSuggestion();
        strength();
    }

    /** The suggestion's sentence, in the page's language, while the suggested passphrase is what the field holds. */
    private void showSuggestion() {
        boolean current = !visit.over() && !suggested.isEmpty()
                && suggested.equals(input("keep-pass").getValue());
        dom.setText(dom.byId("keep-pass-suggestion"), current
                ? messages.get("keep.file.suggested", List.of(suggested)) : "");
    }

    @Override
    public void saved() {
        finish("keep.file.done");
    }

    @Override
    public void failed() {
        finish("keep.file.failed");
    }

    private void finish(String key) {
        busy = false;
        dom.byId("keep-file-save").removeAttribute("disabled");
        if (!visit.over()) {
            dom.setText(dom.byId("file-status"), messages.get(key));
        }
    }

    /** {@code window.getSelection()}: selects the copied text so that "copy" (or the person's Ctrl+C) takes it. */
    interface JsSelecting extends JSObject {
        JsSelection getSelection();
    }

    /** The one method of {@code Selection} the keeper needs. */
    interface JsSelection extends JSObject {
        void selectAllChildren(JSObject node);
    }

    /** {@code document.execCommand}, for "copy" only: no clipboard permission, no Trusted Types sink. */
    interface JsEditing extends JSObject {
        boolean execCommand(String command);
    }
}
