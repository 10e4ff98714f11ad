package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.questions.Answers;
import org.quietroom.core.questions.Questionnaire;
import org.quietroom.core.questions.Walk;
import org.quietroom.core.view.QuestionView;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The questions, one at a time, in {@code #question-area}, drawn from core's {@link QuestionView}. Continue
 * ({@code data-action="next"}), Back and Skip are moves of the {@link Walk} (core), which also says which question
 * comes next and where the person stands; this class only draws the walk and wires the clicks. Every question can be skipped: Continue
 * without an answer, or Skip, which also takes back an answer given.
 *
 * <p>The walk lives in this object only (immutable, swapped on every click). Focus moves to the new question's
 * heading when the person moves, and to the plan's heading after the last question; it never moves on page load.
 */
final class QuestionsController {
    /** Told about every change. */
    interface Listener {
        void answersChanged(Answers answers);

        /** The person went past the last question. */
        void finished();
    }

    private final Dom dom;
    private final Messages messages;
    private final Listener listener;
    private final Visit visit;
    private Walk walk = Walk.start();
    private HTMLElement progress;

    QuestionsController(Dom dom, Messages messages, Listener listener, Visit visit) {
        this.dom = dom;
        this.messages = messages;
        this.listener = listener;
        this.visit = visit;
    }

    Answers answers() {
        return walk.answers();
    }

    void start() {
        HTMLElement list = dom.byId("question-list");
        if (list != null) {
            list.setAttribute("hidden", "");
        }
        // One listener on the area for every question and every kind of event: the form inside is rebuilt on every
        // move.
        HTMLElement area = dom.byId("question-area");
        EventListener<Event> listener = this::handle;
        area.addEventListener("change", listener);
        area.addEventListener("click", listener);
        area.addEventListener("submit", listener);
        render(false);
    }

    private void handle(Event event) {
        switch (event.getType()) {
            case "change": {
                HTMLInputElement input = (HTMLInputElement) event.getTarget();
                answer(walk.choose(input.getValue(), input.isChecked()));
                break;
            }
            case "click": {
                String action = ((HTMLElement) event.getTarget()).getAttribute("data-action");
                if ("back".equals(action)) {
                    move(walk.back());
                } else if ("skip".equals(action)) {
                    answer(walk.skip());
                    move(walk);
                }
                break;
            }
            default:
                event.preventDefault();
                move(walk.next());
        }
    }

    /**
     * The answer to the first screen's question ({@link Questionnaire#FIRST_SCREEN}, asked by {@link NowChoice}):
     * it counts like any other answer, and the walk does not ask it again.
     */
    void answerFirst(String option) {
        answer(walk.answer(Questionnaire.FIRST_SCREEN, option, true));
    }

    /** The same question, with the same answers, in the page's new language; focus stays where it was. */
    void redraw() {
        if (!visit.over()) {
            render(false);
        }
    }

    /** Forgets every answer and removes the questions from the page; nothing is shown again. */
    void drop() {
        walk = Walk.start();
        progress = null;
        Dom.clear(dom.byId("question-area"));
    }

    /** A new walk with other answers, the same question on screen. */
    private void answer(Walk next) {
        if (visit.over()) {
            return;
        }
        boolean changed = !next.answers().equals(walk.answers());
        walk = next;
        if (changed) {
            if (progress != null) {
                dom.setText(progress, QuestionView.progress(walk, messages));
            }
            listener.answersChanged(walk.answers());
        }
    }

    /** A new walk on another question (or the same): drawn, with focus on its heading. */
    private void move(Walk next) {
        if (visit.over()) {
            return;
        }
        walk = next;
        render(true);
        if (walk.done()) {
            listener.finished();
        }
    }

    private void render(boolean moveFocus) {
        HTMLElement area = dom.byId("question-area");
        dom.fill(area, List.of(QuestionView.of(walk, messages)));
        progress = dom.byId(QuestionView.PROGRESS_ID);
        HTMLElement heading = dom.byId(QuestionView.HEADING_ID);
        if (moveFocus && heading != null) {
            heading.focus();
        }
    }

}
