package org.quietroom.core.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {

    private static List<Answers> combinations;

    /** Every combination of answers to the branching questions, including "skipped" for each. Made once. */
    static synchronized List<Answers> everyBranchingCombination() {
        if (combinations == null) {
            combinations = List.copyOf(combine());
        }
        return combinations;
    }

    private static List<Answers> combine() {
        List<Answers> combos = new ArrayList<>();
        combos.add(Answers.NONE);
        for (Question q : Questionnaire.branching()) {
            List<List<String>> choices = choices(q);
            List<Answers> next = new ArrayList<>();
            for (Answers a : combos) {
                for (List<String> choice : choices) {
                    next.add(a.with(q.id(), choice));
                }
            }
            combos = next;
        }
        return combos;
    }

    /** Skipped, each single option, and for "choose all that fit" every subset. */
    private static List<List<String>> choices(Question q) {
        List<List<String>> out = new ArrayList<>();
        if (q.kind() == Question.Kind.SINGLE) {
            out.add(List.of());
            for (String option : q.options()) {
                out.add(List.of(option));
            }
            return out;
        }
        int n = q.options().size();
        for (int mask = 0; mask < (1 << n); mask++) {
            List<String> subset = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    subset.add(q.options().get(i));
                }
            }
            out.add(subset);
        }
        return out;
    }

    private static List<String> ids(List<Question> questions) {
        List<String> ids = new ArrayList<>();
        for (Question q : questions) {
            ids.add(q.id());
        }
        return ids;
    }

    @Test
    void showsEveryQuestionWhenNothingIsAnsweredButTheFollowUpThatTakesTheWorkQuestionsPlace() {
        List<String> expected = ids(Questionnaire.all());
        expected.remove("concerns");
        assertEquals(expected, ids(Questionnaire.path(Answers.NONE)));
    }

    @Test
    void asksAboutTheCommonCasesWhereThePathHasRoom() {
        assertTrue(ids(Questionnaire.path(Answers.NONE.with("purpose", "person"))).contains("concerns"));
        // "Both" with a work computer: the work question is answered already, so the follow-up takes its place.
        Answers both = Answers.NONE.with("purpose", "both");
        assertFalse(ids(Questionnaire.path(both)).contains("concerns"));
        assertTrue(ids(Questionnaire.path(both.with("device", "work"))).contains("concerns"));
        assertTrue(ids(Questionnaire.path(both.with("network", "work"))).contains("concerns"));
        assertFalse(ids(Questionnaire.path(Answers.NONE.with("purpose", "counselling").with("device", "work")))
                .contains("concerns"), "not about a person");
        for (Answers a : everyBranchingCombination()) {
            List<String> path = ids(Questionnaire.path(a));
            assertFalse(path.contains("concerns") && path.contains("work-sessions"), () -> "both on " + a);
        }
    }

    @Test
    void dropsTheFollowUpWhenItIsNoLongerShown() {
        Answers a = Answers.NONE.with("purpose", "person").with("concerns", "tracker", "money");
        assertEquals(Set.of("tracker", "money"), Questionnaire.relevant(a).get("concerns"));
        assertFalse(Questionnaire.relevant(a.with("purpose", "both")).answered("concerns"));
        assertFalse(Questionnaire.relevant(a.with("purpose", "counselling")).answered("concerns"));
        assertFalse(Questionnaire.relevant(a.without("purpose")).answered("concerns"));
        assertTrue(Questionnaire.relevant(a.with("purpose", "both").with("device", "work")).answered("concerns"));
    }

    @Test
    void asksACounsellingClientNothingAboutAPerson() {
        Answers a = Answers.NONE.with("purpose", "counselling");
        assertEquals(List.of("purpose", "private-now", "device", "access", "network", "monitoring", "work-sessions",
                "accounts"), ids(Questionnaire.path(a)));
    }

    @Test
    void asksAboutThePersonWhenThatIsWhySomeoneCame() {
        Answers a = Answers.NONE.with("purpose", "person");
        assertEquals(List.of("purpose", "living", "private-now", "device", "access", "network", "monitoring",
                "accounts", "phone-plan", "location", "signs", "concerns"), ids(Questionnaire.path(a)));
    }

    @Test
    void asksTheLivingSituationFirstAmongQuestionsAboutAPerson() {
        List<String> path = ids(Questionnaire.path(Answers.NONE.with("purpose", "both")));
        assertEquals(1, path.indexOf("living"));
    }

    @Test
    void doesNotAskWhoElseGetsIntoALibraryComputer() {
        Answers a = Answers.NONE.with("device", "public");
        assertFalse(ids(Questionnaire.path(a)).contains("access"));
        assertTrue(ids(Questionnaire.path(a.with("device", "public", "own"))).contains("access"));
    }

    @Test
    void doesNotAskAboutWorkComputersWhenThisOneIsFromWork() {
        Answers a = Answers.NONE.with("purpose", "counselling").with("device", "work");
        assertFalse(ids(Questionnaire.path(a)).contains("work-sessions"));
        Answers b = Answers.NONE.with("purpose", "counselling").with("network", "work");
        assertFalse(ids(Questionnaire.path(b)).contains("work-sessions"));
    }

    @Test
    void neverShowsMoreThanTwelveQuestions() {
        int longest = 0;
        for (Answers a : everyBranchingCombination()) {
            int size = Questionnaire.path(a).size();
            assertTrue(size <= Questionnaire.MAX_ON_ANY_PATH, () -> "too many questions for " + a);
            longest = Math.max(longest, size);
        }
        // The bound is tight: someone who skips "what brings you here" sees every question.
        assertEquals(12, longest);
    }

    @Test
    void alwaysShowsTheBranchingQuestions() {
        for (Answers a : everyBranchingCombination()) {
            List<Question> path = Questionnaire.path(a);
            for (Question q : Questionnaire.branching()) {
                assertTrue(path.contains(q), () -> q.id() + " hidden for " + a);
            }
        }
    }

    @Test
    void changesThePathOnlyThroughTheBranchingQuestions() {
        // For the k-th round, every other question is answered with its k-th option (or all of them), so every
        // option of every question meets every combination of branching answers.
        List<Answers> extras = new ArrayList<>();
        for (int k = 0; k <= 6; k++) {
            Answers extra = Answers.NONE;
            for (Question q : Questionnaire.all()) {
                if (!Questionnaire.branching().contains(q)) {
                    extra = k == 6 ? extra.with(q.id(), q.options())
                            : extra.with(q.id(), q.options().get(k % q.options().size()));
                }
            }
            extras.add(extra);
        }
        for (Answers a : everyBranchingCombination()) {
            List<Question> path = Questionnaire.path(a);
            for (Answers extra : extras) {
                Answers both = extra;
                for (Question q : Questionnaire.branching()) {
                    both = both.with(q.id(), a.get(q.id()));
                }
                assertEquals(path, Questionnaire.path(both), () -> "answers " + extra + " changed the path for " + a);
            }
        }
    }

    @Test
    void keepsASkippedQuestionOnThePath() {
        for (Answers a : everyBranchingCombination()) {
            for (Question q : Questionnaire.path(a)) {
                assertTrue(Questionnaire.path(a.without(q.id())).contains(q), () -> q.id() + " not skippable in " + a);
            }
        }
    }

    @Test
    void dropsAnswersToHiddenQuestionsAndUnknownOptions() {
        Answers a = Answers.NONE.with("purpose", "counselling").with("living", "together")
                .with("device", "own", "spaceship").with("no-such-question", "yes");
        assertEquals(Answers.NONE.with("purpose", "counselling").with("device", "own"), Questionnaire.relevant(a));
    }

    @Test
    void relevantAnswersGiveTheSamePath() {
        for (Answers a : everyBranchingCombination()) {
            Answers withStale = a.with("living", "together").with("work-sessions", "yes").with("access", "yes");
            assertEquals(Questionnaire.path(withStale), Questionnaire.path(Questionnaire.relevant(withStale)));
        }
    }

    @Test
    void hasUniqueIdsAndKeysInTheCatalogScheme() {
        Set<String> ids = new HashSet<>();
        for (Question q : Questionnaire.all()) {
            assertTrue(ids.add(q.id()), "repeated id " + q.id());
            assertEquals("q." + q.id() + ".text", q.textKey());
            assertEquals("q." + q.id() + ".why", q.whyKey());
            assertEquals("q." + q.id() + ".opt." + q.options().get(0), q.optionKey(q.options().get(0)));
        }
    }

    /** The first screen's question is on every path (it counts in the plan) and in no walk (it is not asked twice). */
    @Test
    void theFirstScreensQuestionIsOnEveryPathAndInNoWalk() {
        assertEquals("private-now", Questionnaire.FIRST_SCREEN.id());
        for (Answers a : everyBranchingCombination()) {
            List<Question> path = Questionnaire.path(a);
            List<Question> walk = Questionnaire.walk(a);
            assertTrue(path.contains(Questionnaire.FIRST_SCREEN), a.toString());
            assertFalse(walk.contains(Questionnaire.FIRST_SCREEN), a.toString());
            List<Question> rest = new ArrayList<>(path);
            rest.remove(Questionnaire.FIRST_SCREEN);
            assertEquals(rest, walk, "the walk is the path, in its order, less the first screen's question");
        }
        Answers answered = Answers.NONE.with("private-now", "no");
        assertEquals(Set.of("no"), Questionnaire.relevant(answered).get("private-now"), "its answer still counts");
    }
}
