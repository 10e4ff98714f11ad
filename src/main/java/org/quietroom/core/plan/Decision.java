package org.quietroom.core.plan;

/**
 * What is wiser for the private things the person came here to do, as one heading. Never a go-ahead and never a
 * verdict about the person or the device. Declared from the decision that keeps the person closest to this device to
 * the one that keeps them furthest from it: a plan takes the furthest decision any of its reasons asks for, so an
 * added worry can only move the decision down this list, never up it ({@link #ordinal()} is that rank).
 */
public enum Decision {
    /** Nothing answered and nothing found: the plan is general, and answering makes it fit. */
    PLAN_SO_FAR("plan-so-far"),
    /** Answers and checks point to no particular risk; the steps still come before private things. */
    STEPS_FIRST("steps-first"),
    /** Something is uncertain or worth a look: look more closely before trusting this device with private things. */
    LOOK_CLOSER("look-closer"),
    /** The page is a copy, framed, or inside another app: open the real address in the usual browser. */
    OPEN_REAL_PAGE("open-real-page"),
    /** The connection or the network can be read or rewritten by someone: use another network (or device). */
    USE_OTHER_NETWORK("use-other-network"),
    /** The device or its accounts may be open to someone: use a device and accounts they never had access to. */
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

    /** Whether this decision keeps the person further from this device than {@code other}. */
    public boolean furtherThan(Decision other) {
        return ordinal() > other.ordinal();
    }
}
