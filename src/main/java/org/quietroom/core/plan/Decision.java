package org.quietroom.core.plan;

/**
 * The one decision the field puts first: is it wise to go on with private things on this device right now? Never a
 * verdict about the person or the device, only about what to do next.
 */
public enum Decision {
    /** Nothing told or checked points away from this device; the plan says what no page can see. */
    CONTINUE_HERE("continue-here"),
    /** Something told or checked makes another device the better place for private things. */
    USE_SAFER_DEVICE("use-safer-device"),
    /** Someone could see or hear right now. */
    COME_BACK_LATER("come-back-later");

    private final String id;

    Decision(String id) {
        this.id = id;
    }

    /** The value of {@code data-decision} in the page. */
    public String id() {
        return id;
    }

    /** The catalog key of the decision's heading. */
    public String headingKey() {
        return "decision." + id + ".heading";
    }
}
