package org.quietroom.core;

import java.util.List;

/**
 * What one check found: its outcome, the catalog key of the sentence that says it, and the evidence (plain
 * strings shown as text, never as markup) that fills the sentence's {0}, {1}, ... slots.
 */
public record Finding(String check, Reason reason, List<String> evidence) {

    public Finding {
        if (check == null || reason == null || evidence == null) {
            throw new IllegalArgumentException("check, reason and evidence must not be null");
        }
        evidence = List.copyOf(evidence);
    }

    public static Finding of(String check, Reason reason, String... evidence) {
        return new Finding(check, reason, List.of(evidence));
    }

    public Outcome outcome() {
        return reason.outcome();
    }

    /** The catalog key of the sentence for this result. */
    public String messageKey() {
        return "check." + check + "." + reason.key();
    }

    /** The catalog key of the check's title. */
    public String titleKey() {
        return "check." + check + ".title";
    }

    /** The catalog key of the harmless explanation said first, where the catalog has one for this result. */
    public String harmlessKey() {
        return messageKey() + ".harmless";
    }

    /** The catalog key of "what this check cannot tell". */
    public String limitsKey() {
        return "check." + check + ".limits";
    }
}
