package org.quietroom.core.questions;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
    public static final Answers NONE = new Answers(new TreeMap<>());

    private final Map<String, Set<String>> byQuestion;

    private Answers(TreeMap<String, Set<String>> byQuestion) {
        this.byQuestion = Collections.unmodifiableMap(byQuestion);
    }

    /** These answers with {@code questionId} answered by exactly {@code optionIds}; none means "unanswered". */
    public Answers with(String questionId, String... optionIds) {
        TreeSet<String> chosen = new TreeSet<>();
        for (String option : optionIds) {
            chosen.add(checked(option));
        }
        return replace(checked(questionId), chosen);
    }

    /** These answers with {@code questionId} answered by exactly {@code optionIds}; empty means "unanswered". */
    public Answers with(String questionId, Collection<String> optionIds) {
        return with(questionId, optionIds.toArray(new String[0]));
    }

    /** These answers with one more option ticked (for "choose all that fit" questions). */
    public Answers withOption(String questionId, String optionId) {
        TreeSet<String> chosen = new TreeSet<>(get(questionId));
        chosen.add(checked(optionId));
        return replace(checked(questionId), chosen);
    }

    /** These answers with {@code questionId} skipped. */
    public Answers without(String questionId) {
        return replace(checked(questionId), new TreeSet<>());
    }

    /** These answers with one option unticked; unticking the last one makes the question unanswered. */
    public Answers without(String questionId, String optionId) {
        TreeSet<String> chosen = new TreeSet<>(get(questionId));
        chosen.remove(optionId);
        return replace(checked(questionId), chosen);
    }

    private Answers replace(String questionId, TreeSet<String> chosen) {
        TreeMap<String, Set<String>> next = new TreeMap<>(byQuestion);
        if (chosen.isEmpty()) {
            next.remove(questionId);
        } else {
            next.put(questionId, Collections.unmodifiableSet(chosen));
        }
        return new Answers(next);
    }

    private static String checked(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("id == null or empty");
        }
        return id;
    }

    /** The chosen option ids, sorted; empty when the question is unanswered. */
    public Set<String> get(String questionId) {
        Set<String> chosen = byQuestion.get(questionId);
        return chosen == null ? Collections.emptySet() : chosen;
    }

    public boolean answered(String questionId) {
        return byQuestion.containsKey(questionId);
    }

    public boolean has(String questionId, String optionId) {
        return get(questionId).contains(optionId);
    }

    /** The ids of the answered questions, sorted. */
    public Set<String> questionIds() {
        return byQuestion.keySet();
    }

    public boolean isEmpty() {
        return byQuestion.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers && ((Answers) other).byQuestion.equals(byQuestion);
    }

    @Override
    public int hashCode() {
        return byQuestion.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + byQuestion;
    }
}
