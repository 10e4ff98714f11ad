package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quietroom.core.apps.AppKind;
import org.quietroom.core.apps.AppMatch;
import org.quietroom.core.apps.AppTable;
import org.quietroom.core.apps.DerivedPatterns;

/** The real list, read from the copied source files, converted, and looked up entry by entry. */
class StalkerwareDataTest {
    private static final Path PROJECT = Path.of(".");

    private static Set<String> found(AppTable table, String typed) {
        Set<String> names = new HashSet<>();
        for (AppMatch m : table.lookup(typed)) {
            if (m.app() >= 0) {
                names.add(table.name(m.app()));
            }
        }
        return names;
    }

    @Test
    void readsBothFilesAsTheIssueCountsThem() throws Exception {
        List<StalkerwareData.App> apps = StalkerwareData.load(PROJECT);
        long stalkerware = apps.stream().filter(a -> a.type().equals("stalkerware")).count();
        long watchware = apps.stream().filter(a -> a.type().equals("watchware")).count();
        assertEquals(147, stalkerware);
        assertEquals(27, watchware);
        int packageRows = 0;
        for (StalkerwareData.App a : apps) {
            if (a.type().equals("stalkerware")) {
                packageRows += a.packages().size();
            }
        }
        assertEquals(616, packageRows);
        assertEquals("2026-06-21", StalkerwareData.date(PROJECT));
    }

    @Test
    void everyNameAliasPackageAndBundleIsFoundWithEveryAppThatListsIt() throws Exception {
        List<StalkerwareData.App> apps = StalkerwareData.load(PROJECT);
        AppTable table = AppTable.parse(StalkerwareData.compact(apps));
        assertEquals(apps.size(), table.size());
        // Who lists each exact string: a string listed by two apps must show both.
        Map<String, Set<String>> owners = new HashMap<>();
        for (StalkerwareData.App a : apps) {
            List<String> all = new ArrayList<>(a.names());
            all.add(a.name());
            all.addAll(a.packages());
            all.addAll(a.bundles());
            for (String s : all) {
                owners.computeIfAbsent(s, k -> new HashSet<>()).add(a.name());
            }
        }
        int shared = 0;
        for (Map.Entry<String, Set<String>> e : owners.entrySet()) {
            Set<String> got = found(table, e.getKey());
            assertTrue(got.containsAll(e.getValue()), e.getKey() + ": expected " + e.getValue() + ", got " + got);
            if (e.getValue().size() > 1) {
                shared++;
            }
        }
        assertTrue(shared > 0, "the list has strings listed under two apps; this test must see them");
    }

    @Test
    void everyDerivedPatternComesFromItsAppsEntriesAndMatchesThem() throws Exception {
        List<StalkerwareData.App> apps = StalkerwareData.load(PROJECT);
        AppTable table = AppTable.parse(StalkerwareData.compact(apps));
        for (int p = 0; p < DerivedPatterns.count(); p++) {
            String appName = DerivedPatterns.app(p);
            StalkerwareData.App owner = apps.stream().filter(a -> a.name().equals(appName)).findFirst().orElseThrow();
            for (String source : DerivedPatterns.sources(p)) {
                assertTrue(owner.packages().contains(source), appName + " lists " + source);
                assertTrue(DerivedPatterns.fits(p, source), source);
            }
            // A new build's name, not in the list, is found through the pattern.
            String first = DerivedPatterns.sources(p)[0];
            String unseen = first.substring(0, first.length() - 4) + "1999";
            assertTrue(found(table, unseen).contains(appName), unseen);
        }
    }

    @Test
    void watchwareIsWatchware() throws Exception {
        AppTable table = AppTable.parse(StalkerwareData.compact(StalkerwareData.load(PROJECT)));
        List<AppMatch> life = table.lookup("Life360");
        assertEquals(1, life.size());
        assertEquals(AppKind.WATCHWARE, life.get(0).kind());
        assertEquals(AppKind.STALKERWARE, table.lookup("com.android.core.monitor").get(0).kind());
    }

    @Test
    void theNamesListHasEveryName() throws Exception {
        List<StalkerwareData.App> apps = StalkerwareData.load(PROJECT);
        String html = StalkerwareData.namesHtml(apps);
        for (StalkerwareData.App a : apps) {
            assertTrue(html.contains(">" + PageTemplate.escape(a.name()) + "<"), a.name());
        }
    }
}
