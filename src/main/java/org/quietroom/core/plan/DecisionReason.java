package org.quietroom.core.plan;

/**
 * Why the plan decided what it did: the closed set of sentences that explain a {@link Decision}, each tied to the
 * one decision it explains (as a check's reasons are tied to an outcome).
 */
public enum DecisionReason {
    /** Nothing the person told us or the page checked points away from this device. */
    NOTHING_POINTS_AWAY(Decision.CONTINUE_HERE, "nothing-points-away"),
    /** A public computer nobody the person worries about has set up; the usual advice for a safer device. */
    PUBLIC_DEVICE(Decision.CONTINUE_HERE, "public-device"),
    /** A trusted friend's device; also the usual advice for a safer device. */
    FRIEND_DEVICE(Decision.CONTINUE_HERE, "friend-device"),
    /** Most checks could not run: say so rather than sound reassuring. */
    CHECKS_UNCLEAR(Decision.CONTINUE_HERE, "checks-unclear"),
    /** The person was unsure about something that matters; the steps help them look. */
    TAKE_CARE(Decision.CONTINUE_HERE, "take-care"),
    /** No answers at all: the plan is general. */
    GENERAL(Decision.CONTINUE_HERE, "general"),

    /** An in-app browser: the app around the page can read and change it. */
    IN_APP_BROWSER(Decision.USE_SAFER_DEVICE, "in-app-browser"),
    /** A check found something that changes what is wise on this device. */
    CHECK_FOUND_RISK(Decision.USE_SAFER_DEVICE, "check-found-risk"),
    /** The person thinks someone may have installed monitoring software. */
    MONITORING_SOFTWARE(Decision.USE_SAFER_DEVICE, "monitoring-software"),
    /** Someone else gave the device or set it up, so they may still have a way in. */
    DEVICE_FROM_SOMEONE(Decision.USE_SAFER_DEVICE, "device-from-someone"),
    /** Someone knew things they should not; until explained, keep private things elsewhere. */
    SIGNS_OF_MONITORING(Decision.USE_SAFER_DEVICE, "signs-of-monitoring"),
    /** Counselling on a work or school device or network, which the employer or school may see. */
    WORK_DEVICE(Decision.USE_SAFER_DEVICE, "work-device"),
    /** Someone else has had the device or knows its passcode. */
    SOMEONE_HAS_ACCESS(Decision.USE_SAFER_DEVICE, "someone-has-access"),
    /** A device shared at home with the person, who lives there too. */
    SHARED_AT_HOME(Decision.USE_SAFER_DEVICE, "shared-at-home"),

    /** Someone could see or hear right now. */
    NOT_PRIVATE_NOW(Decision.COME_BACK_LATER, "not-private-now");

    private final Decision decision;
    private final String id;

    DecisionReason(Decision decision, String id) {
        this.decision = decision;
        this.id = id;
    }

    public Decision decision() {
        return decision;
    }

    /** The value of {@code data-reason} in the page. */
    public String id() {
        return id;
    }

    /** The catalog key of the sentence that explains the decision. */
    public String key() {
        return "decision." + decision.id() + "." + id;
    }
}
