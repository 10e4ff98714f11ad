package org.quietroom.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.core.plan.PlanFixtures.CHROME_WINDOWS;
import static org.quietroom.core.plan.PlanFixtures.clean;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.Words;
import org.quietroom.core.questions.Answers;

class PlanTextTest {
    private static final Map<String, String> EN = EnglishCatalog.messages();
    private static final Words WORDS = EN::get;

    /** Words that name each key, so a golden text shows exactly which key went where. */
    private static final Words KEYS = key -> key.equals(PlanText.LABELLED_KEY) ? "{0}: {1}" : "<" + key + ">";

    private static Plan plan() {
        return PlanWriter.write(clean(), Answers.NONE.with("purpose", "person").with("private-now", "yes")
                .with("device", "own").with("access", "no").with("monitoring", "no").with("accounts", "none")
                .with("location", "yes").with("signs", "no").with("living", "left"), CHROME_WINDOWS);
    }

    @Test
    void theBriefTextIsTheDecisionTheStepsWithTheirMenusAndWarningsAndWhoCanHelp() {
        Plan plan = plan();
        assertEquals(List.of(
                "<decision.look-closer.heading>",
                "<decision.look-closer.left>",
                "<decision.look-closer.location-shared>",
                "",
                "<plan.group.now>",
                "- <step.quick-exit.title>",
                "- <step.compare-address.title>",
                "- <step.private-window.title>",
                "  <step.private-window.chrome>",
                "- <step.extensions.title>",
                "  <step.extensions.chrome>",
                "- <step.managed.title>",
                "  <step.managed.chrome>",
                "- <step.certificate.title>",
                "  <step.certificate.chrome>",
                "- <step.sync.title>",
                "  <step.sync.chrome>",
                "- <step.location-apps.title>",
                "",
                "<plan.group.before>",
                "- <step.document-first.title>",
                "",
                "<plan.group.later>",
                "- <step.stop-location-sharing.title>",
                "  <step.stop-location-sharing.generic>",
                "  <plan.may-alert>",
                "  <plan.safer-heading>: <step.stop-location-sharing.safer>",
                "",
                "<help.heading>",
                "- <help.emergency>",
                "- <help.national-default>",
                "- <help.traces>",
                ""), List.of(PlanText.brief(plan, KEYS).split("\n", -1)));
    }

    @Test
    void theFullTextAddsExplanationsNotesAndWhatNoPageCanSee() {
        Plan plan = plan();
        // The helplines of the country the page shows, under "Who can help", last.
        String full = PlanText.full(plan, KEYS, org.quietroom.core.helplines.Helplines.forCountry("GB"));
        assertTrue(full.endsWith("- <help.traces>\n- <help.helpline>\n- <help.helpline>\n"), full);
        assertTrue(full.startsWith("<decision.look-closer.heading>\n<decision.look-closer.left>\n<decision.look-closer.location-shared>\n"
                + "\n<plan.group.now>\n- <step.quick-exit.title>\n  <step.quick-exit.text>\n"), full);
        assertTrue(full.contains("- <step.private-window.title>\n  <step.private-window.text>\n"
                + "  <step.private-window.chrome>\n  <step.private-window.limits>\n"), full);
        assertTrue(full.contains("\n<plan.unseen.heading>\n- <plan.unseen.keyloggers>\n"), full);
        for (String key : plan.keys()) {
            // decision.why labels the page's "why" toggle: a copy has no toggles, it lists the reasons.
            if (!key.equals("plan.heading") && !key.equals("plan.intro") && !key.equals("plan.unseen.intro")
                    && !key.equals("decision.why")) {
                assertTrue(full.contains("<" + key + ">"), "the full text uses " + key);
            }
        }
        String brief = PlanText.brief(plan, KEYS);
        assertFalse(brief.contains(".text>") || brief.contains("unseen"), brief);
    }

    @Test
    void theShownCountrysHelplinesAreNamedWithTheirNumbers() {
        String brief = PlanText.brief(plan(), WORDS, org.quietroom.core.helplines.Helplines.forCountry("US"));
        assertTrue(brief.endsWith("- " + EN.get("helplines.us-hotline.label") + ": call 800-799-7233.\n"), brief);
        assertFalse(PlanText.brief(plan(), WORDS).contains("800-799-7233"), "no country shown, no number named");
    }

    @Test
    void isPlainNeutralTextInEveryLanguageTheCatalogHas() {
        Plan plan = plan();
        for (String text : List.of(PlanText.brief(plan, WORDS), PlanText.full(plan, WORDS))) {
            assertFalse(text.contains("<") || text.contains(">") || text.contains("{"), "no markup, no slot: " + text);
            assertFalse(text.contains(EN.get("page.title")), "no site name");
            assertFalse(text.contains("quietroom"), "no site address");
            assertTrue(text.startsWith(EN.get("decision.look-closer.heading") + "\n"), text);
            assertTrue(text.contains("  " + EN.get("plan.safer-heading") + ": "
                    + EN.get("step.stop-location-sharing.safer") + "\n"), text);
        }
        assertTrue(PlanText.brief(plan, WORDS).length() < PlanText.full(plan, WORDS).length() / 2,
                "the copied text is the short one");
    }

    @Test
    void aGroupWithoutStepsHasNoHeading() {
        Plan plan = PlanWriter.write(clean(), Answers.NONE.with("purpose", "counselling").with("device", "public"),
                CHROME_WINDOWS);
        // Every counselling client gets "ask who you are really talking to" (BEFORE), so LATER is the empty group.
        assertTrue(plan.steps(Group.LATER).isEmpty() && !plan.steps(Group.BEFORE).isEmpty(), "the fixture");
        String text = PlanText.brief(plan, KEYS);
        assertFalse(text.contains("<plan.group.later>"), text);
        assertTrue(text.contains("<plan.group.before>"), text);
        assertTrue(text.contains("<plan.group.now>"), text);
    }
}
