package org.quietroom.core.helplines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quietroom.core.EnglishCatalog;

/** What the page says about the country it shows first, in both languages. */
class CountryGuessTextTest {
    private static final Map<String, String> EN = EnglishCatalog.messages("en");
    private static final Map<String, String> ES = EnglishCatalog.messages("es");

    @Test
    void theTimeZoneIsNamedByItsPlace() {
        CountryGuess.Guess g = CountryGuess.guess("", "America/Mexico_City", List.of("es-MX", "es"));
        assertEquals("Showing Mexico first, because this device's clock is set to Mexico City's time. If you are"
                + " somewhere else, pick your country.", CountryGuessText.sentence(g, EN::get));
        assertEquals("Primero se muestra México porque el reloj de este dispositivo está en la hora de Mexico City."
                + " Si estás en otro lugar, elige tu país.", CountryGuessText.sentence(g, ES::get));
    }

    @Test
    void eachReasonHasItsOwnSentence() {
        assertEquals("Showing Chile first: the link you were given names it.",
                CountryGuessText.sentence(CountryGuess.guess("CL", "Europe/London", List.of("en-GB")), EN::get));
        assertEquals("Showing Mexico first, because this browser's language is set to es-MX. If you are somewhere"
                + " else, pick your country.",
                CountryGuessText.sentence(CountryGuess.guess("", "UTC", List.of("es-MX")), EN::get));
        String none = CountryGuessText.sentence(CountryGuess.guess("", "UTC", List.of("es")), EN::get);
        assertEquals(EN.get("helpline-list.guess.none"), none);
        assertFalse(none.contains("{"), none);
        for (CountryGuess.Reason r : CountryGuess.Reason.values()) {
            String key = CountryGuessText.key(new CountryGuess.Guess("", r, ""));
            assertTrue(EN.containsKey(key) && ES.containsKey(key), key);
        }
    }

    @Test
    void aPickIsTheNewsNotTheGuess() {
        assertEquals("Showing Peru: you chose it.", CountryGuessText.chosen("PE", EN::get));
        assertEquals("Se muestran todos los países para los que tenemos una línea de ayuda.", CountryGuessText.chosen("", ES::get));
    }

    @Test
    void everyKeyIsInBothCatalogs() {
        for (String key : CountryGuessText.possibleKeys()) {
            assertTrue(EN.containsKey(key), key);
            assertTrue(ES.containsKey(key), key);
        }
        assertEquals(Helplines.COUNTRIES.size() + CountryGuess.Reason.values().length + 2,
                CountryGuessText.possibleKeys().size());
    }
}
