package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.questions.Answers;
import org.quietroom.core.questions.Question;
import org.quietroom.core.questions.Questionnaire;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The questions, one at a time, in {@code #question-area}: each a {@code <fieldset data-question>} with a legend,
 * native radio buttons or checkboxes with labels, and the one line of why. Continue ({@code data-action="next"}),
 * Back and Skip move along the walk that {@link Questionnaire#walk} gives for the answers so far, recomputed after
 * every answer, so a branch shows or hides questions at once. Every question can be skipped: Continue without an
 * answer, or Skip, which also takes back an answer given.
 *
 * <p>Answers live in this object only ({@link Answers}, immutable, swapped on every click). Focus moves to the new
 * question's heading when the person moves, and to the plan's heading after the last question; it never moves
 * on page load.
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
    private Answers answers = Answers.NONE;
    /** The question on screen; null after the last one. */
    private Question current;
    private HTMLElement progress;
    private boolean dropped;

    QuestionsController(Dom dom, Messages messages, Listener listener) {
        this.dom = dom;
        this.messages = messages;
        this.listener = listener;
    }

    Answers answers() {
        return answers;
    }

    void start() {
        HTMLElement list = dom.byId("question-list");
        if (list != null) {
            list.setAttribute("hidden", "");
        }
        // One listener of each kind on the area, for every question: the form inside is rebuilt on every move.
        HTMLElement area = dom.byId("question-area");
        area.addEventListener("change", (EventListener<Event>) this::changed);
        area.addEventListener("click", (EventListener<Event>) this::clicked);
        area.addEventListener("submit", (EventListener<Event>) e -> {
            e.preventDefault();
            next();
        });
        current = Questionnaire.walk(answers).get(0);
        render(false);
    }

    /**
     * The answer to the first screen's question ({@link Questionnaire#FIRST_SCREEN}, asked by {@link NowChoice}):
     * it counts like any other answer, and the walk does not ask it again.
     */
    void answerFirst(String option) {
        if (!dropped && Questionnaire.FIRST_SCREEN.hasOption(option)) {
            choose(Questionnaire.FIRST_SCREEN, option, true);
        }
    }

    private void changed(Event event) {
        HTMLInputElement input = (HTMLInputElement) event.getTarget();
        String option = input.getValue();
        if (current != null && option != null && current.hasOption(option)) {
            choose(current, option, input.isChecked());
        }
    }

    private void clicked(Event event) {
        String action = ((HTMLElement) event.getTarget()).getAttribute("data-action");
        if ("back".equals(action)) {
            back();
        } else if ("skip".equals(action) && current != null) {
            skip(current);
        }
    }

    /** The same question, with the same answers, in the page's new language; focus stays where it was. */
    void redraw() {
        if (!dropped) {
            render(false);
        }
    }

    /** Forgets every answer and removes the questions from the page; nothing is shown again. */
    void drop() {
        dropped = true;
        answers = Answers.NONE;
        current = null;
        progress = null;
        Dom.clear(dom.byId("question-area"));
    }

    private void render(boolean moveFocus) {
        HTMLElement area = dom.byId("question-area");
        Dom.clear(area);
        progress = null;
        if (current == null) {
            renderDone(area);
            return;
        }
        Question q = current;
        List<Question> path = Questionnaire.walk(answers);
        HTMLElement form = dom.element("form", "question-form");
        // Form state (which option is ticked) would otherwise go into the browser's session restore.
        form.setAttribute("autocomplete", "off");
        form.setAttribute("id", "question-form");
        form.setAttribute("novalidate", "");
        dom.add(form, "p", "questions__intro", messages.get("questions.intro"));
        progress = dom.add(form, "p", "progress", progressText(path));
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
        if (indexOf(path, q) > 0) {
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
        input.setChecked(answers.has(q.id(), option));
        row.appendChild(input);
        dom.add(row, "label", "", messages.get(q.optionKey(option))).setAttribute("for", id);
        return row;
    }

    private void choose(Question q, String option, boolean checked) {
        if (dropped) {
            return;
        }
        if (q.kind() == Question.Kind.SINGLE) {
            answers = checked ? answers.with(q.id(), option) : answers.without(q.id());
        } else {
            answers = checked ? answers.withOption(q.id(), option) : answers.without(q.id(), option);
        }
        answersChanged();
    }

    private void answersChanged() {
        if (progress != null) {
            dom.setText(progress, progressText(Questionnaire.walk(answers)));
        }
        listener.answersChanged(answers);
    }

    private String progressText(List<Question> path) {
        int position = indexOf(path, current) + 1;
        return messages.get("ask.progress", List.of(Integer.toString(position), Integer.toString(path.size())));
    }

    private void skip(Question q) {
        if (dropped) {
            return;
        }
        if (answers.answered(q.id())) {
            answers = answers.without(q.id());
            answersChanged();
        }
        next();
    }

    private void next() {
        if (dropped || current == null) {
            return;
        }
        List<Question> path = Questionnaire.walk(answers);
        int at = indexOf(path, current);
        current = at + 1 < path.size() ? path.get(at + 1) : null;
        render(true);
        if (current == null) {
            listener.finished();
        }
    }

    private void back() {
        if (dropped) {
            return;
        }
        List<Question> path = Questionnaire.walk(answers);
        if (current == null) {
            current = path.get(path.size() - 1);
        } else {
            int at = indexOf(path, current);
            if (at > 0) {
                current = path.get(at - 1);
            }
        }
        render(true);
    }

    /**
     * Where {@code q} stands on the path. A question the path no longer shows counts as standing just before
     * the next one it does show (the path keeps {@link Questionnaire#all()}'s order).
     */
    private static int indexOf(List<Question> path, Question q) {
        int at = path.indexOf(q);
        if (at >= 0) {
            return at;
        }
        List<Question> all = Questionnaire.all();
        int order = all.indexOf(q);
        for (int i = 0; i < path.size(); i++) {
            if (all.indexOf(path.get(i)) > order) {
                return i - 1;
            }
        }
        return path.size() - 1;
    }
}
