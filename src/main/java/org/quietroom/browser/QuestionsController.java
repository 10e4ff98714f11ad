package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.questions.Answers;
import org.quietroom.core.questions.Question;
import org.quietroom.core.questions.Questionnaire;
import org.quietroom.core.questions.Walk;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The questions, one at a time, in {@code #question-area}: each a {@code <fieldset data-question>} with a legend,
 * native radio buttons or checkboxes with labels, and the one line of why. Continue ({@code data-action="next"}),
 * Back and Skip are moves of the {@link Walk} (core), which also says which question comes next and where the
 * person stands; this class only draws the walk and wires the clicks. Every question can be skipped: Continue
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
        // One listener of each kind on the area, for every question: the form inside is rebuilt on every move.
        HTMLElement area = dom.byId("question-area");
        area.addEventListener("change", (EventListener<Event>) event -> {
            HTMLInputElement input = (HTMLInputElement) event.getTarget();
            answer(walk.choose(input.getValue(), input.isChecked()));
        });
        area.addEventListener("click", (EventListener<Event>) event -> {
            String action = ((HTMLElement) event.getTarget()).getAttribute("data-action");
            if ("back".equals(action)) {
                move(walk.back());
            } else if ("skip".equals(action)) {
                answer(walk.skip());
                move(walk);
            }
        });
        area.addEventListener("submit", (EventListener<Event>) e -> {
            e.preventDefault();
            move(walk.next());
        });
        render(false);
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
                dom.setText(progress, progressText());
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
        Dom.clear(area);
        progress = null;
        if (walk.done()) {
            renderDone(area);
            return;
        }
        Question q = walk.current();
        HTMLElement form = dom.element("form", "question-form");
        // Form state (which option is ticked) would otherwise go into the browser's session restore.
        form.setAttribute("autocomplete", "off");
        form.setAttribute("id", "question-form");
        form.setAttribute("novalidate", "");
        dom.add(form, "p", "questions__intro", messages.get("questions.intro"));
        progress = dom.add(form, "p", "progress", progressText());
        progress.setAttribute("id", "question-progress");

        HTMLElement fieldset = dom.element("fieldset", "question");
        fieldset.setAttribute("data-question", q.id());
        fieldset.setAttribute("data-kind", q.kind().id());
        String describedBy = "question-progress question-why";
        HTMLElement legend = dom.element("legend", "");
        HTMLElement heading = dom.add(legend, "h3", "", messages.get(q.textKey()));
        heading.setAttribute("id", "question-text");
        heading.setAttribute("tabindex", "-1");
        fieldset.appendChild(legend);
        dom.add(fieldset, "p", "question__why", messages.get(q.whyKey())).setAttribute("id", "question-why");
        if (q.kind() == Question.Kind.MULTI) {
            dom.add(fieldset, "p", "question__hint", messages.get("questions.multi-hint"))
                    .setAttribute("id", "question-hint");
            describedBy += " question-hint";
        }
        fieldset.setAttribute("aria-describedby", describedBy);
        for (String option : q.options()) {
            fieldset.appendChild(option(q, option));
        }
        form.appendChild(fieldset);

        HTMLElement nav = dom.element("div", "question-nav");
        HTMLElement next = dom.add(nav, "button", "", messages.get("ask.next"));
        next.setAttribute("type", "submit");
        next.setAttribute("data-action", "next");
        if (walk.canGoBack()) {
            button(nav, "back", "ask.back");
        }
        button(nav, "skip", "questions.skip");
        form.appendChild(nav);
        area.appendChild(form);
        if (moveFocus) {
            heading.focus();
        }
    }

    private void renderDone(HTMLElement area) {
        HTMLElement done = dom.element("div", "questions-done");
        done.setAttribute("id", "questions-done");
        dom.add(done, "p", "", messages.get("ask.done"));
        HTMLElement nav = dom.element("div", "question-nav");
        button(nav, "back", "ask.back");
        done.appendChild(nav);
        area.appendChild(done);
    }

    private HTMLElement button(HTMLElement parent, String action, String key) {
        HTMLElement b = dom.add(parent, "button", "", messages.get(key));
        b.setAttribute("type", "button");
        b.setAttribute("data-action", action);
        return b;
    }

    private HTMLElement option(Question q, String option) {
        String id = "q-" + q.id() + "-" + option;
        HTMLElement row = dom.element("div", "option");
        HTMLInputElement input = (HTMLInputElement) dom.element("input", "");
        input.setAttribute("type", q.kind() == Question.Kind.SINGLE ? "radio" : "checkbox");
        input.setAttribute("id", id);
        input.setAttribute("name", "q-" + q.id());
        input.setAttribute("value", option);
        input.setAttribute("autocomplete", "off");
        input.setChecked(walk.answers().has(q.id(), option));
        row.appendChild(input);
        dom.add(row, "label", "", messages.get(q.optionKey(option))).setAttribute("for", id);
        return row;
    }

    private String progressText() {
        return messages.get("ask.progress", List.of(Integer.toString(walk.position()),
                Integer.toString(walk.total())));
    }
}
