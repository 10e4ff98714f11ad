package org.quietroom.core.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.questions.Answers;
import org.quietroom.core.questions.Question;
import org.quietroom.core.questions.Questionnaire;

class LongestPlanTest {
    @Test
    void noChangeToOneAnswerGivesALongerPlan() {
        Answers best = LongestPlan.search();
        int length = LongestPlan.length(best);
        for (Question q : Questionnaire.all()) {
            for (List<String> candidate : LongestPlan.candidates(q)) {
                Answers tried = best.with(q.id(), candidate);
                assertTrue(LongestPlan.length(tried) <= length, q.id() + "=" + candidate + " gives a longer plan");
            }
            assertTrue(LongestPlan.length(best.without(q.id())) <= length, q.id() + " unanswered is longer");
        }
    }

    @Test
    void itIsLongerThanTheOnePersonTheBrowserTestsAnswerFor() {
        Answers person = Answers.NONE.with("purpose", List.of("person")).with("living", List.of("together"))
                .with("device", List.of("own", "shared")).with("access", List.of("unsure"))
                .with("monitoring", List.of("unsure")).with("accounts", List.of("email", "cloud"))
                .with("phone-plan", List.of("yes")).with("location", List.of("yes"));
        assertTrue(LongestPlan.length(LongestPlan.search()) > LongestPlan.length(person));
    }

    @Test
    void printsTheAnswers() {
        System.out.println("longest plan: " + LongestPlan.answers() + ", " + LongestPlan.length(LongestPlan.search())
                + " characters");
    }

    @Test
    void everyAnsweredQuestionIsOnThePath() {
        List<Question> path = Questionnaire.path(LongestPlan.search());
        for (String id : LongestPlan.answers().keySet()) {
            assertTrue(path.contains(Questionnaire.find(id).orElseThrow()), id);
        }
    }
}
