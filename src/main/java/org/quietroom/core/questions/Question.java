package org.quietroom.core.questions;

import java.util.List;

/**
 * One question: a stable id (used as {@code data-question} and in message keys), whether one or several options
 * may be chosen, and the option ids. The words live in the catalog under {@code q.<id>.text} (the question),
 * {@code q.<id>.why} (one line saying why we ask) and {@code q.<id>.opt.<option id>} (each option).
 *
 * <p>There is no "required" flag on purpose: every question can be skipped.
 */
public record Question(String id, Kind kind, List<String> options) {

    /** How many options may be chosen. */
    public enum Kind {
        /** At most one option. */
        SINGLE("single"),
        /** Any number of options ("choose all that fit"). */
        MULTI("multi");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The value of {@code data-kind} in the page. */
        public String id() {
            return id;
        }
    }

    public Question {
        if (id == null || id.isEmpty() || kind == null || options == null || options.isEmpty()) {
            throw new IllegalArgumentException("id, kind and options must be given");
        }
        options = List.copyOf(options);
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).isEmpty() || options.indexOf(options.get(i)) != i) {
                throw new IllegalArgumentException("empty or repeated option in question " + id);
            }
        }
    }

    static Question single(String id, String... options) {
        return new Question(id, Kind.SINGLE, List.of(options));
    }

    static Question multi(String id, String... options) {
        return new Question(id, Kind.MULTI, List.of(options));
    }

    public boolean hasOption(String optionId) {
        return options.contains(optionId);
    }

    /** The catalog key of the question itself. */
    public String textKey() {
        return "q." + id + ".text";
    }

    /** The catalog key of the one-line "why we ask". */
    public String whyKey() {
        return "q." + id + ".why";
    }

    /** The catalog key of one option's label. */
    public String optionKey(String optionId) {
        if (!hasOption(optionId)) {
            throw new IllegalArgumentException("question " + id + " has no option " + optionId);
        }
        return "q." + id + ".opt." + optionId;
    }
}
