package org.quietroom.core.questions;

import java.util.Collection;
import java.util.Set;

/**
 * The answers given so far: question id to the set of chosen option ids. Immutable; {@link #with} and
 * {@link #without} return new values, so the page can keep one value and swap it on every click.
 *
 * <p>A question that was skipped, or whose options were all unticked, is simply absent: "unanswered" is the only
 * way to say "skip". Iteration order is sorted (never hash order), so everything derived from answers is the same
 * on every run and in every engine.
 */
public final class Answers {
    /** No answers at all. */
    public static final Answers NONE = new Answers(IdSet.EMPTY, new IdSet[0]);

    /** The answered questions, sorted; {@code chosen[i]} is what was chosen for the i-th, never empty. */
    private final IdSet questions;
    private final IdSet[] chosen;

    private Answers(IdSet questions, IdSet[] chosen) {
        this.questions = questions;
        this.chosen = chosen;
    }

    /** These answers with {@code questionId} answered by exactly {@code optionIds}; none means "unanswered". */
    public Answers with(String questionId, String... optionIds) {
        IdSet set = IdSet.EMPTY;
        for (String option : optionIds) {
            set = set.plus(checked(option));
        }
        return replace(checked(questionId), set);
    }

    /** These answers with {@code questionId} answered by exactly {@code optionIds}; empty means "unanswered". */
    public Answers with(String questionId, Collection<String> optionIds) {
        return with(questionId, optionIds.toArray(new String[0]));
    }

    /** These answers with one more option ticked (for "choose all that fit" questions). */
    public Answers withOption(String questionId, String optionId) {
        return replace(checked(questionId), chosen(questionId).plus(checked(optionId)));
    }

    /** These answers with {@code questionId} skipped. */
    public Answers without(String questionId) {
        return replace(checked(questionId), IdSet.EMPTY);
    }

    /** These answers with one option unticked; unticking the last one makes the question unanswered. */
    public Answers without(String questionId, String optionId) {
        return replace(checked(questionId), chosen(questionId).minus(optionId));
    }

    private Answers replace(String questionId, IdSet options) {
        IdSet nextQuestions = options.isEmpty() ? questions.minus(questionId) : questions.plus(questionId);
        IdSet[] next = new IdSet[nextQuestions.size()];
        for (int i = 0; i < next.length; i++) {
            String id = nextQuestions.at(i);
            next[i] = id.equals(questionId) ? options : chosen[questions.indexOf(id)];
        }
        return new Answers(nextQuestions, next);
    }

    private static String checked(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("id == null or empty");
        }
        return id;
    }

    private IdSet chosen(String questionId) {
        int at = questions.indexOf(questionId);
        return at < 0 ? IdSet.EMPTY : chosen[at];
    }

    /** The chosen option ids, sorted; empty when the question is unanswered. */
    public Set<String> get(String questionId) {
        return chosen(questionId);
    }

    public boolean answered(String questionId) {
        return questions.contains(questionId);
    }

    public boolean has(String questionId, String optionId) {
        return chosen(questionId).contains(optionId);
    }

    /** The ids of the answered questions, sorted. */
    public Set<String> questionIds() {
        return questions;
    }

    public boolean isEmpty() {
        return questions.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Answers) || !((Answers) other).questions.equals(questions)) {
            return false;
        }
        for (int i = 0; i < chosen.length; i++) {
            if (!chosen[i].equals(((Answers) other).chosen[i])) {
                return false;
            }
        }
        return true;
    }

    /** As a {@code Map<String, Set<String>>} of the same answers would hash. */
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < chosen.length; i++) {
            h += questions.at(i).hashCode() ^ chosen[i].hashCode();
        }
        return h;
    }

    /** For example {@code Answers{device=[own, shared], purpose=[person]}}, as a sorted map would print. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Answers{");
        for (int i = 0; i < chosen.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(questions.at(i)).append('=').append(chosen[i]);
        }
        return sb.append('}').toString();
    }
}
