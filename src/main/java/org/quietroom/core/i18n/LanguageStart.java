package org.quietroom.core.i18n;

import java.util.List;

/**
 * What the page does about its language when it starts: stay, change in place to a catalog that loaded with it,
 * wait for the catalogs still loading, or open the link's language's own page. Only the advocate link's language may
 * open another page (the person did not ask to leave this one); the browser's languages change the page only in
 * place.
 *
 * @param move what to do
 * @param lang the language to change to or open; the page's own for {@link Move#STAY}
 */
public record LanguageStart(Move move, String lang) {
    /** The page's choices. */
    public enum Move {
        /** Keep the page's language. */
        STAY,
        /** Change in place to {@link #lang()}, whose catalog has loaded. */
        SWITCH,
        /** The catalog of {@link #lang()} is still loading: decide again when the page has loaded. */
        WAIT,
        /** Open the page of {@link #lang()} with the same link, in place of this one (its catalog did not load). */
        OPEN_PAGE
    }

    /**
     * @param link      the advocate link's language, or ""
     * @param page      the page's language (its {@code lang}); a page other than English counts as chosen
     * @param browser   navigator.languages, most preferred first
     * @param shipped   the shipped languages
     * @param loaded    the languages whose catalog has loaded
     * @param allLoaded every script of the page has run: a catalog not loaded now will not load
     */
    public static LanguageStart decide(String link, String page, List<String> browser, List<String> shipped,
            List<String> loaded, boolean allLoaded) {
        String picked = LanguageChoice.FALLBACK.equals(page) ? "" : page;
        String wanted = LanguageChoice.choose(link, picked, browser, shipped);
        if (wanted.equals(page)) {
            return new LanguageStart(Move.STAY, page);
        }
        if (loaded.contains(wanted)) {
            return new LanguageStart(Move.SWITCH, wanted);
        }
        if (!allLoaded) {
            return new LanguageStart(Move.WAIT, wanted);
        }
        boolean linkLanguage = !LanguageChoice.match(link, shipped).isEmpty();
        return linkLanguage ? new LanguageStart(Move.OPEN_PAGE, wanted) : new LanguageStart(Move.STAY, page);
    }
}
