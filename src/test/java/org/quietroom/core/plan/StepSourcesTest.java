package org.quietroom.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Menu paths name their source: src/main/steps-sources.tsv (not compiled, not shipped) has a row per menu key of
 * each sourced step, naming the version checked, the vendor's page and the date it was read.
 */
class StepSourcesTest {
    private static final Path TABLE = Path.of("src/main/steps-sources.tsv");

    /** Steps whose every menu path must have a source row (the steps added with the table). */
    static final Set<Advice> SOURCED = Set.of(Advice.ACCOUNT_SECURITY, Advice.FAMILY_ACCOUNTS, Advice.LOCATION_APPS,
            Advice.TRACKERS, Advice.PHONE_SETTINGS, Advice.BACKUPS, Advice.NO_FACTORY_RESET, Advice.SESSION_TRACES,
            Advice.WALK_IN_PLAN, Advice.ASK_COUNSELLOR, Advice.CHILDREN_DEVICES, Advice.HELP_IMAGES,
            Advice.HELP_IMPERSONATION, Advice.HELP_HARASSMENT, Advice.HELP_MONEY, Advice.PHONE_ACCOUNT_LOCK,
            Advice.LINE_SPLIT, Advice.HOME_AND_CAR);

    static Map<String, String[]> rows() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        boolean header = true;
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header) {
                assertEquals("key", cells[0]);
                header = false;
                continue;
            }
            assertEquals(5, cells.length, line);
            assertTrue(rows.put(cells[0], cells) == null, "repeated row " + cells[0]);
        }
        return rows;
    }

    @Test
    void everyMenuPathOfASourcedStepHasARow() throws IOException {
        Map<String, String[]> rows = rows();
        List<String> missing = new ArrayList<>();
        for (Advice advice : SOURCED) {
            for (String variant : advice.menus()) {
                if (!rows.containsKey(advice.menuKey(variant))) {
                    missing.add(advice.menuKey(variant));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyRowNamesAKeyAPlanCanUseAVersionAVendorPageAndADate() throws IOException {
        List<String> keys = PlanWriter.possibleKeys();
        Map<String, String[]> rows = rows();
        assertTrue(rows.size() >= 8, "rows: " + rows.size());
        for (String[] row : rows.values()) {
            assertTrue(keys.contains(row[0]), "no such plan key: " + row[0]);
            assertTrue(!row[1].isBlank(), row[0] + ": version checked");
            assertTrue(row[2].startsWith("https://"), row[0] + ": source " + row[2]);
            assertTrue(row[3].matches("\\d{4}-\\d{2}-\\d{2}"), row[0] + ": date read " + row[3]);
        }
    }

    @Test
    void sourcesAreTheVendorsOwnPages() throws IOException {
        List<String> vendors = List.of("https://support.apple.com/", "https://support.google.com/",
                "https://blog.google/", "https://docs.fcc.gov/", "https://faq.whatsapp.com/");
        for (String[] row : rows().values()) {
            boolean vendor = false;
            for (String v : vendors) {
                vendor |= row[2].startsWith(v);
            }
            assertTrue(vendor, row[0] + ": " + row[2]);
        }
    }
}
