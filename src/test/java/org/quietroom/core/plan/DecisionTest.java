package org.quietroom.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.core.Assessment;
import org.quietroom.core.Check;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.check.Checks;
import org.quietroom.core.platform.Platform;
import org.quietroom.core.questions.Answers;
import org.quietroom.core.questions.Questionnaire;

/**
 * The decision: a table of personas whose expected decision and reasons were written out by hand from the rules
 * (README, "Your plan"), then properties over every single worry, a seeded random sample and monotonicity, then the
 * written list of what must never read as "go on here".
 */
class DecisionTest {

    /**
     * One persona a line: answers ("question=option,option;..."), a finding ("check/result" or "-"), the platform,
     * the expected decision, the expected reasons (furthest first, then in the order the rules add them) and the
     * remedy step the finding must bring with its check id (or "-").
     */
    private static final String[][] PERSONAS = {
        {"", "-", "chrome-windows", "plan-so-far", "nothing-answered", "-"},
        {"purpose=person", "-", "safari-iphone", "steps-first", "no-particular-risk", "-"},
        {"private-now=no", "-", "chrome-android", "come-back-later", "not-private-now", "-"},
        {"private-now=unsure", "-", "chrome-android", "look-closer", "private-now-unsure", "-"},
        {"purpose=person;private-now=yes;device=own;access=no;network=home;monitoring=no;accounts=none;"
                + "phone-plan=no;location=no;signs=no", "-", "firefox-linux", "steps-first", "no-particular-risk",
            "-"},
        {"device=public", "-", "edge-windows", "steps-first", "public-device", "-"},
        {"device=friend", "-", "safari-iphone", "steps-first", "friend-device", "-"},
        {"device=public,friend", "-", "edge-windows", "steps-first", "public-device", "-"},
        {"device=given", "-", "samsung-android", "use-safer-device", "device-from-someone", "-"},
        {"device=work", "-", "edge-windows", "use-safer-device", "work-device", "-"},
        {"device=shared", "-", "chrome-windows", "look-closer", "shared-device", "-"},
        {"purpose=person;living=together;device=shared", "-", "chrome-android", "use-safer-device",
            "shared-at-home lives-with-them", "-"},
        {"purpose=counselling;device=shared", "-", "chrome-windows", "look-closer", "shared-device", "-"},
        {"access=yes", "-", "safari-mac", "use-safer-device", "someone-has-access", "-"},
        {"access=unsure", "-", "safari-mac", "look-closer", "access-unsure", "-"},
        {"network=public", "-", "chrome-android", "use-other-network", "network-owner", "-"},
        {"network=someone-else", "-", "chrome-android", "use-other-network", "network-owner", "-"},
        {"network=mobile", "-", "chrome-android", "steps-first", "no-particular-risk", "-"},
        {"network=unsure", "-", "firefox-linux", "look-closer", "network-unsure", "-"},
        {"network=home,unsure", "-", "firefox-linux", "look-closer", "network-unsure", "-"},
        {"monitoring=yes", "-", "chrome-android", "use-safer-device", "monitoring-software", "-"},
        {"monitoring=unsure", "-", "chrome-android", "look-closer", "monitoring-unsure", "-"},
        {"accounts=email", "-", "safari-iphone", "use-safer-device", "accounts-known", "-"},
        {"accounts=none", "-", "safari-iphone", "steps-first", "no-particular-risk", "-"},
        {"accounts=unsure", "-", "safari-iphone", "look-closer", "accounts-unsure", "-"},
        {"accounts=cloud,unsure", "-", "safari-iphone", "use-safer-device", "accounts-known accounts-unsure", "-"},
        {"purpose=person;concerns=family-account", "-", "safari-iphone", "use-safer-device", "family-account", "-"},
        {"purpose=person;living=left;concerns=tracker,children", "-", "samsung-android", "look-closer",
            "left tracker children", "-"},
        {"purpose=person;concerns=home-car,images", "-", "chrome-android", "look-closer", "home-car", "-"},
        {"purpose=person;concerns=images,money", "-", "chrome-windows", "steps-first", "no-particular-risk", "-"},
        {"phone-plan=yes", "-", "samsung-android", "use-safer-device", "phone-account", "-"},
        {"phone-plan=unsure", "-", "samsung-android", "look-closer", "phone-plan-unsure", "-"},
        {"location=yes", "-", "safari-iphone", "look-closer", "location-shared", "-"},
        {"location=unsure", "-", "safari-iphone", "look-closer", "location-unsure", "-"},
        {"signs=yes", "-", "chrome-windows", "use-safer-device", "signs-of-monitoring", "-"},
        {"signs=unsure", "-", "chrome-windows", "look-closer", "signs-unsure", "-"},
        {"purpose=person;living=leaving", "-", "chrome-android", "look-closer", "leaving", "-"},
        {"purpose=person;living=left", "-", "chrome-android", "look-closer", "left", "-"},
        // The case: lives with them, they may know the email and cloud passwords, location shared, a
        // phone they pay for. Before, this read "You can go on here, with care".
        {"purpose=person;living=together;accounts=email,cloud;location=yes;phone-plan=yes", "-", "safari-iphone",
            "use-safer-device", "accounts-known phone-account lives-with-them location-shared", "-"},
        {"purpose=counselling;work-sessions=yes;device=own", "-", "edge-windows", "use-safer-device",
            "work-device", "-"},
        {"purpose=counselling;network=work;device=own", "-", "edge-windows", "use-safer-device",
            "work-device network-owner", "-"},
        {"purpose=person;network=work", "-", "chrome-windows", "use-other-network", "network-owner", "-"},
        // Not about a person: the living situation is not asked, so an old answer to it does not count.
        {"purpose=counselling;living=together", "-", "chrome-windows", "steps-first", "no-particular-risk", "-"},
        // Everyone has had a library computer in their hands: "access" is not asked there.
        {"device=public;access=yes", "-", "edge-windows", "steps-first", "public-device", "-"},
        {"device=public,own;access=yes", "-", "edge-windows", "use-safer-device", "someone-has-access", "-"},
        {"", "connection/not-encrypted", "chrome-windows", "use-other-network", "not-encrypted", "other-network"},
        {"", "host/translator", "chrome-android", "open-real-page", "copy-of-page", "open-real-address"},
        {"", "host/archive", "chrome-android", "open-real-page", "copy-of-page", "open-real-address"},
        {"", "host/session-proxy", "edge-windows", "use-other-network", "rewriting-proxy", "other-network"},
        // Any address but a known service's is shown with a step, and moves nothing (issue 19).
        {"", "host/address", "chrome-windows", "plan-so-far", "nothing-answered", "compare-address"},
        {"", "framing/framed-other-origin", "firefox-linux", "open-real-page", "framed", "open-directly"},
        {"", "in-app-browser/app", "chrome-android", "open-real-page", "in-app-browser", "open-in-browser"},
        {"", "in-app-browser/google-app", "chrome-iphone", "open-real-page", "in-app-browser", "open-in-browser"},
        {"", "injected-content/code-added", "chrome-windows", "use-safer-device", "page-code-added",
            "check-extensions"},
        {"", "injected-content/known-helper", "chrome-windows", "look-closer", "check-caution",
            "check-extensions"},
        {"", "page-integrity/policy-missing", "firefox-linux", "use-other-network", "page-altered",
            "other-network"},
        {"", "page-integrity/blocked-attempts", "firefox-linux", "look-closer", "check-caution",
            "check-extensions"},
        {"", "automation/controlled", "chrome-windows", "use-safer-device", "automated", "automation-tools"},
        {"", "visit-traces/from-search", "safari-mac", "look-closer", "check-caution", "visit-trace"},
        {"", "mostly-unknown", "chrome-windows", "look-closer", "checks-unclear", "-"},
        {"monitoring=yes", "host/translator", "chrome-android", "use-safer-device",
            "monitoring-software copy-of-page", "open-real-address"},
        {"private-now=no", "framing/framed", "chrome-windows", "come-back-later", "not-private-now framed",
            "open-directly"},
        {"device=public", "connection/not-encrypted", "edge-windows", "use-other-network", "not-encrypted",
            "other-network"},
        {"network=public", "in-app-browser/app", "chrome-android", "use-other-network",
            "network-owner in-app-browser", "open-in-browser"},
        {"purpose=person;living=leaving;location=yes", "injected-content/changed", "chrome-android",
            "look-closer", "check-caution leaving location-shared", "check-extensions"},
    };

    private static final Map<String, Platform> PLATFORMS = Map.of(
            "chrome-windows", PlanFixtures.CHROME_WINDOWS, "edge-windows", PlanFixtures.EDGE_WINDOWS,
            "chrome-android", PlanFixtures.CHROME_ANDROID, "safari-iphone", PlanFixtures.SAFARI_IPHONE,
            "safari-mac", PlanFixtures.SAFARI_MAC, "firefox-linux", PlanFixtures.FIREFOX_LINUX,
            "samsung-android", PlanFixtures.SAMSUNG_ANDROID, "chrome-iphone", PlanFixtures.CHROME_IPHONE);

    static Answers answers(String spec) {
        Answers a = Answers.NONE;
        if (spec.isEmpty()) {
            return a;
        }
        for (String part : spec.split(";")) {
            String[] kv = part.split("=");
            for (String option : kv[1].split(",")) {
                a = a.withOption(kv[0], option);
            }
        }
        return a;
    }

    static Assessment assessment(String spec) {
        if (spec.equals("-")) {
            return PlanFixtures.clean();
        }
        if (spec.equals("mostly-unknown")) {
            return PlanFixtures.mostlyUnknown();
        }
        String[] parts = spec.split("/");
        for (Check check : Checks.ALL) {
            if (check.id().equals(parts[0])) {
                for (Reason reason : check.reasons()) {
                    if (reason.key().equals(parts[1])) {
                        return PlanFixtures.cleanWith(Finding.of(check.id(), reason));
                    }
                }
            }
        }
        throw new IllegalArgumentException("no such check result " + spec);
    }

    static Stream<Arguments> personas() {
        return Stream.of(PERSONAS).map(row -> Arguments.of((Object[]) row));
    }

    @Test
    void theTableHasAtLeastFortyPersonas() {
        assertTrue(PERSONAS.length >= 40, "only " + PERSONAS.length + " personas");
    }

    @ParameterizedTest(name = "{0} | {1} | {2}")
    @MethodSource("personas")
    void persona(String answers, String finding, String platform, String decision, String reasons,
            String remedy) {
        Plan plan = PlanWriter.write(assessment(finding), answers(answers), PLATFORMS.get(platform));
        assertEquals(decision, plan.decision().id());
        assertEquals(reasons, plan.reasonIds());
        if (remedy.equals("-")) {
            // Every copy is served from some address: the clean baseline's host finding brings its step, and no
            // other step answers a finding.
            for (Step step : plan.steps()) {
                assertEquals(step.id().equals("compare-address") ? List.of("host") : List.of(), step.forChecks(),
                        step.id());
            }
        } else {
            Step step = stepOf(plan, remedy);
            assertEquals(List.of(finding.split("/")[0]), step.forChecks());
        }
    }

    private static Step stepOf(Plan plan, String id) {
        for (Step step : plan.steps()) {
            if (step.id().equals(id)) {
                return step;
            }
        }
        throw new AssertionError("no step " + id + " in " + PlanFixtures.golden(plan));
    }

    // Properties.

    /** Nothing found, every question answered with its calmest option (the living situation skipped: any answer
     *  to it is a reason of its own). */
    static final Answers CALM = answers("purpose=person;private-now=yes;device=own;access=no;network=home;"
            + "monitoring=no;accounts=none;phone-plan=no;location=no;signs=no");

    /** For each single-choice question, its options from calmest to most worrying; multi-choice options that
     *  are a worry. */
    private static final String[][] WORRY_ORDER = {
        {"private-now", "yes", "unsure", "no"},
        {"access", "no", "unsure", "yes"},
        {"monitoring", "no", "unsure", "yes"},
        {"phone-plan", "no", "unsure", "yes"},
        {"location", "no", "unsure", "yes"},
        {"signs", "no", "unsure", "yes"},
        {"work-sessions", "no", "sometimes", "yes"},
    };
    private static final String[][] MULTI_WORRIES = {
        {"device", "shared", "work", "given"},
        {"network", "work", "public", "someone-else", "unsure"},
        {"accounts", "email", "phone-account", "cloud", "social", "unsure"},
        {"concerns", "tracker", "family-account", "children", "home-car"},
    };

    /** Every single worrying option (each "not sure" among them), one at a time, on the calm baseline. */
    static List<Answers> singleWorries(Answers base) {
        List<Answers> out = new ArrayList<>();
        for (String[] row : WORRY_ORDER) {
            for (int i = 2; i < row.length; i++) {
                out.add(base.with(row[0], row[i]));
            }
        }
        for (String[] row : MULTI_WORRIES) {
            for (int i = 1; i < row.length; i++) {
                out.add(base.withOption(row[0], row[i]));
            }
        }
        for (String living : new String[] {"together", "leaving", "left"}) {
            out.add(base.with("living", living));
        }
        return out;
    }

    @Test
    void theCalmBaselineIsNeverAGoAheadButSaysWhatNoPageCanSee() {
        Plan plan = PlanWriter.write(PlanFixtures.clean(), CALM, PlanFixtures.CHROME_WINDOWS);
        assertEquals(List.of(DecisionReason.NO_PARTICULAR_RISK), plan.reasons());
        assertEquals(Decision.STEPS_FIRST, plan.decision());
    }

    @Test
    void eachSingleWorryMovesAwayFromTheCalmBaselineWithAReasonOfItsOwn() {
        Plan calm = PlanWriter.write(PlanFixtures.clean(), CALM, PlanFixtures.CHROME_WINDOWS);
        List<Answers> worries = singleWorries(CALM);
        // work-sessions is asked of counselling clients only: the same worries on a counselling baseline.
        worries.add(CALM.with("purpose", "counselling").with("work-sessions", "yes"));
        worries.add(CALM.with("purpose", "counselling").with("work-sessions", "sometimes"));
        for (Answers worry : worries) {
            if (!Questionnaire.relevant(worry).equals(worry)) {
                continue; // an option the baseline does not ask (work-sessions for "person")
            }
            Plan plan = PlanWriter.write(PlanFixtures.clean(), worry, PlanFixtures.CHROME_WINDOWS);
            assertTrue(plan.decision().furtherThan(calm.decision()), () -> "no move for " + worry.questionIds()
                    + ": " + PlanFixtures.golden(plan));
            assertFalse(plan.reasons().contains(DecisionReason.NO_PARTICULAR_RISK), worry::toString);
        }
    }

    @Test
    void eachCautionOrRiskFindingMovesAwayFromTheCalmBaselineAndBringsItsRemedy() {
        Plan calm = PlanWriter.write(PlanFixtures.clean(), CALM, PlanFixtures.CHROME_WINDOWS);
        for (Assessment assessment : PlanFixtures.everyActionResult()) {
            Plan plan = PlanWriter.write(assessment, CALM, PlanFixtures.CHROME_WINDOWS);
            assertTrue(plan.decision().furtherThan(calm.decision()), () -> PlanFixtures.golden(plan).toString());
            boolean remedied = false;
            for (Step step : plan.steps()) {
                remedied |= !step.forChecks().isEmpty();
            }
            assertTrue(remedied, () -> "no remedy in " + PlanFixtures.golden(plan));
        }
    }

    @Test
    void everyCautionAndRiskResultOfEveryCheckHasItsOwnRemedyRowAndNoRowIsStale() {
        int rows = 0;
        for (Check check : Checks.ALL) {
            for (Reason reason : check.reasons()) {
                boolean asks = reason.outcome() == Outcome.RISK || reason.outcome() == Outcome.CAUTION;
                // The one result that asks a step without being a worry: any address but a known service's.
                boolean step = check.id().equals("host") && reason.key().equals("address");
                assertEquals(asks || step, Remedies.hasRow(check.id(), reason.key()), check.id() + "/" + reason.key());
                if (step) {
                    rows++;
                    assertEquals(Advice.COMPARE_ADDRESS, Remedies.remedy(Finding.of(check.id(), reason)));
                    assertEquals(null, Remedies.reason(Finding.of(check.id(), reason)), "it moves no decision");
                }
                if (asks) {
                    rows++;
                    assertTrue(Remedies.remedy(Finding.of(check.id(), reason)) != Advice.REVIEW_FINDINGS,
                            check.id() + "/" + reason.key() + " falls back to the generic remedy");
                }
            }
        }
        assertEquals(rows, Remedies.size());
    }

    @Test
    void aPageOrConnectionProblemIsNotFixedByAnotherDevice() {
        for (String spec : new String[] {"host/translator", "host/archive", "framing/framed",
                "in-app-browser/app", "connection/not-encrypted", "host/web-proxy"}) {
            Plan plan = PlanWriter.write(assessment(spec), CALM, PlanFixtures.CHROME_WINDOWS);
            assertTrue(plan.decision() != Decision.USE_SAFER_DEVICE, spec);
            assertFalse(plan.has(Advice.SAFER_DEVICE), spec);
        }
    }

    @Test
    void addingAWorryNeverMovesTheDecisionTowardsThisDevice() {
        Random random = new Random(21L);
        List<Assessment> assessments = PlanFixtures.ASSESSMENTS;
        for (int i = 0; i < 3000; i++) {
            Answers base = PlanPropertiesTest.randomAnswers(random);
            Assessment assessment = assessments.get(random.nextInt(assessments.size()));
            Decision before = PlanWriter.write(assessment, base, Platform.UNKNOWN).decision();
            for (Answers worse : worsened(base)) {
                Plan after = PlanWriter.write(assessment, worse, Platform.UNKNOWN);
                assertFalse(before.furtherThan(after.decision()), () -> base.questionIds() + " " + before
                        + " -> " + PlanFixtures.golden(after));
            }
        }
    }

    /** Each answer set one worry further: a single-choice answer moved one step along its worry order (or given
     *  its first worry when unanswered), or one worrying option added to a multi-choice answer. */
    private static List<Answers> worsened(Answers a) {
        List<Answers> out = new ArrayList<>();
        for (String[] row : WORRY_ORDER) {
            java.util.Set<String> now = a.get(row[0]);
            int at = now.isEmpty() ? 0 : indexOf(row, now.iterator().next());
            for (int i = Math.max(at + 1, 2); i < row.length; i++) {
                out.add(a.with(row[0], row[i]));
            }
        }
        for (String[] row : MULTI_WORRIES) {
            for (int i = 1; i < row.length; i++) {
                if (!a.has(row[0], row[i])) {
                    out.add(a.withOption(row[0], row[i]));
                }
            }
        }
        if (!a.answered("living")) {
            for (String living : new String[] {"together", "leaving", "left"}) {
                out.add(a.with("living", living));
            }
        }
        return out;
    }

    private static int indexOf(String[] row, String option) {
        for (int i = 1; i < row.length; i++) {
            if (row[i].equals(option)) {
                return i;
            }
        }
        throw new IllegalArgumentException(option);
    }

    @Test
    void aSeededSampleOfWholeAnswerSetsNeverGivesAnUnreasonedOrGoAheadDecision() {
        Random random = new Random(1234L);
        for (int i = 0; i < 3000; i++) {
            Answers a = PlanPropertiesTest.randomAnswers(random);
            Plan plan = PlanWriter.write(PlanFixtures.clean(), a, Platform.UNKNOWN);
            assertFalse(plan.reasons().isEmpty());
            boolean anyWorry = false;
            for (Answers w : singleWorries(Answers.NONE)) {
                String q = w.questionIds().iterator().next();
                anyWorry |= Questionnaire.relevant(a).has(q, w.get(q).iterator().next());
            }
            if (anyWorry) {
                assertTrue(plan.decision().furtherThan(Decision.STEPS_FIRST), () -> PlanFixtures.golden(plan)
                        + " for " + a.questionIds());
            }
            if (Questionnaire.relevant(a).isEmpty()) {
                assertEquals(Decision.PLAN_SO_FAR, plan.decision());
            }
        }
    }

    @Test
    void everyReasonIsReachable() {
        List<DecisionReason> seen = new ArrayList<>();
        for (String[] row : PERSONAS) {
            Plan plan = PlanWriter.write(assessment(row[1]), answers(row[0]), PLATFORMS.get(row[2]));
            for (DecisionReason r : plan.reasons()) {
                if (!seen.contains(r)) {
                    seen.add(r);
                }
            }
        }
        // CHECK_FOUND_RISK is the fallback for a check added before its remedy row: reached only by such a check.
        Plan fallback = PlanWriter.write(PlanFixtures.cleanPlus(Finding.of(PlanWriter.IN_APP_BROWSER_CHECK,
                PlanFixtures.InAppBrowser.DETECTED)), Answers.NONE, Platform.UNKNOWN);
        seen.addAll(fallback.reasons());
        for (DecisionReason r : DecisionReason.values()) {
            assertTrue(seen.contains(r), "no persona reaches " + r);
        }
    }

    // What must never read as "go on here".

    /** Decision ids that would be a go-ahead. */
    static final List<String> BANNED_DECISION_IDS = List.of("continue-here", "go-on", "carry-on", "safe", "ok",
            "all-clear", "proceed", "stay-here");

    /** Phrases that read as a go-ahead or a clean bill, in English and Spanish (lower case). */
    static final List<String> BANNED_PHRASES = List.of("go on here", "carry on here", "you can go on",
            "you can continue", "you can carry on", "continue here", "nothing wrong", "nothing points away",
            "you are safe", "good choice", "careful choice", "puedes seguir", "puedes continuar", "seguir aquí",
            "nada malo", "ningún problema", "estás a salvo", "buena opción", "elección prudente");

    /** Reviewed exceptions: sentences that quote a banned phrase to deny it. */
    static final Map<String, String> DENIALS = Map.of(
            "results.limits", "says we will never tell anyone that they are safe");

    @Test
    void noDecisionIdReadsAsAGoAhead() {
        for (Decision d : Decision.values()) {
            List<String> words = List.of(d.id().split("-"));
            for (String banned : BANNED_DECISION_IDS) {
                boolean hit = banned.contains("-") ? d.id().contains(banned) : words.contains(banned);
                assertFalse(hit, d.id() + " reads as " + banned);
            }
        }
    }

    @Test
    void noCatalogSentenceReadsAsAGoAheadInEitherLanguage() {
        for (String language : new String[] {"en", "es"}) {
            for (Map.Entry<String, String> e : EnglishCatalog.messages(language).entrySet()) {
                if (DENIALS.containsKey(e.getKey())) {
                    continue;
                }
                String text = e.getValue().toLowerCase(Locale.ROOT);
                for (String phrase : BANNED_PHRASES) {
                    assertFalse(text.contains(phrase), language + " " + e.getKey() + " says \"" + phrase + "\"");
                }
            }
        }
    }

    @Test
    void theDeniedPhrasesReallyAreDenials() {
        String text = EnglishCatalog.messages().get("results.limits").toLowerCase(Locale.ROOT);
        assertTrue(text.contains("never tell you"), text);
    }
}
