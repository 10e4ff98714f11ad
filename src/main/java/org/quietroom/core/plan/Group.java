package org.quietroom.core.plan;

/**
 * When a step belongs. The order is the field's safety-first order: what can be done now without changing anything,
 * then planning and documenting, and only then changes that could be noticed.
 */
public enum Group {
    /** On this device, in this visit: looking, not changing. */
    NOW("now"),
    /** Before changing anything: plan, document, talk to someone. */
    BEFORE("before"),
    /** Changes, when the person is ready and preferably from another device. */
    LATER("later");

    private final String id;

    Group(String id) {
        this.id = id;
    }

    /** The value of {@code data-group} in the page. */
    public String id() {
        return id;
    }

    /** The catalog key of the group's heading. */
    public String headingKey() {
        return "plan.group." + id;
    }
}
