package org.quietroom.core.view;

import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.Words;
import org.quietroom.core.questions.Question;
import org.quietroom.core.questions.Walk;

/**
 * Where the {@link Walk} stands, as the content of {@code #question-area}: the current question as a
 * {@code <form>} with a {@code <fieldset data-question>}, its legend, native radio buttons or checkboxes with
 * labels, the one line of why and the moves ({@code data-action} next, back, skip); or, past the last question,
 * the line that says so with a way back. The page wires the moves; focus goes to {@code #question-text}.
 */
public final class QuestionView {
    /** The line of where the person stands ("Question 2 of 7"), kept current between moves. */
    public static final String PROGRESS_ID = "question-progress";
    /** The question's heading, focused when the person moves. */
    public static final String HEADING_ID = "question-text";

    private QuestionView() {
    }

    /** The walk's current question, or the end of the walk. */
    public static Node of(Walk walk, Words words) {
        if (walk.done()) {
            Node done = Node.el("div", "questions-done").attr("id", "questions-done");
            done.sub("p", "", words.get("ask.done"));
            return done.child(button(Node.el("div", "question-nav"), "back", words.get("ask.back")));
        }
        Question q = walk.current();
        // Form state (which option is ticked) would otherwise go into the browser's session restore.
        Node form = Node.el("form", "question-form").attr("autocomplete", "off").attr("id", "question-form")
                .attr("novalidate", "");
        form.sub("p", "questions__intro", words.get("questions.intro"));
        form.sub("p", "progress", progress(walk, words)).attr("id", PROGRESS_ID);

        Node fieldset = Node.el("fieldset", "question").attr("data-question", q.id()).attr("data-kind", q.kind().id());
        Node legend = fieldset.sub("legend", "", "");
        legend.sub("h3", "", words.get(q.textKey())).attr("id", HEADING_ID).attr("tabindex", "-1");
        fieldset.sub("p", "question__why", words.get(q.whyKey())).attr("id", "question-why");
        String describedBy = PROGRESS_ID + " question-why";
        if (q.kind() == Question.Kind.MULTI) {
            fieldset.sub("p", "question__hint", words.get("questions.multi-hint")).attr("id", "question-hint");
            describedBy += " question-hint";
        }
        fieldset.attr("aria-describedby", describedBy);
        for (String option : q.options()) {
            fieldset.child(option(walk, q, option, words));
        }
        form.child(fieldset);

        Node nav = form.sub("div", "question-nav", "");
        nav.sub("button", "", words.get("ask.next")).attr("type", "submit").attr("data-action", "next");
        if (walk.canGoBack()) {
            button(nav, "back", words.get("ask.back"));
        }
        button(nav, "skip", words.get("questions.skip"));
        return form;
    }

    /** "Question {0} of {1}". */
    public static String progress(Walk walk, Words words) {
        return Text.fill(words.get("ask.progress"), List.of(Integer.toString(walk.position()),
                Integer.toString(walk.total())));
    }

    private static Node button(Node parent, String action, String text) {
        parent.sub("button", "", text).attr("type", "button").attr("data-action", action);
        return parent;
    }

    /** One option: a native input (ticked when answered so: the {@code checked} attribute) and its label. */
    private static Node option(Walk walk, Question q, String option, Words words) {
        String id = "q-" + q.id() + "-" + option;
        Node input = Node.el("input", "").attr("type", q.kind() == Question.Kind.SINGLE ? "radio" : "checkbox")
                .attr("id", id).attr("name", "q-" + q.id()).attr("value", option).attr("autocomplete", "off");
        if (walk.answers().has(q.id(), option)) {
            input.attr("checked", "");
        }
        Node row = Node.el("div", "option").child(input);
        row.sub("label", "", words.get(q.optionKey(option))).attr("for", id);
        return row;
    }
}
