package org.quietroom.core.check;

import java.util.List;

/**
 * Passive markers of widely used, harmless tools that change pages to do their job. Used only to
 * name the likely cause first; the wording still says that anything able to change the page can read it.
 *
 * <p>Sources: Grammarly's body attributes as seen in hydration-mismatch reports (e.g.
 * openai/openai-realtime-agents#90); Dark Reader's {@code data-darkreader-mode}/{@code -scheme} on {@code <html>}
 * (darkreader/darkreader#4860) and its {@code <style class="darkreader">}; LastPass {@code data-lastpass-*} and
 * Dashlane {@code data-dashlane*} attributes; Chrome's built-in translation (Google Translate) adds
 * {@code translated-ltr}/{@code translated-rtl} to {@code <html>}, changes its {@code lang} and wraps text in
 * {@code <font>}.
 */
final class KnownHelpers {
    static final String GRAMMARLY = "Grammarly";
    static final String LASTPASS = "LastPass";
    static final String DASHLANE = "Dashlane";
    static final String DARK_READER = "Dark Reader";
    static final String GOOGLE_TRANSLATE = "Google Translate";

    private KnownHelpers() {
    }

    /** The tool an added element is a marker of, or null. */
    static String ofElement(String tag, boolean translated) {
        if (tag.startsWith("grammarly-")) {
            return GRAMMARLY;
        }
        if (translated && "font".equals(tag)) {
            return GOOGLE_TRANSLATE;
        }
        return null;
    }

    /** The tool an added attribute name or {@code .class} token is a marker of, or null. */
    static String ofAttribute(String name, boolean translated) {
        if (name.startsWith("data-gr-") || name.startsWith("data-new-gr-") || name.startsWith("data-gramm")) {
            return GRAMMARLY;
        }
        if (name.startsWith("data-lastpass-")) {
            return LASTPASS;
        }
        if (name.startsWith("data-dashlane")) {
            return DASHLANE;
        }
        if (name.startsWith("data-darkreader") || name.startsWith(".darkreader")) {
            return DARK_READER;
        }
        if (isTranslatedClass(name) || (translated && ("lang".equals(name) || "class".equals(name)))) {
            return GOOGLE_TRANSLATE;
        }
        return null;
    }

    /** Whether the tokens show the browser's own page translation at work. */
    static boolean translated(List<String> attributes) {
        for (String name : attributes) {
            if (isTranslatedClass(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTranslatedClass(String name) {
        return ".translated-ltr".equals(name) || ".translated-rtl".equals(name);
    }
}
