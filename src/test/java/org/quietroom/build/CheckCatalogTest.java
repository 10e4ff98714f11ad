package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quietroom.core.Check;
import org.quietroom.core.Reason;
import org.quietroom.core.check.Checks;

/** Every result of every check has its words in the English catalog, and the catalog has no leftover keys. */
class CheckCatalogTest {
    private static Map<String, String> english() throws IOException {
        return Catalog.read(Path.of("src/main/messages/en.properties"));
    }

    @Test
    void everyCheckHasATitleLimitsAndASentencePerResult() throws IOException {
        Map<String, String> en = english();
        for (Check check : Checks.ALL) {
            String prefix = "check." + check.id() + ".";
            assertTrue(en.containsKey(prefix + "title"), prefix + "title");
            assertTrue(en.containsKey(prefix + "limits"), prefix + "limits");
            for (Reason reason : check.reasons()) {
                assertTrue(en.containsKey(prefix + reason.key()), prefix + reason.key());
            }
        }
    }

    @Test
    void everyCheckKeyBelongsToAResultSoNoSentenceIsDead() throws IOException {
        Set<String> known = new HashSet<>();
        for (Check check : Checks.ALL) {
            String prefix = "check." + check.id() + ".";
            known.add(prefix + "title");
            known.add(prefix + "limits");
            for (Reason reason : check.reasons()) {
                known.add(prefix + reason.key());
                known.add(prefix + reason.key() + ".harmless");
            }
        }
        for (String key : english().keySet()) {
            if (key.startsWith("check.")) {
                assertTrue(known.contains(key), "no check result uses " + key);
            }
        }
    }

    @Test
    void noCheckSentenceCallsAnythingSafe() throws IOException {
        for (Map.Entry<String, String> e : english().entrySet()) {
            if (e.getKey().startsWith("check.")) {
                String text = " " + e.getValue().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
                assertFalse(text.contains(" safe ") || text.contains(" safely "), e.getKey() + ": " + e.getValue());
            }
        }
    }

    @Test
    void slotsAreSmallNumbers() throws IOException {
        for (Map.Entry<String, String> e : english().entrySet()) {
            String v = e.getValue();
            for (int i = v.indexOf('{'); i >= 0; i = v.indexOf('{', i + 1)) {
                assertTrue(i + 2 < v.length() && v.charAt(i + 2) == '}' && Character.isDigit(v.charAt(i + 1))
                        && v.charAt(i + 1) <= '2', e.getKey() + ": a slot must be {0}, {1} or {2}");
            }
        }
    }
}
