package org.quietroom.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.i18n.LanguageStart.Move;
import org.quietroom.core.i18n.Pages.Item;
import org.quietroom.core.i18n.Pages.Marked;

class PagesTest {
    private static final List<String> SHIPPED = List.of("en", "es", "ar");

    @Test
    void englishIsThePageItselfEveryOtherLanguageItsOwnFile() {
        assertEquals("index.html", Pages.file("index", "en"));
        assertEquals("index.es.html", Pages.file("index", "es"));
        assertEquals("open.ar.html", Pages.file("open", "ar"));
    }

    @Test
    void theSwitcherShowsTheCurrentLanguageAsTextAndLinksTheOthers() {
        assertEquals(List.of(new Item("en", false, "apps.html"), new Item("es", true, ""),
                new Item("ar", false, "apps.ar.html")), Pages.switcher("apps", SHIPPED, "es"));
    }

    @Test
    void markedAttributesReadBackAsWritten() {
        List<Marked> marked = List.of(new Marked("aria-label", "languages.label"), new Marked("title", "page.x"));
        String value = Pages.markAttributes(marked);
        assertEquals("aria-label=languages.label;title=page.x", value);
        assertEquals(marked, Pages.markedAttributes(value));
    }

    @Test
    void aMarkThatCouldNotBeReadBackIsRefusedAtBuildTime() {
        assertThrows(IllegalArgumentException.class, () -> Pages.markAttributes(List.of(new Marked("a=b", "k"))));
        assertThrows(IllegalArgumentException.class, () -> Pages.markAttributes(List.of(new Marked("a", "k;x"))));
        assertThrows(IllegalArgumentException.class, () -> Pages.markAttributes(List.of(new Marked("", "k"))));
    }

    @Test
    void aChangedValueFillsOnlyWhatCanStillBeRead() {
        assertEquals(List.of(new Marked("title", "k")), Pages.markedAttributes("=x;title=k;;novalue=;junk"));
        assertTrue(Pages.markedAttributes(null).isEmpty());
        assertTrue(Pages.markedAttributes("").isEmpty());
    }

    @Test
    void theLinksLanguageChangesThePageInPlaceWhenItsCatalogLoaded() {
        assertEquals(new LanguageStart(Move.SWITCH, "es"),
                LanguageStart.decide("es", "en", List.of("en"), SHIPPED, List.of("en", "es"), false));
    }

    @Test
    void aCatalogStillLoadingIsWaitedFor() {
        assertEquals(new LanguageStart(Move.WAIT, "es"),
                LanguageStart.decide("es", "en", List.of(), SHIPPED, List.of("en"), false));
    }

    @Test
    void onlyTheLinksLanguageOpensAnotherPageWhenItsCatalogDidNotLoad() {
        assertEquals(new LanguageStart(Move.OPEN_PAGE, "es"),
                LanguageStart.decide("es", "en", List.of(), SHIPPED, List.of("en"), true));
        assertEquals(new LanguageStart(Move.OPEN_PAGE, "es"),
                LanguageStart.decide("ES-mx", "en", List.of(), SHIPPED, List.of("en"), true));
        // The browser's language never takes the person to another page.
        assertEquals(new LanguageStart(Move.STAY, "en"),
                LanguageStart.decide("", "en", List.of("es-MX"), SHIPPED, List.of("en"), true));
    }

    @Test
    void aPageInAnotherLanguageCountsAsChosenAndTheBrowserDoesNotOverrideIt() {
        assertEquals(new LanguageStart(Move.STAY, "es"),
                LanguageStart.decide("", "es", List.of("en-GB"), SHIPPED, List.of("en", "es"), true));
        assertEquals(new LanguageStart(Move.SWITCH, "ar"),
                LanguageStart.decide("ar", "es", List.of(), SHIPPED, SHIPPED, false));
    }

    @Test
    void englishFollowsTheBrowserInPlace() {
        assertEquals(new LanguageStart(Move.SWITCH, "es"),
                LanguageStart.decide("", "en", List.of("es-419", "en"), SHIPPED, SHIPPED, false));
        assertEquals(new LanguageStart(Move.STAY, "en"),
                LanguageStart.decide("fr", "en", List.of("de"), SHIPPED, SHIPPED, true));
    }
}
