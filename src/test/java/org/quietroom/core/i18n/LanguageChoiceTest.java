package org.quietroom.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {
    private static final List<String> SHIPPED = List.of("en", "es");

    @Test
    void theAdvocatesPresetWinsOverEverything() {
        assertEquals("es", LanguageChoice.choose("es", "en", List.of("en-US"), SHIPPED));
    }

    @Test
    void thenWhatThePersonPicked() {
        assertEquals("en", LanguageChoice.choose("", "en", List.of("es-MX"), SHIPPED));
    }

    @Test
    void thenTheBrowsersLanguagesInOrderWithRegionsFolded() {
        assertEquals("es", LanguageChoice.choose("", "", List.of("fr-FR", "es-419", "en"), SHIPPED));
        assertEquals("en", LanguageChoice.choose("", "", List.of("en_GB", "es"), SHIPPED));
    }

    @Test
    void elseEnglish() {
        assertEquals("en", LanguageChoice.choose("", "", List.of("de", "fr"), SHIPPED));
        assertEquals("en", LanguageChoice.choose(null, null, List.of(), SHIPPED));
    }

    @Test
    void aPresetForALanguageWeDoNotShipFallsThrough() {
        assertEquals("es", LanguageChoice.choose("pt-BR", "", List.of("es"), SHIPPED));
    }
}
