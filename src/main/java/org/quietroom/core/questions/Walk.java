package org.quietroom.core.questions;

import java.util.List;
import java.util.Objects;

/**
 * Where the person stands in the questions: the answers so far and the question on screen, or {@linkplain #done()
 * done} after the last one. Immutable: every move returns a new walk, so the page swaps one value per click and a
 * test can replay any sequence of clicks.
 *
 * <p>The path is {@link Questionnaire#walk} of the answers, recomputed after every answer, so a branch shows or hides
 * questions at once. A question that drops off the path while it is on screen stays on screen; it counts as standing
 * just before the next question the path still shows, so Continue and Back go on from there.
 */
public final class Walk {
    private final Answers answers;
    /** The question on screen; null when done. */
    private final Question current;

    private Walk(Answers answers, Question current) {
        this.answers = answers;
        this.current = current;
    }

    /** The first question, with no answers. */
    public static Walk start() {
        return new Walk(Answers.NONE, Questionnaire.walk(Answers.NONE).get(0));
    }

    public Answers answers() {
        return answers;
    }

    /** The question on screen, or null when {@link #done()}. */
    public Question current() {
        return current;
    }

    /** The person went past the last question. */
    public boolean done() {
        return current == null;
    }

    /** The questions the walk shows for the answers so far, in order. */
    public List<Question> path() {
        return Questionnaire.walk(answers);
    }

    /** Where the question on screen stands, from 1; after the last question, the number of questions. */
    public int position() {
        List<Question> path = path();
        return current == null ? path.size() : Math.max(1, indexOf(path, current) + 1);
    }

    public int total() {
        return path().size();
    }

    /** Whether Back leads anywhere: not on the first question. */
    public boolean canGoBack() {
        return back() != this;
    }

    /**
     * Ticks ({@code checked}) or unticks an option of the question on screen; a single-choice question keeps one
     * answer. Anything else (done, an option the question does not have) changes nothing.
     */
    public Walk choose(String option, boolean checked) {
        return current == null ? this : answer(current, option, checked);
    }

    /**
     * Ticks or unticks an option of any question, such as the one the first screen asks: it counts like any other
     * answer. The question on screen stays. An option the question does not have changes nothing.
     */
    public Walk answer(Question q, String option, boolean checked) {
        if (option == null || !q.hasOption(option)) {
            return this;
        }
        Answers now;
        if (q.kind() == Question.Kind.SINGLE) {
            now = checked ? answers.with(q.id(), option) : answers.without(q.id());
        } else {
            now = checked ? answers.withOption(q.id(), option) : answers.without(q.id(), option);
        }
        return new Walk(now, current);
    }

    /** Takes back any answer to the question on screen and moves on. */
    public Walk skip() {
        if (current == null) {
            return this;
        }
        return new Walk(answers.without(current.id()), current).next();
    }

    /** The next question on the path, or done after the last. */
    public Walk next() {
        if (current == null) {
            return this;
        }
        List<Question> path = path();
        int at = indexOf(path, current);
        return new Walk(answers, at + 1 < path.size() ? path.get(at + 1) : null);
    }

    /**
     * The question before (for a question off the path, the one it stands after), or the last one when done; the
     * first question stays where it is.
     */
    public Walk back() {
        List<Question> path = path();
        if (current == null) {
            return new Walk(answers, path.get(path.size() - 1));
        }
        int at = indexOf(path, current);
        int to = path.contains(current) ? at - 1 : at;
        return to >= 0 ? new Walk(answers, path.get(to)) : this;
    }

    /**
     * Where {@code q} stands on the path. A question the path no longer shows counts as standing just before the
     * next one it does show (the path keeps {@link Questionnaire#all()}'s order).
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Walk w && w.answers.equals(answers) && w.current == current;
    }

    @Override
    public int hashCode() {
        return Objects.hash(answers, current == null ? "" : current.id());
    }

    @Override
    public String toString() {
        return (current == null ? "done" : current.id()) + " " + answers;
    }
}
