package org.quietroom.browser;

import org.quietroom.core.preset.ExitSite;
import org.quietroom.core.preset.ExitSites;
import org.quietroom.core.preset.PresetResult;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Points a page's quick exit at its target and says where it goes. Every page with a quick exit calls this with
 * {@link ExitSites#forLink} (the page for the person; the apps page), so they all leave for the same place:
 * {@code web/exit.js} reads the target from the {@code href} of {@code #exit} (and {@code #exit-skip} is a plain
 * link to it), and {@code #exit-goes-site}, where a page has it, shows the site's name ("Exit goes to: BBC
 * Weather"). Only addresses the exit rules accept reach here ({@code ExitRule}). A page opened without a link's
 * exit keeps the default it was built with ({@code ExitSites.defaultFor} its language, written into its markup),
 * even when it changes language in place: the exit does not move while the person reads.
 */
public final class ExitLinks {
    private ExitLinks() {
    }

    /** Where the exit of a page in {@code pageLanguage} goes for a decoded link ({@code null}: none). */
    public static ExitSite target(PresetResult link, String pageLanguage) {
        return ExitSites.forLink(link, pageLanguage);
    }

    /** Sets the exit links' target and the "Exit goes to" name on {@code document}. */
    public static void apply(HTMLDocument document, ExitSite target) {
        for (String id : new String[] {"exit", "exit-skip"}) {
            HTMLElement link = document.getElementById(id);
            if (link != null && !target.url().equals(link.getAttribute("href"))) {
                link.setAttribute("href", target.url());
            }
        }
        HTMLElement name = document.getElementById("exit-goes-site");
        if (name != null) {
            Dom.setText(document, name, target.name());
        }
    }
}
