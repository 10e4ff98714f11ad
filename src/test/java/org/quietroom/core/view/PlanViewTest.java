package org.quietroom.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.core.view.Trees.ENGLISH;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.helplines.Helplines;
import org.quietroom.core.plan.Group;
import org.quietroom.core.plan.Plan;
import org.quietroom.core.plan.PlanWriter;
import org.quietroom.core.plan.Step;
import org.quietroom.core.platform.Platform;
import org.quietroom.core.questions.Answers;

class PlanViewTest {
    static final Platform CHROME_WINDOWS = Platform.parse(org.quietroom.core.SnapshotFixtures.CHROME_WINDOWS, false);

    /** Someone who shares a device and whose accounts may be known: many steps, shared notes, the app lookup. */
    static Plan plan() {
        return PlanWriter.write(FindingsViewTest.framed(), Answers.NONE.with("purpose", "person")
                .with("device", "shared").with("access", "yes").with("monitoring", "unsure")
                .with("accounts", "email", "phone-account", "cloud").with("living", "together"), CHROME_WINDOWS);
    }

    static List<Node> body(Plan plan) {
        return PlanView.body(plan, Helplines.forCountry("GB"), ENGLISH, "apps.html#q2x");
    }

    @Test
    void theDecisionComesFirstWithItsReasonsBehindAToggle() {
        Plan plan = plan();
        List<Node> body = body(plan);
        assertEquals("plan__intro", body.get(0).attribute("class"));
        Node decision = body.get(1);
        assertEquals(plan.decision().id(), decision.attribute("data-decision"));
        assertEquals(plan.reasonIds(), decision.attribute("data-reason"));
        assertEquals(ENGLISH.get(plan.decision().headingKey()), decision.children().get(0).allText());
        Node why = decision.byId("decision-why");
        assertEquals("", why.attribute("hidden"));
        assertEquals(plan.reasons().size(), why.children().size());
    }

    @Test
    void everyToggleControlsAHiddenPanelOfThePlan() {
        List<Node> body = body(plan());
        List<Node> toggles = Trees.withClass(body, PlanView.TOGGLE_CLASS);
        assertTrue(toggles.size() > 3);
        for (Node t : toggles) {
            assertEquals("button", t.tag());
            assertEquals("false", t.attribute("aria-expanded"));
            Node panel = null;
            for (Node v : body) {
                panel = panel == null ? v.byId(t.attribute("aria-controls")) : panel;
            }
            assertNotNull(panel, t.attribute("aria-controls"));
            assertEquals("", panel.attribute("hidden"));
        }
    }

    @Test
    void theStepsFollowTheirGroupsAndMarkWhatCouldBeNoticed() {
        Plan plan = plan();
        List<Node> steps = Trees.withAttribute(body(plan), "data-step");
        List<String> expected = new ArrayList<>();
        for (Group g : Group.values()) {
            for (Step s : plan.steps(g)) {
                expected.add(g.id() + "/" + s.id());
            }
        }
        List<String> shown = new ArrayList<>();
        boolean alerted = false;
        for (Node li : steps) {
            shown.add(li.attribute("data-group") + "/" + li.attribute("data-step"));
            boolean may = "true".equals(li.attribute("data-may-alert"));
            assertEquals(may, !Trees.withClass(List.of(li), "step__may-alert").isEmpty());
            assertEquals(may, !Trees.withClass(List.of(li), "step__safer").isEmpty(), "a gentler way with the mark");
            alerted |= may;
        }
        assertEquals(expected, shown);
        assertTrue(alerted, "this plan has a step that could be noticed");
    }

    @Test
    void aSharedNoteAndTheAppLookupAreGivenOnce() {
        List<Node> body = body(plan());
        List<String> notes = new ArrayList<>();
        for (Node p : Trees.withClass(body, "step__note")) {
            assertFalse(notes.contains(p.allText()), "said twice: " + p.allText());
            notes.add(p.allText());
        }
        List<Node> apps = Trees.withClass(body, "step__apps");
        assertEquals(1, apps.size());
        Node link = apps.get(0).children().get(0);
        assertEquals("apps.html#q2x", link.attribute("href"));
        assertEquals("_blank", link.attribute("target"));
        assertEquals("noopener", link.attribute("rel"));
    }

    @Test
    void whoCanHelpNamesTheHelplinesAndTheAdviceLeavesOutTheEmergencyLine() {
        Plan plan = plan();
        Node help = body(plan).get(body(plan).size() - 1);
        assertEquals("plan-help", help.attribute("id"));
        int helplines = Helplines.forCountry("GB").size();
        assertTrue(helplines > 0);
        Node list = help.children().get(help.children().size() - 1);
        assertEquals(plan.helpKeys().size() + helplines, list.children().size());
        List<Node> advice = PlanView.advice(plan, ENGLISH);
        for (Node li : advice) {
            assertFalse(li.attribute("data-help").equals("help.emergency"));
        }
        assertEquals(plan.helpKeys().size() - (plan.helpKeys().contains("help.emergency") ? 1 : 0), advice.size());
    }
}
