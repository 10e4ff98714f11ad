package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageTagTest {

    @Test
    void acceptsLanguageAndOptionalRegion() {
        for (String tag : new String[] {"en", "es", "fil", "pt-BR", "en-GB", "es-419", "zh-TW"}) {
            assertTrue(LanguageTag.isValid(tag), tag);
        }
    }

    @Test
    void refusesOtherShapesAndCases() {
        String[] refused = {"", "e", "engl", "EN", "En", "en-gb", "en_GB", "en-", "-GB", "en-G", "en-GBR", "es-41",
            "es-4190", "en-G1", "zh-Hant", "zh-Hant-TW", "en GB", "en-GB ", "\uff45\uff4e", "e\u0301n", "en-\u202eGB",
            "../en"};
        for (String tag : refused) {
            assertFalse(LanguageTag.isValid(tag), tag);
        }
        assertFalse(LanguageTag.isValid(null));
    }
}
