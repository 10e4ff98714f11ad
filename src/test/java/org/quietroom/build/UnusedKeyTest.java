package org.quietroom.build;

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
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quietroom.core.Assessment;
import org.quietroom.core.Check;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.check.Checks;
import org.quietroom.core.plan.Advice;
import org.quietroom.core.plan.PlanWriter;
import org.quietroom.core.platform.Platform;
import org.quietroom.core.preset.DefaultContact;
import org.quietroom.core.preset.DefaultContacts;
import org.quietroom.core.helplines.Helplines;
import org.quietroom.core.preset.PresetError;
import org.quietroom.core.preset.PresetField;
import org.quietroom.core.questions.Questionnaire;

/**
 * No catalog key is dead: every key of the reference catalog is used by some code, so translators never translate
 * words nobody sees, and a removed feature cannot leave its sentences behind.
 *
 * <p>A key is used when it is
 * <ul>
 *   <li>written {@code {{msg:key}}} in a page template ({@code web/**.html}),</li>
 *   <li>a whole string literal in the shipped Java ({@code src/main/java}) or the hand-written scripts
 *       ({@code web/**.js}); comments do not count, a literal is found by a lexer, not by a text search,</li>
 *   <li>or built at run time from a closed set the code itself declares: each check's reasons (with
 *       {@code .harmless}, title and limits), the outcomes, the summaries, the plan's and the questions'
 *       {@code possibleKeys()}, the advocate-link errors and fields, and the built-in contacts. Each family is
 *       taken from the same enum or list the code builds its keys from, and the prefix the page code joins on is
 *       checked to still be in that code, so the derivation cannot drift from what runs.</li>
 * </ul>
 * Nothing here is a hand-kept allow-list of keys.
 */
class UnusedKeyTest {
    private static final Path JAVA = Path.of("src", "main", "java");
    private static final Path WEB = Path.of("web");

    /** Every key the code can use, by where it comes from (for messages). */
    static Map<String, String> usedKeys() throws IOException {
        Map<String, String> used = new TreeMap<>();
        for (Path html : files(WEB, ".html")) {
            String text = Files.readString(html, StandardCharsets.UTF_8);
            for (int i = text.indexOf("{{msg:"); i >= 0; i = text.indexOf("{{msg:", i + 1)) {
                int end = text.indexOf("}}", i);
                used.putIfAbsent(text.substring(i + 6, end), html.toString());
            }
        }
        for (Path source : files(JAVA, ".java")) {
            for (SourceLiterals.Literal l : SourceLiterals.java(read(source)).literals) {
                used.putIfAbsent(l.value(), source + ":" + l.line());
            }
        }
        for (Path source : files(WEB, ".js")) {
            for (SourceLiterals.Literal l : SourceLiterals.js(read(source)).literals) {
                used.putIfAbsent(l.value(), source + ":" + l.line());
            }
        }
        dynamicKeys().forEach(used::putIfAbsent);
        return used;
    }

    /** The keys built at run time, each from the closed set the code builds it from. */
    static Map<String, String> dynamicKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Check check : Checks.ALL) {
            // The keys a finding names (Finding), the same methods the page's renderer calls: one derivation.
            for (Reason reason : check.reasons()) {
                org.quietroom.core.Finding f = org.quietroom.core.Finding.of(check.id(), reason);
                keys.put(f.titleKey(), "Finding.titleKey");
                keys.put(f.limitsKey(), "Finding.limitsKey");
                keys.put(f.messageKey(), "Finding.messageKey");
                keys.put(f.harmlessKey(), "Finding.harmlessKey (used when the catalog has it)");
            }
        }
        for (Outcome outcome : Outcome.values()) {
            keys.put(outcome.labelKey(), "Outcome.labelKey");
        }
        for (Assessment.Summary summary : Assessment.Summary.values()) {
            keys.put(summary.key(), "Assessment.Summary");
        }
        Set<String> menuKeys = new TreeSet<>();
        for (Advice advice : Advice.values()) {
            for (String variant : advice.menus()) {
                menuKeys.add(advice.menuKey(variant));
            }
        }
        for (String key : PlanWriter.possibleKeys()) {
            if (!menuKeys.contains(key)) {
                keys.put(key, "PlanWriter.possibleKeys");
            }
        }
        keys.putAll(reachableMenuKeys());
        for (String key : Questionnaire.possibleKeys()) {
            keys.put(key, "Questionnaire.possibleKeys");
        }
        for (PresetError error : PresetError.values()) {
            keys.put(error.key(), "PresetError");
        }
        for (PresetField field : PresetField.values()) {
            keys.put(field.key(), "PresetField");
        }
        for (DefaultContact contact : DefaultContacts.ALL) {
            keys.put(contact.labelKey(), "DefaultContacts");
            keys.put(contact.detailsKey(), "DefaultContacts");
        }
        // The per-country helplines: their keys come from the data table (ContactsHtml writes them into the page).
        for (String key : Helplines.possibleKeys()) {
            keys.put(key, "Helplines");
        }
        for (String key : org.quietroom.core.helplines.CountryGuessText.possibleKeys()) {
            keys.put(key, "CountryGuessText");
        }
        return keys;
    }

    /**
     * The menu-path keys a plan can really show: for every browser and system the platform parser can name, the
     * first of {@link Platform#variants()} that the step has (or none, when the step is absent there), as
     * PlanWriter picks them. A variant listed on a step that no platform ever reaches is dead wording.
     */
    static Map<String, String> reachableMenuKeys() {
        Map<String, String> keys = new TreeMap<>();
        for (Platform.Browser browser : Platform.Browser.values()) {
            for (Platform.Os os : Platform.Os.values()) {
                List<String> variants = new Platform(browser, -1, os, false).variants();
                for (Advice advice : Advice.values()) {
                    for (String variant : variants) {
                        if (advice.absentOn().contains(variant)) {
                            break;
                        }
                        if (advice.menus().contains(variant)) {
                            keys.put(advice.menuKey(variant), "menu for " + browser + " on " + os);
                            break;
                        }
                    }
                }
            }
        }
        return keys;
    }

    /** The keys of {@code catalog} that no code uses, sorted. */
    static List<String> unused(Set<String> catalog, Map<String, String> used) {
        List<String> out = new ArrayList<>();
        for (String key : new TreeSet<>(catalog)) {
            if (!used.containsKey(key)) {
                out.add(key);
            }
        }
        return out;
    }

    @Test
    void everyKeyOfEveryCatalogIsUsedByTheCode() throws IOException {
        Map<String, String> used = usedKeys();
        for (Catalog c : Catalog.loadAll(CatalogTest.MESSAGES)) {
            assertEquals(List.of(), unused(c.own().keySet(), used), c.lang() + ": keys no code uses");
        }
    }

    @Test
    void theDerivedFamiliesFollowThePrefixesThePageCodeJoins() throws IOException {
        // If the page stopped building these keys this way, the derivation above would be stale: fail instead.
        String renderer = read(JAVA.resolve("org/quietroom/core/view/FindingsView.java"));
        List<String> literals = new ArrayList<>();
        for (SourceLiterals.Literal l : SourceLiterals.java(renderer).literals) {
            literals.add(l.value());
        }
        // The view builds no key of these families itself: it asks Finding and Outcome.
        for (String piece : List.of("outcome.", ".harmless", "check.", ".title", ".limits")) {
            assertTrue(!literals.contains(piece), "FindingsView builds a key with " + piece + " itself");
        }
        assertTrue(renderer.contains("harmlessKey()") && renderer.contains("labelKey()"),
                "FindingsView takes the keys from Finding and Outcome");
        String finding = read(JAVA.resolve("org/quietroom/core/Finding.java"));
        for (String piece : List.of("check.", ".title", ".limits")) {
            assertTrue(finding.contains("\"" + piece + "\""), "Finding builds keys with " + piece);
        }
    }

    @Test
    void aKeyNoCodeUsesIsReported() throws IOException {
        Map<String, String> used = usedKeys();
        Set<String> catalog = new TreeSet<>(Catalog.loadAll(CatalogTest.MESSAGES).get(0).own().keySet());
        catalog.add("intro.never-shown");
        catalog.add("check.connection.no-such-result");
        catalog.add("step.no-such-advice.title");
        assertEquals(List.of("check.connection.no-such-result", "intro.never-shown", "step.no-such-advice.title"),
                unused(catalog, used));
    }

    @Test
    void commentsDoNotCountAsUse() {
        SourceLiterals java = SourceLiterals.java("// \"intro.heading\"\n/* \"intro.what\" */ String s = \"ask.next\";"
                + " char c = '\"'; String t = \"a\\\"b\";");
        List<String> values = new ArrayList<>();
        java.literals.forEach(l -> values.add(l.value()));
        assertEquals(List.of("ask.next", "a\\\"b"), values);
        SourceLiterals js = SourceLiterals.js("var r = /['\"]/g; // 'intro.what'\nvar k = 'ask.back' + \"x\" + `y`;"
                + " var d = a / b / c;");
        values.clear();
        js.literals.forEach(l -> values.add(l.value()));
        assertEquals(List.of("ask.back", "x", "y"), values);
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
