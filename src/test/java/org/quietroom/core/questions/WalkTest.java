package org.quietroom.core.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WalkTest {

    @Test
    void startsAtTheFirstQuestionOfTheWalkWithNoAnswers() {
        Walk walk = Walk.start();
        assertSame(Questionnaire.walk(Answers.NONE).get(0), walk.current());
        assertEquals(Answers.NONE, walk.answers());
        assertEquals(1, walk.position());
        assertEquals(Questionnaire.walk(Answers.NONE).size(), walk.total());
        assertFalse(walk.canGoBack());
        assertFalse(walk.done());
    }

    @Test
    void theFirstScreensQuestionIsNotOnTheWalk() {
        Walk walk = Walk.start();
        for (int i = 0; i < 20 && !walk.done(); i++) {
            assertNotEquals(Questionnaire.FIRST_SCREEN, walk.current());
            walk = walk.next();
        }
        assertTrue(walk.done());
    }

    @Test
    void aSingleChoiceKeepsOneAnswerAndUntickingTakesItBack() {
        Walk walk = Walk.start().choose("person", true).choose("counselling", true);
        assertEquals(Set.of("counselling"), walk.answers().get("purpose"));
        assertFalse(walk.choose("counselling", false).answers().answered("purpose"));
    }

    @Test
    void aMultipleChoiceKeepsEveryTickedOption() {
        Walk walk = onQuestion(Questionnaire.DEVICE).choose("own", true).choose("shared", true);
        assertEquals(Set.of("own", "shared"), walk.answers().get("device"));
        assertEquals(Set.of("shared"), walk.choose("own", false).answers().get("device"));
    }

    @Test
    void anOptionTheQuestionDoesNotHaveChangesNothing() {
        Walk walk = Walk.start();
        assertSame(walk, walk.choose("shared", true));
        assertSame(walk, walk.choose(null, true));
        assertSame(walk, walk.answer(Questionnaire.DEVICE, "<img>", true));
    }

    @Test
    void movesAreValuesTheOldWalkStaysAsItWas() {
        Walk start = Walk.start();
        Walk moved = start.choose("person", true).next();
        assertEquals(Walk.start(), start);
        assertNotEquals(start, moved);
        assertEquals(moved, Walk.start().choose("person", true).next());
        assertEquals(moved.hashCode(), Walk.start().choose("person", true).next().hashCode());
    }

    @Test
    void nextAndBackMoveOneQuestionAndBackStopsAtTheFirst() {
        Walk second = Walk.start().next();
        assertEquals(2, second.position());
        assertTrue(second.canGoBack());
        assertEquals(Walk.start(), second.back());
        assertEquals(Walk.start(), Walk.start().back());
    }

    @Test
    void afterTheLastQuestionItIsDoneAndBackReturnsToTheLast() {
        Walk walk = Walk.start();
        List<Question> path = walk.path();
        for (int i = 0; i < path.size(); i++) {
            walk = walk.next();
        }
        assertTrue(walk.done());
        assertNull(walk.current());
        assertEquals(walk.total(), walk.position());
        assertTrue(walk.canGoBack());
        assertSame(walk, walk.next());
        assertSame(walk, walk.skip());
        assertSame(walk, walk.choose("yes", true));
        assertSame(path.get(path.size() - 1), walk.back().current());
    }

    @Test
    void skipTakesBackTheAnswerOnScreenAndMovesOn() {
        Walk answered = Walk.start().choose("person", true);
        Walk skipped = answered.skip();
        assertFalse(skipped.answers().answered("purpose"));
        assertEquals(Walk.start().next(), skipped);
    }

    @Test
    void anAnswerHidesQuestionsAtOnceAndThePositionCountsThePathNow() {
        Walk walk = Walk.start().choose("counselling", true);
        assertEquals(Questionnaire.walk(walk.answers()).size(), walk.total());
        assertTrue(walk.total() < Walk.start().total(), "a counselling client is not asked about a person");
        assertFalse(walk.path().contains(Questionnaire.LIVING));
        assertNotEquals(Questionnaire.LIVING, walk.next().current());
    }

    @Test
    void aQuestionThatDropsOffThePathWhileOnScreenStaysAndTheWalkGoesOnFromIt() {
        Walk onLiving = Walk.start().next();
        assertSame(Questionnaire.LIVING, onLiving.current());
        // The purpose changes from elsewhere (say, Back in another tab of the same form): living is off the path.
        Walk dropped = onLiving.answer(Questionnaire.PURPOSE, "counselling", true);
        assertSame(Questionnaire.LIVING, dropped.current());
        assertFalse(dropped.path().contains(Questionnaire.LIVING));
        assertEquals(1, dropped.position(), "stands just before the next question the path shows");
        Question after = dropped.path().get(1);
        assertSame(after, dropped.next().current());
        assertSame(Questionnaire.PURPOSE, dropped.back().current());
    }

    @Test
    void theFirstScreensAnswerCountsAndLeavesTheQuestionOnScreen() {
        Walk walk = Walk.start().answer(Questionnaire.FIRST_SCREEN, "no", true);
        assertSame(Walk.start().current(), walk.current());
        assertTrue(walk.answers().has(Questionnaire.FIRST_SCREEN.id(), "no"));
    }

    @Test
    void everyBranchingCombinationWalksToTheEndOneQuestionAtATime() {
        for (Answers wanted : QuestionnaireTest.everyBranchingCombination()) {
            Walk walk = Walk.start();
            int steps = 0;
            while (!walk.done()) {
                steps++;
                assertEquals(steps, walk.position(), wanted.toString());
                for (String option : wanted.get(walk.current().id())) {
                    walk = walk.choose(option, true);
                }
                walk = walk.next();
                assertTrue(steps <= Questionnaire.MAX_ON_ANY_PATH, wanted.toString());
            }
            assertEquals(Questionnaire.walk(wanted).size(), steps, wanted.toString());
            assertEquals(steps, walk.total(), wanted.toString());
        }
    }

    /** A walk skipping questions until {@code question} is on screen (fails if it never comes). */
    private static Walk onQuestion(Question question) {
        Walk walk = Walk.start();
        while (!walk.done() && walk.current() != question) {
            walk = walk.skip();
        }
        assertSame(question, walk.current(), "never reached " + question.id());
        return walk;
    }
}
