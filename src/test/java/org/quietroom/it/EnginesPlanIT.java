package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.it.PlanDriver.msg;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.Text;
import org.quietroom.core.plan.Plan;
import org.quietroom.core.plan.PlanText;
import org.quietroom.core.questions.Answers;
import org.quietroom.core.questions.Questionnaire;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;
import org.quietroom.it.engine.Wait;

/**
 * The questions and the plan on every engine (Chromium, Firefox ESR, WebKitGTK), answered with real clicks: the
 * plan the page shows is the one the core writes for the same answers and browser; skipping everything still
 * gives a plan; a counselling client never sees the questions about a person; the quick exit drops every answer
 * and the plan; the copied text is the plan's short text; and nothing is stored or requested on the way.
 */
class EnginesPlanIT {
    private static final String PAGE = "http://quietroom.test/";
    @RegisterExtension
    static final EngineRig RIG = new EngineRig();

    static List<String> engines() {
        return Engines.selected();
    }

    private static PlanDriver open(String engine, String url) {
        Page page = RIG.engines().page(engine).open(url);
        assertEquals("ready", page.state(), engine);
        // Each tier must run this itself: a fallback from WasmGC to JS would hide a failure of the WasmGC build.
        assertEquals(url.endsWith("?tier=js") ? "js" : "wasm", page.tier(), engine + " " + url);
        assertEquals("shown", page.root("data-plan"), engine + ": the plan shows before any answer");
        return new PlanDriver(page);
    }

    /** A person worried about someone they live with, on a shared device, unsure about much. */
    static final Map<String, List<String>> PERSON = Map.of(
            "purpose", List.of("person"),
            "living", List.of("together"),
            "private-now", List.of("yes"),
            "device", List.of("own", "shared"),
            "access", List.of("unsure"),
            "network", List.of("home"),
            "monitoring", List.of("unsure"),
            "accounts", List.of("email", "cloud"),
            "phone-plan", List.of("yes"),
            "location", List.of("yes"));

    private static String progress(int at, int of) {
        return Text.fill(msg("ask.progress"), List.of(Integer.toString(at), Integer.toString(of)));
    }

    private static Answers answers(Map<String, List<String>> choices) {
        Answers a = Answers.NONE;
        for (Map.Entry<String, List<String>> e : choices.entrySet()) {
            a = a.with(e.getKey(), e.getValue());
        }
        return a;
    }

    @ParameterizedTest
    @MethodSource("engines")
    void answeringEveryQuestionShowsThePlanTheCoreWrites(String engine) {
        for (String url : List.of(PAGE, PAGE + "?tier=js")) {
            PlanDriver page = open(engine, url);
            long marks = page.planMarks();
            assertEquals("purpose", page.question(), engine);
            assertEquals(progress(1, 11), page.progress(), engine);
            List<String> seen = page.answerAll(PERSON);
            // "signs" and the follow-up "concerns" (in the work question's place, for a person only) were left
            // unanswered: Continue without an answer is a skip.
            assertEquals(List.of("purpose", "living", "device", "access", "network", "monitoring",
                    "accounts", "phone-plan", "location", "signs", "concerns"), seen, engine + " " + url);
            assertTrue(page.planMarks() >= marks + 12, engine + ": performance.mark after each of 12 answers");
            assertEquals("plan-heading", page.script("return document.activeElement.id;"),
                    engine + ": after the last question, focus moves to the plan");

            Plan expected = page.expected(answers(PERSON));
            assertEquals(expected.decision().id(), page.decision(), engine + " " + url);
            assertEquals(expected.reasonIds(), page.reason(), engine + " " + url);
            assertEquals(PlanDriver.rows(expected), page.steps(), engine + " " + url + ": steps, groups, menus");
            assertTrue(expected.has(org.quietroom.core.plan.Advice.STOP_LOCATION_SHARING), "the persona reaches it");
            assertEquals(msg(expected.decision().headingKey()), page.text("#decision h3"), engine);
            assertEquals(msg(expected.reason().key()), page.text("#decision li"), engine);
            // A step that could be noticed says so, with its gentler way.
            assertEquals(msg("plan.may-alert"),
                    page.text("[data-step=\"stop-location-sharing\"] .step__may-alert"), engine);
            assertTrue(page.text("[data-step=\"stop-location-sharing\"] .step__safer")
                    .endsWith(msg("step.stop-location-sharing.safer")), engine);
            assertNull(page.script("return document.querySelector('[data-step=\"quick-exit\"] .step__may-alert');"),
                    engine + ": steps that cannot alert anyone carry no warning");
            assertEquals(0, page.page().cspViolations(), engine);
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void skippingEveryQuestionStillGivesAPlan(String engine) {
        PlanDriver page = open(engine, PAGE);
        int questions = 0;
        while (!page.done() && questions < 20) {
            // Half with Skip, half with Continue and no answer: both are a skip.
            if (questions % 2 == 0) {
                page.skip();
            } else {
                page.next();
            }
            questions++;
        }
        // Every question but the follow-up that takes the work question's place.
        assertEquals(Questionnaire.walk(Answers.NONE).size(), questions, engine + ": every question is on the walk "
                + "when none is answered, and each can be skipped");
        // Less the follow-up, and less the first screen's question, asked above the walk.
        assertEquals(Questionnaire.all().size() - 2, questions, engine);
        assertEquals(0, page.checkedInputs(), engine);
        Plan expected = page.expected(Answers.NONE);
        assertEquals(expected.reasonIds(), page.reason(), engine);
        assertEquals(PlanDriver.rows(expected), page.steps(), engine);
        assertFalse(page.steps().isEmpty(), engine);
        for (List<String> row : page.steps()) {
            assertTrue(List.of("now", "before", "later").contains(row.get(1)), engine + " " + row);
        }
        // Back from the end returns to the last question.
        page.back();
        assertEquals("signs", page.question(), engine);
        assertEquals("question-text", page.script("return document.activeElement.id;"),
                engine + ": focus moves to the question's heading");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aCounsellingClientNeverSeesQuestionsAboutAPerson(String engine) {
        PlanDriver page = open(engine, PAGE);
        page.choose("counselling");
        assertEquals(progress(1, 7), page.progress(), engine + ": the path shrinks at once");
        List<String> seen = page.answerAll(Map.of(
                "purpose", List.of("counselling"),
                "device", List.of("own"),
                "network", List.of("work")));
        assertEquals(List.of("purpose", "device", "access", "network", "monitoring", "accounts"),
                seen, engine + ": no living situation, phone plan, location or signs; no work question after a "
                        + "work network");
        Plan expected = page.expected(Answers.NONE.with("purpose", "counselling").with("device", "own")
                .with("network", "work"));
        assertEquals(expected.reasonIds(), page.reason(), engine);
        assertEquals(PlanDriver.rows(expected), page.steps(), engine);

        // Changing the first answer back to a person brings the living situation back, right after it.
        for (int i = 0; i < seen.size(); i++) {
            page.back();
        }
        assertEquals("purpose", page.question(), engine);
        page.choose("person");
        page.next();
        assertEquals("living", page.question(), engine);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theQuickExitDropsEveryAnswerAndThePlan(String engine) {
        PlanDriver page = open(engine, PAGE);
        page.choose("person");
        page.next();
        page.choose("together");
        page.click("#keep-copy");
        assertTrue(page.checkedInputs() > 0, engine);
        assertFalse(((String) page.script("return document.getElementById('plan-text').textContent;")).isEmpty(), engine);

        page.script("document.dispatchEvent(new CustomEvent('quietroom-exit')); return null;");

        assertEquals(0L, page.checkedInputs(), engine);
        assertEquals(0L, ((Number) page.script("return document.getElementById('question-area').childNodes.length;"))
                .longValue(), engine + ": the questions are gone");
        assertEquals(0L, ((Number) page.script("return document.querySelectorAll('[data-question], [data-step]')"
                + ".length;")).longValue(), engine);
        assertEquals(0L, ((Number) page.script("return document.getElementById('plan-body').childNodes.length;"))
                .longValue(), engine + ": the plan is gone");
        assertEquals(Boolean.TRUE, page.script("return document.getElementById('plan').hidden"
                + " && document.getElementById('keep').hidden;"), engine);
        assertEquals("", page.script("return document.getElementById('plan-text').textContent"
                + " + document.getElementById('keep-pass').value + document.getElementById('keep-pass2').value"
                + " + document.getElementById('keep-pass-suggestion').textContent"
                + " + document.getElementById('plan-site').textContent;"),
                engine);
        assertNull(page.page().root("data-plan"), engine);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void copyPutsTheShortPlainTextOnThePageOutsideAnyFormControl(String engine) {
        PlanDriver page = open(engine, PAGE);
        page.choose("person");
        page.next();
        page.choose("leaving");
        page.click("#keep-copy");
        Plan expected = page.expected(Answers.NONE.with("purpose", "person").with("living", "leaving"));
        String text = (String) page.script("return document.getElementById('plan-text').textContent;");
        assertEquals(PlanText.brief(expected, EnglishCatalog.messages()::get, page.shownHelplines()), text, engine);
        // Not a form control: session restore keeps a form control's value, not a <pre>'s text.
        assertEquals(Boolean.TRUE, page.script("var t = document.getElementById('plan-text');"
                + " return t.tagName === 'PRE' && !t.closest('form') && !document.getElementById('copy-box').hidden;"),
                engine);
        String status = page.text("#copy-status");
        assertTrue(status.equals(msg("keep.copy.done")) || status.equals(msg("keep.copy.manual")),
                engine + ": " + status);
        // A later answer changes the plan, and the text follows.
        page.click("#now-choices [data-now='no']");
        String after = (String) page.script("return document.getElementById('plan-text').textContent;");
        assertTrue(after.startsWith(msg("decision.come-back-later.heading")), engine + ": " + after);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void withoutASecureContextTheLockedFileIsReplacedByAnExplanation(String engine) {
        PlanDriver page = open(engine, PAGE);
        assertEquals(Boolean.FALSE, page.script("return window.isSecureContext;"), engine);
        assertEquals(Boolean.TRUE, page.script("return document.getElementById('keep-file-start').hidden"
                + " && !document.getElementById('keep-file-unavailable').hidden;"), engine);
        // 127.0.0.1 is a secure context: there the option is offered.
        PlanDriver local = open(engine, RIG.server().origin() + "/");
        assertEquals(Boolean.TRUE, local.script("return window.isSecureContext;"), engine);
        assertEquals(Boolean.TRUE, local.script("return !document.getElementById('keep-file-start').hidden"
                + " && document.getElementById('keep-file-unavailable').hidden;"), engine);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aWholeVisitStoresNothingRequestsNothingAndBreaksNoPolicy(String engine) throws InterruptedException {
        PlanDriver page = open(engine, PAGE);
        RIG.server().clearRequests();
        page.answerAll(PERSON);
        page.click("#keep-copy");
        page.click("#keep-site");
        page.back();
        page.skip();
        Wait.quietFor(Duration.ofMillis(500));
        assertEquals(List.of(), RIG.server().requests(), engine + ": requests while answering");
        @SuppressWarnings("unchecked")
        Map<String, Object> storage = (Map<String, Object>) page.engine().await(EnginesSilenceIT.STORAGE);
        assertEquals("", storage.get("cookie"), engine);
        for (String area : List.of("localStorage", "sessionStorage", "indexedDB", "caches", "serviceWorkers")) {
            assertEquals(0L, ((Number) storage.get(area)).longValue(), engine + " " + area);
        }
        assertEquals(0, page.page().cspViolations(), engine);
    }
}
