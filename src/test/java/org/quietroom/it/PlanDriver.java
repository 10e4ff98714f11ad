package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;
import org.quietroom.core.Assessment;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.plan.Plan;
import org.quietroom.core.plan.PlanWriter;
import org.quietroom.core.plan.Step;
import org.quietroom.core.platform.Platform;
import org.quietroom.core.questions.Answers;
import org.quietroom.core.questions.Questionnaire;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.Page;

/**
 * Answers the page's questions and reads its plan, through any engine, the way a person would: real clicks on the
 * options and on Continue, Back and Skip. Also writes the plan the page should show with the core on the JVM, from
 * the same browser facts, so a test can compare the page with the plan writer step by step.
 */
final class PlanDriver {
    private static final Json JSON = new Json();

    private final Page page;
    private final Engine engine;

    PlanDriver(Page page) {
        this.page = page;
        this.engine = page.engine();
    }

    Engine engine() {
        return engine;
    }

    Page page() {
        return page;
    }

    Object script(String body) {
        return engine.script(body);
    }

    static String q(String s) {
        return JSON.toJson(s);
    }

    /** The question on screen, or null when there is none (after the last one, or no questions at all). */
    String question() {
        return (String) script("var f = document.querySelector('#question-form fieldset[data-question]');"
                + " return f ? f.getAttribute('data-question') : null;");
    }

    String progress() {
        return (String) script("var p = document.getElementById('question-progress');"
                + " return p ? p.textContent : null;");
    }

    /**
     * A real click, with the element scrolled to the middle of the window first: the page's exit bar is sticky, and
     * a driver that clicks an element where it already stands could hit the bar (as a person would not).
     */
    void click(String selector) {
        script("document.querySelector(" + q(selector) + ").scrollIntoView({block: 'center'}); return null;");
        engine.click(selector);
    }

    /** Ticks an option of the question on screen with a real click on it. */
    void choose(String option) {
        String id = "q-" + question() + "-" + option;
        assertNotNull(script("return document.getElementById(" + q(id) + ");"), engine.name() + ": no option " + id);
        click("#" + id);
    }

    void next() {
        click("#question-form [data-action='next']");
    }

    void skip() {
        click("#question-form [data-action='skip']");
    }

    void back() {
        click("#question-area [data-action='back']");
    }

    boolean done() {
        return Boolean.TRUE.equals(script("return document.getElementById('questions-done') !== null;"));
    }

    /**
     * Goes through every question the path shows, choosing what {@code choices} says for each (skipping the rest
     * with Continue), and returns the ids of the questions seen, in order.
     */
    List<String> answerAll(Map<String, List<String>> choices) {
        // The first screen's question is asked above the walk, as buttons (#now-choices).
        for (String option : choices.getOrDefault(Questionnaire.FIRST_SCREEN.id(), List.of())) {
            click("#now-choices [data-now=" + q(option) + "]");
        }
        List<String> seen = new ArrayList<>();
        for (int guard = 0; guard < 20 && !done(); guard++) {
            String id = question();
            assertNotNull(id, engine.name() + ": a question or the end, after " + seen);
            seen.add(id);
            for (String option : choices.getOrDefault(id, List.of())) {
                choose(option);
            }
            next();
        }
        assertEquals(Boolean.TRUE, done(), engine.name() + ": the questions end");
        return seen;
    }

    /** The built-in helplines of the country the page shows (none when it shows every country). */
    List<org.quietroom.core.helplines.Helpline> shownHelplines() {
        String country = (String) script("var s = document.getElementById('helplines-country');"
                + " return s ? s.value : '';");
        return country == null || country.isEmpty() ? List.of()
                : org.quietroom.core.helplines.Helplines.forCountry(country);
    }

    /** Every option the person has ticked so far, as the page's inputs show it. */
    long checkedInputs() {
        return ((Number) script("return document.querySelectorAll('input:checked').length;")).longValue();
    }

    /** [step id, data-group, parent group section's data-group, menu key or ""], in page order. */
    @SuppressWarnings("unchecked")
    List<List<String>> steps() {
        return (List<List<String>>) script("return Array.prototype.map.call(document.querySelectorAll("
                + "'#plan [data-step]'), function (li) { var m = li.querySelector('[data-menu]');"
                + " var s = li.closest('[data-group]:not(li)');"
                + " return [li.getAttribute('data-step'), li.getAttribute('data-group'),"
                + " s ? s.getAttribute('data-group') : '', m ? m.getAttribute('data-menu') : '']; });");
    }

    /** The same rows for a plan written on the JVM. */
    static List<List<String>> rows(Plan plan) {
        List<List<String>> out = new ArrayList<>();
        for (Step s : plan.steps()) {
            out.add(List.of(s.id(), s.group().id(), s.group().id(), s.menuKey()));
        }
        return out;
    }

    String decision() {
        return (String) script("return document.getElementById('plan').getAttribute('data-decision');");
    }

    /** The decision's reason ids, space-separated, furthest first. */
    String reason() {
        return (String) script("return document.getElementById('plan').getAttribute('data-reason');");
    }

    /** [step id, data-for-check] of every plan step a finding asked for, in page order. */
    @SuppressWarnings("unchecked")
    List<List<String>> remedies() {
        return (List<List<String>>) script("return Array.prototype.map.call(document.querySelectorAll("
                + "'#plan [data-step][data-for-check]'), function (li) { return [li.getAttribute('data-step'),"
                + " li.getAttribute('data-for-check')]; });");
    }

    String text(String selector) {
        return page.text(selector);
    }

    long planMarks() {
        return ((Number) script("return performance.getEntriesByName('quietroom-plan').length;")).longValue();
    }

    /** The browser's User-Agent and multi-touch, as the page reads them. */
    Platform platform() {
        String ua = (String) script("return navigator.userAgent;");
        boolean touch = Boolean.TRUE.equals(script("return navigator.maxTouchPoints > 1;"));
        return Platform.parse(ua, touch);
    }

    /**
     * The assessment the page showed: each check's outcome and the summary, read from the page. The plan is a
     * function of these (PlanWriter reads each finding's check and outcome, and the summary); the checks themselves
     * are proven by their own tests, so here the page's own findings are the input and the plan is what is tested.
     */
    Assessment assessment() {
        java.util.List<org.quietroom.core.Finding> findings = new java.util.ArrayList<>();
        @SuppressWarnings("unchecked")
        List<List<String>> shown = (List<List<String>>) script("return Array.prototype.map.call("
                + "document.querySelectorAll('#findings li[data-check]'), function (li) { return ["
                + "li.getAttribute('data-check'), li.getAttribute('data-outcome'), li.getAttribute('data-reason')];"
                + " });");
        for (List<String> row : shown) {
            findings.add(new org.quietroom.core.Finding(row.get(0), new ShownReason(outcomeOf(row.get(1)),
                    row.get(2)), java.util.List.of()));
        }
        String key = (String) script("var s = document.getElementById('summary');"
                + " return s ? s.getAttribute('data-summary') : '';");
        for (Assessment.Summary summary : Assessment.Summary.values()) {
            if (summary.key().equals(key)) {
                return new Assessment(findings, summary);
            }
        }
        throw new AssertionError(engine.name() + ": the page shows no known summary: " + key);
    }

    private static org.quietroom.core.Outcome outcomeOf(String id) {
        for (org.quietroom.core.Outcome o : org.quietroom.core.Outcome.values()) {
            if (o.id().equals(id)) {
                return o;
            }
        }
        throw new AssertionError("unknown outcome " + id);
    }

    /** A finding's reason as the page showed it: its outcome and result key are what the plan reads. */
    private record ShownReason(org.quietroom.core.Outcome outcome, String key) implements org.quietroom.core.Reason {
    }

    /** The plan the page should show for these answers. */
    Plan expected(Answers answers) {
        return PlanWriter.write(assessment(), answers, platform());
    }

    static String msg(String key) {
        String value = EnglishCatalog.messages().get(key);
        assertNotNull(value, key);
        return value;
    }
}
