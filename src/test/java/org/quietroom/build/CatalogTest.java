package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every shipped language has every key, none empty, with the same {n} slots as English. */
class CatalogTest {
    static final Path MESSAGES = Path.of("src", "main", "messages");

    @Test
    void everyShippedLanguageIsComplete() throws IOException {
        List<Catalog> catalogs = Catalog.loadAll(MESSAGES);
        Map<String, String> english = catalogs.get(0).own();
        assertTrue(catalogs.size() >= 2, "English and Spanish at least");
        for (Catalog c : catalogs) {
            if (c.partial()) {
                continue;
            }
            List<String> missing = new ArrayList<>(new TreeSet<>(english.keySet()));
            missing.removeAll(c.own().keySet());
            assertEquals(List.of(), missing, c.lang() + " lacks keys");
            List<String> extra = new ArrayList<>(new TreeSet<>(c.own().keySet()));
            extra.removeAll(english.keySet());
            assertEquals(List.of(), extra, c.lang() + " has keys English does not");
            c.own().forEach((key, value) -> assertFalse(value.isBlank(), c.lang() + ": empty " + key));
        }
    }

    @Test
    void translationsKeepEverySlot() throws IOException {
        List<Catalog> catalogs = Catalog.loadAll(MESSAGES);
        Map<String, String> english = catalogs.get(0).own();
        for (Catalog c : catalogs) {
            c.own().forEach((key, value) -> {
                for (int slot = 0; slot < 10; slot++) {
                    String s = "{" + slot + "}";
                    assertEquals(english.getOrDefault(key, "").contains(s), value.contains(s),
                            c.lang() + ": " + key + " and English disagree on " + s);
                }
            });
        }
    }

    @Test
    void eachLanguageNamesItselfAndItsDirection() throws IOException {
        for (Catalog c : Catalog.loadAll(MESSAGES)) {
            assertFalse(c.own().getOrDefault("page.lang-name", "").isBlank(), c.lang());
            assertTrue(List.of("ltr", "rtl").contains(c.dir()), c.lang());
        }
    }
}
