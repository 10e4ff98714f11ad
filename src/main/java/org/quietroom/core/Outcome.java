package org.quietroom.core;

/** The closed set of outcomes a check can report. Never a verdict about the person or the device. */
public enum Outcome {
    /** What was checked looked as expected. It does not mean "safe": every check has things it cannot see. */
    OK("ok"),
    /** Something worth a look, usually with a harmless explanation. */
    CAUTION("caution"),
    /** Something that changes what is wise to do on this device now. */
    RISK("risk"),
    /** The browser did not give an answer (a missing or throwing API). */
    UNKNOWN("unknown"),
    /** This check does not apply here or was not run. */
    NOT_CHECKED("not-checked");

    private final String id;

    Outcome(String id) {
        this.id = id;
    }

    /** The catalog key of this outcome's badge ("Important", "Worth a look", ...). */
    public String labelKey() {
        return "outcome." + id;
    }

    /** The value of {@code data-outcome} in the page. */
    public String id() {
        return id;
    }
}
