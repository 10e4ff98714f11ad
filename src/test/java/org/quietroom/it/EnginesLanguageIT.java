package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.build.Catalog;
import org.quietroom.core.Text;
import org.quietroom.core.plan.Plan;
import org.quietroom.core.questions.Answers;
import org.quietroom.core.questions.Questionnaire;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;

/**
 * Changing language in place, on every engine and both tiers: the person has answered two questions, picks
 * Español in the switcher, and every word of the page is now the Spanish catalog's (the page's own text, its
 * attributes, the findings, the question on screen, the plan), while the answers, the question on screen and the
 * plan stay the same; no page loads (a value set in the window survives), nothing is requested, the watcher does
 * not take the page's own change for injected content, focus stays in the switcher, and axe finds nothing. Then
 * back to English.
 */
class EnginesLanguageIT {
    private static final String PAGE = "http://quietroom.test/";
    @RegisterExtension
    static final EngineRig RIG = new EngineRig();
    private static Map<String, String> english;
    private static Map<String, String> spanish;

    static List<String> engines() {
        return Engines.selected();
    }

    @BeforeAll
    static void start() throws IOException {
        for (Catalog c : Catalog.loadAll(Path.of("src/main/messages"))) {
            if (c.lang().equals("en")) {
                english = c.messages();
            } else if (c.lang().equals("es")) {
                spanish = c.messages();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void switchingLanguageKeepsEverythingAndChangesEveryWord(String engine) {
        for (String url : List.of(PAGE, PAGE + "?tier=js")) {
            String where = engine + " " + url;
            Page page = RIG.engines().page(engine).open(url);
            assertEquals("ready", page.state(), where);
            assertEquals(url.endsWith("?tier=js") ? "js" : "wasm", page.tier(), where);
            assertEquals("en", page.root("lang"), where);
            PlanDriver plan = new PlanDriver(page);
            plan.choose("person");
            plan.next();
            plan.choose("together");
            plan.next();
            String question = plan.question();
            assertEquals("device", question, where);
            List<List<String>> steps = plan.steps();
            Map<String, String> outcomes = page.outcomes();
            assertEquals("ok", outcomes.get("injected-content"), where + ": a plain visit reports nothing injected");
            assertTexts(page, english, where + ", before");
            page.engine().script("window.quietroomTestMarker = 'still this page'; return null;");
            RIG.server().clearRequests();

            plan.click("#languages a[data-lang='es']");

            assertEquals("es", page.root("lang"), where);
            assertEquals("open.es.html", page.engine().script(
                    "return document.getElementById('keep-open-link').getAttribute('href');"), where
                    + ": the link to the page that opens a locked file follows the language");
            assertEquals("ltr", page.root("dir"), where);
            assertEquals("still this page", page.engine().script("return window.quietroomTestMarker;"),
                    where + ": no other page loaded");
            assertEquals(url, page.engine().script("return location.href;"), where);
            assertTexts(page, spanish, where + ", in Spanish");
            assertEquals(question, plan.question(), where + ": the same question");
            assertEquals(steps, plan.steps(), where + ": the same plan");
            Answers given = Answers.NONE.with("purpose", List.of("person")).with("living", List.of("together"));
            Plan expected = plan.expected(given);
            assertEquals(PlanDriver.rows(expected), plan.steps(), where);
            assertEquals(spanish.get(expected.decision().headingKey()), page.text("#decision h3"), where);
            assertEquals(spanish.get(expected.reason().key()), page.text("#decision li"), where);
            assertEquals(spanish.get(Questionnaire.DEVICE.textKey()), page.text("#question-text"), where);
            assertEquals(spanish.get(Questionnaire.PRIVATE_NOW.textKey()), page.text("#now-heading"), where);
            assertEquals(Text.fill(spanish.get("ask.progress"), List.of("3", Integer.toString(Questionnaire.walk(given).size()))), plan.progress(), where);
            assertEquals(outcomes, page.outcomes(), where + ": the same findings");
            assertEquals("ok", page.outcomes().get("injected-content"),
                    where + ": the page's own change of language is not injected content");
            assertEquals("language-current", page.engine().script("return document.activeElement.id;"),
                    where + ": focus stays in the switcher, on the language now shown");
            assertEquals(List.of(), RIG.server().requests(), where + ": changing language asks the server for nothing");
            assertEquals(0, page.cspViolations(), where);
            assertEquals(List.of(), Axe.violations(page.engine()), where + ": axe, after changing language in place");

            // The answers are kept: back one question, the answer given is still ticked.
            plan.back();
            assertEquals("living", plan.question(), where);
            assertEquals(Boolean.TRUE, page.engine().script("return document.getElementById('q-living-together').checked;"),
                    where + ": the answer survives the change of language");
            plan.next();

            plan.click("#languages a[data-lang='en']");
            assertEquals("en", page.root("lang"), where);
            assertTexts(page, english, where + ", back in English");
            assertEquals(steps, plan.steps(), where);
            assertEquals(List.of(), RIG.server().requests(), where);
            assertEquals(0, page.cspViolations(), where);
        }
    }

    /**
     * Every catalog text of the page (elements marked data-m, with data-m-arg for a {0}; attributes listed in
     * data-ma), the title, the summary of the findings and each finding's heading are the catalog's.
     */
    @SuppressWarnings("unchecked")
    private static void assertTexts(Page page, Map<String, String> catalog, String where) {
        List<List<String>> marked = (List<List<String>>) page.engine().script(
                "return Array.prototype.map.call(document.querySelectorAll('[data-m]'), function (e) {"
                + " return [e.getAttribute('data-m'), e.getAttribute('data-m-arg') || '', e.textContent]; });");
        assertTrue(marked.size() > 60, where + ": the page marks its catalog text (" + marked.size() + ")");
        List<String> wrong = new ArrayList<>();
        for (List<String> m : marked) {
            String value = catalog.get(m.get(0));
            String want = m.get(1).isEmpty() ? value : Text.fill(value, List.of(m.get(1)));
            if (!want.equals(m.get(2))) {
                wrong.add(m.get(0) + " = " + m.get(2));
            }
        }
        List<List<String>> attributes = (List<List<String>>) page.engine().script(
                "var out = []; Array.prototype.forEach.call(document.querySelectorAll('[data-ma]'), function (e) {"
                + " e.getAttribute('data-ma').split(';').forEach(function (p) { var kv = p.split('=');"
                + " out.push([kv[1], e.getAttribute(kv[0])]); }); }); return out;");
        assertTrue(attributes.size() >= 7, where + ": the switcher's label and the exit's words");
        for (List<String> a : attributes) {
            if (!catalog.get(a.get(0)).equals(a.get(1))) {
                wrong.add(a.get(0) + " = " + a.get(1));
            }
        }
        assertEquals(List.of(), wrong, where);
        assertEquals(catalog.get("page.title"), page.engine().script("return document.title;"), where);
        String summaryKey = page.engine().script("return document.getElementById('summary').getAttribute('data-summary');")
                .toString();
        assertEquals(catalog.get(summaryKey), page.text("#summary"), where);
        assertNotEquals(english.get("intro.heading"), spanish.get("intro.heading"), "the catalogs differ");
        assertEquals(catalog.get("questions.intro"), page.text("#question-form .questions__intro"), where);
    }
}
