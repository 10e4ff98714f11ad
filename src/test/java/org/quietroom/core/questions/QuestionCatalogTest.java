package org.quietroom.core.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.Wording;

/** The English wording of the questions: every key exists, and the words follow the field's rules. */
class QuestionCatalogTest {

    @Test
    void everyKeyAQuestionCanUseExistsAndIsNotEmpty() {
        Map<String, String> catalog = EnglishCatalog.messages();
        List<String> missing = new ArrayList<>();
        for (String key : Questionnaire.possibleKeys()) {
            String text = catalog.get(key);
            if (text == null || text.isBlank()) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyQuestionKeyInTheCatalogBelongsToAQuestion() {
        Set<String> declared = new TreeSet<>(Questionnaire.possibleKeys());
        List<String> orphans = new ArrayList<>();
        for (String key : EnglishCatalog.messages().keySet()) {
            if ((key.startsWith("q.") || key.startsWith("questions.")) && !declared.contains(key)) {
                orphans.add(key);
            }
        }
        assertEquals(List.of(), orphans, "catalog keys no question uses (a typo, or a removed option?)");
    }

    @Test
    void followsTheWordingRules() {
        for (String key : Questionnaire.possibleKeys()) {
            Wording.assertKind(key, EnglishCatalog.messages().get(key));
        }
    }

    @Test
    void asksEachQuestionAsOneQuestionWithOneLineOfWhy() {
        Map<String, String> catalog = EnglishCatalog.messages();
        for (Question q : Questionnaire.all()) {
            String text = catalog.get(q.textKey());
            assertTrue(text.endsWith("?"), q.textKey() + " is not a question");
            assertEquals(text.length() - 1, text.indexOf('?'), q.textKey() + " asks more than one thing");
            String why = catalog.get(q.whyKey());
            assertTrue(why.length() <= 140, q.whyKey() + " is longer than one line");
        }
    }
}
