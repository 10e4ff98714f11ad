package org.quietroom.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.core.view.Trees.ENGLISH;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.Assessment;
import org.quietroom.core.Finding;
import org.quietroom.core.SnapshotFixtures;
import org.quietroom.core.Tri;
import org.quietroom.core.plan.Advice;
import org.quietroom.core.plan.PlanWriter;

class FindingsViewTest {
    /** Framed by another site, over http: findings with a harmless explanation, remedies and quiet ones. */
    static Assessment framed() {
        return Assessment.of(SnapshotFixtures.plainHttps().protocol("http:").secureContext(Tri.NO)
                .framed(Tri.YES).ancestorOrigins(List.of("https://preview.example")).build());
    }

    static List<Assessment> assessments() {
        return List.of(framed(), Assessment.of(SnapshotFixtures.plainHttps().build()),
                Assessment.of(SnapshotFixtures.silent().build()));
    }

    @Test
    void findingsThatAskSomethingComeFirstAndTheRestAreCollapsedAtTheEnd() {
        for (Assessment a : assessments()) {
            List<Node> items = FindingsView.items(a, ENGLISH, false);
            List<Finding> open = new ArrayList<>();
            List<Finding> quiet = new ArrayList<>();
            for (Finding f : a.findings()) {
                (FindingsView.needsNothing(f) ? quiet : open).add(f);
            }
            assertEquals(open.size() + (quiet.isEmpty() ? 0 : 1), items.size());
            for (int i = 0; i < open.size(); i++) {
                assertEquals(open.get(i).check(), items.get(i).attribute("data-check"));
            }
            Node details = items.get(items.size() - 1).byId("findings-quiet");
            if (quiet.isEmpty()) {
                assertNull(details);
                continue;
            }
            assertNotNull(details);
            assertNull(details.attribute("open"));
            assertEquals("summary", details.children().get(0).tag());
            assertTrue(details.children().get(0).allText().contains(Integer.toString(quiet.size())));
            assertEquals(quiet.size(), details.children().get(1).children().size());
            assertEquals("", FindingsView.items(a, ENGLISH, true).get(items.size() - 1).byId("findings-quiet")
                    .attribute("open"), "a collapsed list the person opened stays open");
        }
    }

    @Test
    void eachFindingSaysTheHarmlessExplanationFirstThenWhatWasFoundItsRemedyAndItsLimits() {
        int harmless = 0;
        int remedies = 0;
        for (Assessment a : assessments()) {
            List<Node> items = Trees.withAttribute(FindingsView.items(a, ENGLISH, false), "data-check");
            assertEquals(a.findings().size(), items.size());
            for (Node li : items) {
                Finding f = find(a, li.attribute("data-check"));
                assertEquals(f.outcome().id(), li.attribute("data-outcome"));
                assertEquals(f.reason().key(), li.attribute("data-reason"));
                assertEquals("finding finding--" + f.outcome().id(), li.attribute("class"));
                List<String> shape = Trees.shape(li);
                List<String> expected = new ArrayList<>(List.of("h3"));
                if (ENGLISH.has(f.harmlessKey())) {
                    expected.add("p.finding__harmless");
                    harmless++;
                }
                expected.add("p.finding__text");
                Advice remedy = PlanWriter.remedyFor(f);
                boolean quiet = FindingsView.needsNothing(f);
                if (remedy != null) {
                    expected.add("p.finding__remedy");
                    remedies++;
                    assertEquals(remedy.id(), li.children().get(expected.size() - 1).attribute("data-remedy"));
                } else if (!quiet) {
                    expected.add("p.finding__no-action");
                }
                expected.add("p.finding__limits");
                assertEquals(expected, shape, f.check());
                assertTrue(li.children().get(0).allText().startsWith(ENGLISH.get(f.outcome().labelKey()) + " "));
            }
        }
        assertTrue(harmless > 0, "a harmless explanation was shown");
        assertTrue(remedies > 0, "a remedy was shown");
    }

    @Test
    void theTallyCountsEachOutcomeShownInOrder() {
        Assessment a = framed();
        String tally = FindingsView.tally(a, ENGLISH);
        assertFalse(tally.isEmpty());
        long risks = a.findings().stream().filter(f -> f.outcome() == org.quietroom.core.Outcome.RISK).count();
        assertTrue(tally.startsWith(ENGLISH.get("results.tally").replace("{0}", ENGLISH.get("outcome.risk"))
                .replace("{1}", Long.toString(risks))), tally);
        assertEquals("", FindingsView.tally(new Assessment(List.of(), a.summary()), ENGLISH));
    }

    private static Finding find(Assessment a, String check) {
        for (Finding f : a.findings()) {
            if (f.check().equals(check)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + check);
    }
}
