package org.quietroom.core.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswersTest {

    @Test
    void startsWithNothingAnswered() {
        assertTrue(Answers.NONE.isEmpty());
        assertFalse(Answers.NONE.answered("device"));
        assertEquals(Set.of(), Answers.NONE.get("device"));
    }

    @Test
    void withReplacesTheWholeAnswerAndLeavesTheOriginalAlone() {
        Answers first = Answers.NONE.with("device", "own", "shared");
        Answers second = first.with("device", "work");
        assertEquals(Set.of("own", "shared"), first.get("device"));
        assertEquals(Set.of("work"), second.get("device"));
    }

    @Test
    void withNoOptionsMeansSkipped() {
        Answers a = Answers.NONE.with("device", "own").with("device");
        assertFalse(a.answered("device"));
        assertEquals(Answers.NONE, Answers.NONE.with("device", List.of()));
    }

    @Test
    void withoutSkipsAQuestion() {
        Answers a = Answers.NONE.with("device", "own").with("purpose", "person").without("device");
        assertEquals(Set.of("purpose"), a.questionIds());
    }

    @Test
    void untickingTheLastOptionMakesTheQuestionUnanswered() {
        Answers a = Answers.NONE.with("device", "own", "shared").without("device", "own");
        assertEquals(Set.of("shared"), a.get("device"));
        assertFalse(a.without("device", "shared").answered("device"));
    }

    @Test
    void withOptionAddsOneOption() {
        Answers a = Answers.NONE.withOption("device", "own").withOption("device", "work");
        assertTrue(a.has("device", "own"));
        assertTrue(a.has("device", "work"));
    }

    @Test
    void isAValue() {
        assertEquals(Answers.NONE.with("a", "x", "y"), Answers.NONE.with("a", "y").withOption("a", "x"));
        assertEquals(Answers.NONE.with("a", "x").hashCode(), Answers.NONE.with("a", "x").hashCode());
    }

    @Test
    void cannotBeChangedThroughWhatItReturns() {
        Answers a = Answers.NONE.with("device", "own");
        assertThrows(UnsupportedOperationException.class, () -> a.get("device").add("work"));
        assertThrows(UnsupportedOperationException.class, () -> a.questionIds().clear());
    }

    @Test
    void refusesEmptyIds() {
        assertThrows(IllegalArgumentException.class, () -> Answers.NONE.with("", "own"));
        assertThrows(IllegalArgumentException.class, () -> Answers.NONE.with("device", ""));
    }

    @Test
    void printsAndHashesLikeTheSortedMapItWas() {
        Answers a = Answers.NONE.with("purpose", "person").with("device", "shared", "own");
        assertEquals("Answers{device=[own, shared], purpose=[person]}", a.toString());
        java.util.Map<String, Set<String>> map = new java.util.TreeMap<>();
        map.put("device", new java.util.TreeSet<>(Set.of("own", "shared")));
        map.put("purpose", Set.of("person"));
        assertEquals(map.hashCode(), a.hashCode());
        assertEquals(List.of("device", "purpose"), List.copyOf(a.questionIds()));
        assertEquals(List.of("own", "shared"), List.copyOf(a.get("device")));
        assertEquals("Answers{}", Answers.NONE.toString());
    }

    @Test
    void differentAnswersAreNotEqual() {
        Answers a = Answers.NONE.with("device", "own");
        assertFalse(a.equals(Answers.NONE.with("device", "shared")));
        assertFalse(a.equals(Answers.NONE.with("purpose", "own")));
        assertFalse(a.equals(Answers.NONE));
        assertFalse(a.equals("device"));
        assertEquals(a, Answers.NONE.with("purpose", "x").with("device", "own").without("purpose"));
    }
}
