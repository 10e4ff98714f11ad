package org.quietroom.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.Wording;

/** The English wording of plans: every key exists, and the words follow the field's rules. */
class PlanCatalogTest {

    @Test
    void everyKeyAPlanCanUseExistsAndIsNotEmpty() {
        Map<String, String> catalog = EnglishCatalog.messages();
        List<String> missing = new ArrayList<>();
        for (String key : PlanWriter.possibleKeys()) {
            String text = catalog.get(key);
            if (text == null || text.isBlank()) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyPlanKeyInTheCatalogBelongsToAPlan() {
        Set<String> declared = new TreeSet<>(PlanWriter.possibleKeys());
        List<String> orphans = new ArrayList<>();
        for (String key : EnglishCatalog.messages().keySet()) {
            boolean ours = key.startsWith("step.") || key.startsWith("decision.") || key.startsWith("plan.")
                    || key.startsWith("help.");
            if (ours && !declared.contains(key)) {
                orphans.add(key);
            }
        }
        assertEquals(List.of(), orphans, "catalog keys no plan can use (a typo in a variant, or a removed step?)");
    }

    @Test
    void followsTheWordingRules() {
        for (String key : PlanWriter.possibleKeys()) {
            Wording.assertKind(key, EnglishCatalog.messages().get(key));
        }
    }

    @Test
    void labelsStepsThatCouldAlertThePerson() {
        String label = EnglishCatalog.messages().get("plan.may-alert").toLowerCase(Locale.ROOT);
        assertTrue(label.contains("notice"), label);
    }

    @Test
    void everyGentlerWayIsDifferentFromTheStepItself() {
        Map<String, String> catalog = EnglishCatalog.messages();
        for (Advice advice : Advice.values()) {
            if (advice.mayAlert()) {
                assertTrue(!catalog.get(advice.saferKey()).equals(catalog.get(advice.textKey())), advice.id());
            }
        }
    }
}
