package org.quietroom.browser;

import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetResult;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What an advocate's link changes on the person's page: its words (organisation, contacts, message, or why the link
 * was refused, in {@code #preset-status}), its exit target ({@link ExitLinks}), its title and the links to the app
 * lookup ({@link AppsLink}); again in each new language. {@code <html data-preset>} says which: applied, error or
 * none. A refused link leaves the default page as it is.
 */
final class LinkView {
    private LinkView() {
    }

    /** Applies the link; if anything here fails, the page keeps its defaults and the checks still run. */
    static void start(HTMLDocument document, Messages messages, PresetResult link, LanguageSwitch languages) {
        HTMLElement root = document.getDocumentElement();
        try {
            apply(document, root, messages, link);
            if (link.isOk() && !link.preset().exit().isEmpty()) {
                // The link's exit; without one, the page keeps the default it was built with.
                ExitLinks.apply(document, ExitLinks.target(link, languages.current()));
            }
            if (link.isOk() && !link.preset().title().isEmpty()) {
                languages.keepTitle();
            }
            AppsLink.update(document);
            languages.onChange(() -> {
                words(document, messages, link);
                AppsLink.update(document);
            });
        } catch (Throwable e) {
            // Not expected (every part of a preset was checked).
            root.setAttribute("data-preset", "error");
        }
    }

    private static void apply(HTMLDocument document, HTMLElement root, Messages messages, PresetResult result) {
        words(document, messages, result);
        if (!result.isOk()) {
            root.setAttribute("data-preset", result.messageKey().isEmpty() ? "none" : "error");
            return;
        }
        Preset preset = result.preset();
        if (!preset.title().isEmpty()) {
            document.setTitle(preset.title());
        }
        if (!preset.language().isEmpty()) {
            root.setAttribute("data-preset-lang", preset.language());
        }
        root.setAttribute("data-preset", "applied");
    }

    /** The words a link puts on the page (or why it was refused, or that its exit was), in the page's language now. */
    private static void words(HTMLDocument document, Messages messages, PresetResult result) {
        String key = result.messageKey();
        if (!key.isEmpty()) {
            Dom.setText(document, document.getElementById("preset-status"), messages.get(key));
        }
        if (result.isOk()) {
            new PresetView(document, messages, "").show(result.preset());
        }
    }
}
