package org.quietroom.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quietroom.core.Assessment;
import org.quietroom.core.platform.Platform;
import org.quietroom.core.questions.Answers;
import org.quietroom.core.questions.Question;
import org.quietroom.core.questions.Questionnaire;

/** Properties every plan has, over many generated inputs (seeded, so a failure always reproduces). */
class PlanPropertiesTest {
    private static final int SAMPLES = 4000;

    /** Random answers: each question skipped, or answered with one option (or, for MULTI, any subset). */
    static Answers randomAnswers(Random random) {
        Answers a = Answers.NONE;
        for (Question q : Questionnaire.all()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            if (q.kind() == Question.Kind.SINGLE) {
                a = a.with(q.id(), q.options().get(random.nextInt(q.options().size())));
            } else {
                for (String option : q.options()) {
                    if (random.nextInt(3) == 0) {
                        a = a.withOption(q.id(), option);
                    }
                }
            }
        }
        return a;
    }

    private static List<Plan> samples;

    /** Plans for every assessment and platform without answers, then for seeded random inputs. Made once. */
    static synchronized List<Plan> samplePlans() {
        if (samples == null) {
            samples = List.copyOf(generate());
        }
        return samples;
    }

    private static List<Plan> generate() {
        Random random = new Random(20260101L);
        List<Plan> plans = new ArrayList<>(SAMPLES);
        // No answers at all is the most likely input of all; random answers almost never produce it.
        for (Assessment assessment : PlanFixtures.ASSESSMENTS) {
            for (Platform platform : PlanFixtures.PLATFORMS) {
                plans.add(PlanWriter.write(assessment, Answers.NONE, platform));
            }
        }
        // Each option alone: the inputs whose reason only shows when nothing else is said (a library computer).
        for (Question q : Questionnaire.all()) {
            for (String option : q.options()) {
                plans.add(PlanWriter.write(PlanFixtures.clean(), Answers.NONE.with(q.id(), option), Platform.UNKNOWN));
            }
        }
        for (int i = 0; i < SAMPLES; i++) {
            Assessment assessment = PlanFixtures.ASSESSMENTS.get(random.nextInt(PlanFixtures.ASSESSMENTS.size()));
            Platform platform = PlanFixtures.PLATFORMS.get(random.nextInt(PlanFixtures.PLATFORMS.size()));
            plans.add(PlanWriter.write(assessment, randomAnswers(random), platform));
        }
        return plans;
    }

    @Test
    void noStepAppearsTwice() {
        for (Plan plan : samplePlans()) {
            Set<String> seen = new HashSet<>();
            for (Step step : plan.steps()) {
                assertTrue(seen.add(step.id()), () -> "twice: " + step.id() + " in " + PlanFixtures.golden(plan));
            }
        }
    }

    @Test
    void noStepIsInTwoGroups() {
        Map<String, Group> groupOf = new HashMap<>();
        for (Plan plan : samplePlans()) {
            for (Step step : plan.steps()) {
                Group before = groupOf.putIfAbsent(step.id(), step.group());
                assertTrue(before == null || before == step.group(), () -> step.id() + " in two groups");
            }
        }
    }

    @Test
    void groupsComeInOrderNowBeforeLater() {
        for (Plan plan : samplePlans()) {
            int last = 0;
            for (Step step : plan.steps()) {
                assertTrue(step.group().ordinal() >= last, () -> "out of order: " + PlanFixtures.golden(plan));
                last = step.group().ordinal();
            }
        }
    }

    @Test
    void theAdviceTableIsGroupedInDisplayOrder() {
        int last = 0;
        for (Advice advice : Advice.values()) {
            assertTrue(advice.group().ordinal() >= last, advice.id() + " is declared out of group order");
            last = advice.group().ordinal();
        }
    }

    @Test
    void everyPlanOffersAWayOut() {
        for (Plan plan : samplePlans()) {
            assertEquals(Advice.QUICK_EXIT, plan.steps().get(0).advice());
        }
    }

    @Test
    void everyStepThatMayAlertHasAGentlerWay() {
        for (Plan plan : samplePlans()) {
            for (Step step : plan.steps()) {
                assertEquals(step.mayAlert(), !step.saferKey().isEmpty(), step.id());
                assertEquals(step.mayAlert(), step.keys().contains(step.saferKey()), step.id());
            }
        }
    }

    @Test
    void onlyStepsThatChangeSomethingMayAlert() {
        Set<Advice> alerting = new HashSet<>();
        for (Advice advice : Advice.values()) {
            if (advice.mayAlert()) {
                alerting.add(advice);
            }
        }
        assertEquals(Set.of(Advice.CLEAR_HISTORY, Advice.VISIT_TRACE, Advice.CHANGE_PASSWORDS, Advice.STOP_LOCATION_SHARING,
                Advice.OWN_PHONE_PLAN, Advice.REMOVE_APPS, Advice.FIREWALL_SCAN, Advice.TRACKERS,
                Advice.PHONE_ACCOUNT_LOCK, Advice.LINE_SPLIT, Advice.HOME_AND_CAR, Advice.ACCOUNT_SECURITY,
                Advice.FAMILY_ACCOUNTS, Advice.PHONE_SETTINGS, Advice.CHILDREN_DEVICES), alerting);
    }

    @Test
    void aStepWithMenusAlwaysNamesOneForItsPlatform() {
        for (Plan plan : samplePlans()) {
            for (Step step : plan.steps()) {
                assertEquals(!step.advice().menus().isEmpty(), !step.menuKey().isEmpty(), step.id());
            }
        }
    }

    @Test
    void theSaferDeviceStepComesWithEveryDecisionForAnotherDevice() {
        for (Plan plan : samplePlans()) {
            if (plan.decision() == Decision.USE_SAFER_DEVICE) {
                assertTrue(plan.has(Advice.SAFER_DEVICE));
            }
            if (!plan.decision().furtherThan(Decision.OPEN_REAL_PAGE)) {
                assertFalse(plan.has(Advice.SAFER_DEVICE));
            }
        }
    }

    @Test
    void usesOnlyKeysItDeclares() {
        Set<String> possible = new HashSet<>(PlanWriter.possibleKeys());
        for (Plan plan : samplePlans()) {
            for (String key : plan.keys()) {
                assertTrue(possible.contains(key), () -> "undeclared key " + key);
            }
        }
    }

    @Test
    void everyDeclaredKeyIsUsedBySomePlan() {
        Set<String> used = new HashSet<>();
        for (Plan plan : samplePlans()) {
            used.addAll(plan.keys());
        }
        List<String> unused = new ArrayList<>();
        for (String key : PlanWriter.possibleKeys()) {
            if (!used.contains(key)) {
                unused.add(key);
            }
        }
        assertEquals(List.of(), unused, "keys no sampled plan used (dead rules, or too few samples)");
    }

    @Test
    void isPure() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            Answers a = randomAnswers(random);
            assertEquals(PlanWriter.write(PlanFixtures.clean(), a, PlanFixtures.SAFARI_IPHONE),
                    PlanWriter.write(PlanFixtures.clean(), a, PlanFixtures.SAFARI_IPHONE));
        }
    }
}
