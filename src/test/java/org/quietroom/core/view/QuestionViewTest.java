package org.quietroom.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.core.view.Trees.ENGLISH;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.questions.Question;
import org.quietroom.core.questions.Walk;

class QuestionViewTest {
    private static List<String> actions(Node view) {
        List<String> out = new ArrayList<>();
        for (Node b : Trees.withAttribute(List.of(view), "data-action")) {
            out.add(b.attribute("data-action") + ":" + b.attribute("type"));
        }
        return out;
    }

    @Test
    void theFirstQuestionIsAFormWithItsOptionsWhyAndNoWayBack() {
        Walk walk = Walk.start();
        Question q = walk.current();
        Node form = QuestionView.of(walk, ENGLISH);
        assertEquals("form", form.tag());
        assertEquals("off", form.attribute("autocomplete"), "no form state for session restore");
        Node fieldset = Trees.withAttribute(List.of(form), "data-question").get(0);
        assertEquals(q.id(), fieldset.attribute("data-question"));
        assertEquals(q.kind().id(), fieldset.attribute("data-kind"));
        assertEquals(ENGLISH.get(q.textKey()), form.byId(QuestionView.HEADING_ID).allText());
        assertEquals("-1", form.byId(QuestionView.HEADING_ID).attribute("tabindex"));
        assertEquals(ENGLISH.get(q.whyKey()), form.byId("question-why").allText());
        assertEquals(QuestionView.progress(walk, ENGLISH), form.byId(QuestionView.PROGRESS_ID).allText());
        List<Node> inputs = Trees.withAttribute(List.of(form), "value");
        assertEquals(q.options().size(), inputs.size());
        for (Node input : inputs) {
            assertEquals(q.kind() == Question.Kind.SINGLE ? "radio" : "checkbox", input.attribute("type"));
            assertEquals("off", input.attribute("autocomplete"));
            assertNull(input.attribute("checked"), "nothing is ticked before an answer");
            assertNotNull(form.byId(input.attribute("id")));
        }
        for (Node label : Trees.elements(form)) {
            if (label.tag().equals("label")) {
                assertNotNull(form.byId(label.attribute("for")), "each label names its input");
            }
        }
        assertEquals(List.of("next:submit", "skip:button"), actions(form));
    }

    @Test
    void anAnswerIsTickedAndAfterAMoveThereIsAWayBack() {
        Walk start = Walk.start();
        String option = start.current().options().get(1);
        Walk answered = start.choose(option, true);
        Node form = QuestionView.of(answered, ENGLISH);
        String id = "q-" + start.current().id() + "-" + option;
        assertEquals("", form.byId(id).attribute("checked"));
        Walk second = answered.next();
        Node next = QuestionView.of(second, ENGLISH);
        assertEquals(List.of("next:submit", "back:button", "skip:button"), actions(next));
        assertTrue(QuestionView.progress(second, ENGLISH).contains(Integer.toString(second.position())));
    }

    @Test
    void aQuestionWithSeveralAnswersSaysSoAndIsDescribedByTheHint() {
        Walk walk = Walk.start();
        int guard = 0;
        while (!walk.done() && walk.current().kind() != Question.Kind.MULTI && guard++ < 40) {
            walk = walk.next();
        }
        assertEquals(Question.Kind.MULTI, walk.current().kind(), "the walk reaches a question with several answers");
        Node form = QuestionView.of(walk, ENGLISH);
        Node fieldset = Trees.withAttribute(List.of(form), "data-question").get(0);
        assertEquals(QuestionView.PROGRESS_ID + " question-why question-hint", fieldset.attribute("aria-describedby"));
        assertEquals(ENGLISH.get("questions.multi-hint"), form.byId("question-hint").allText());
    }

    @Test
    void pastTheLastQuestionItSaysSoWithAWayBack() {
        Walk walk = Walk.start();
        int guard = 0;
        while (!walk.done() && guard++ < 40) {
            walk = walk.next();
        }
        assertTrue(walk.done());
        Node done = QuestionView.of(walk, ENGLISH);
        assertEquals("questions-done", done.attribute("id"));
        assertTrue(done.allText().startsWith(ENGLISH.get("ask.done")));
        assertEquals(List.of("back:button"), actions(done));
    }
}
