package org.quietroom.core.plan;

/**
 * Why the plan decided what it did: the closed set of sentences that explain a {@link Decision}, each tied to the
 * one decision it asks for (as a check's reasons are tied to an outcome). A plan lists every reason that applies,
 * furthest first; each answer that changes what is wise has its own.
 */
public enum DecisionReason {
    // COME_BACK_LATER
    /** Someone could see or hear right now. */
    NOT_PRIVATE_NOW(Decision.COME_BACK_LATER, "not-private-now"),

    // USE_SAFER_DEVICE
    /** The person thinks someone may have installed monitoring software. */
    MONITORING_SOFTWARE(Decision.USE_SAFER_DEVICE, "monitoring-software"),
    /** Someone else gave the device or set it up, so they may still have a way in. */
    DEVICE_FROM_SOMEONE(Decision.USE_SAFER_DEVICE, "device-from-someone"),
    /** Someone knew things they should not; until explained, keep private things elsewhere. */
    SIGNS_OF_MONITORING(Decision.USE_SAFER_DEVICE, "signs-of-monitoring"),
    /** A work or school device or network, which the employer or school may see. */
    WORK_DEVICE(Decision.USE_SAFER_DEVICE, "work-device"),
    /** Someone else has had the device or knows its passcode. */
    SOMEONE_HAS_ACCESS(Decision.USE_SAFER_DEVICE, "someone-has-access"),
    /** A device shared at home with the person, who lives there too. */
    SHARED_AT_HOME(Decision.USE_SAFER_DEVICE, "shared-at-home"),
    /** Someone may know an account's password: what syncs from it can show on their devices. */
    ACCOUNTS_KNOWN(Decision.USE_SAFER_DEVICE, "accounts-known"),
    /** A family or shared account with them (Family Sharing, a shared Apple Account, Family Link). */
    FAMILY_ACCOUNT(Decision.USE_SAFER_DEVICE, "family-account"),
    /** They hold or pay for the phone account: calls and texts can show on the bill and in the account. */
    PHONE_ACCOUNT(Decision.USE_SAFER_DEVICE, "phone-account"),
    /** Code was added to this page that can read what is typed. */
    PAGE_CODE_ADDED(Decision.USE_SAFER_DEVICE, "page-code-added"),
    /** The browser says automation software controls it. */
    AUTOMATED(Decision.USE_SAFER_DEVICE, "automated"),
    /** An important result of a check that has no remedy of its own yet: read what the page found. */
    CHECK_FOUND_RISK(Decision.USE_SAFER_DEVICE, "check-found-risk"),

    // USE_OTHER_NETWORK
    /** Plain http: anyone on the way can read and change the page. */
    NOT_ENCRYPTED(Decision.USE_OTHER_NETWORK, "not-encrypted"),
    /** A rewriting proxy carries the page: it can read and change everything on it. */
    REWRITING_PROXY(Decision.USE_OTHER_NETWORK, "rewriting-proxy"),
    /** The page's own security settings or scripts did not arrive as built. */
    PAGE_ALTERED(Decision.USE_OTHER_NETWORK, "page-altered"),
    /** A network run by an employer, a public place or someone else: they can see which sites are visited. */
    NETWORK_OWNER(Decision.USE_OTHER_NETWORK, "network-owner"),

    // OPEN_REAL_PAGE
    /** An in-app browser: the app around the page can read and change it. */
    IN_APP_BROWSER(Decision.OPEN_REAL_PAGE, "in-app-browser"),
    /** A translator's, an archive's or a saved copy of the page, not the page itself. */
    COPY_OF_PAGE(Decision.OPEN_REAL_PAGE, "copy-of-page"),
    /** The page is shown inside another site. */
    FRAMED(Decision.OPEN_REAL_PAGE, "framed"),

    // LOOK_CLOSER
    /** A check found something worth a look. */
    CHECK_CAUTION(Decision.LOOK_CLOSER, "check-caution"),
    /** Most checks could not run: say so rather than sound reassuring. */
    CHECKS_UNCLEAR(Decision.LOOK_CLOSER, "checks-unclear"),
    /** Living with the person: they may get hold of the device or walk in. */
    LIVES_WITH_THEM(Decision.LOOK_CLOSER, "lives-with-them"),
    /** Leaving: the most dangerous time; steps that could be noticed wait until the person is somewhere safe. */
    LEAVING(Decision.LOOK_CLOSER, "leaving"),
    /** Left: the person may still reach accounts and devices from before. */
    LEFT(Decision.LOOK_CLOSER, "left"),
    /** Location shared with them. */
    LOCATION_SHARED(Decision.LOOK_CLOSER, "location-shared"),
    /** A tracker may be hidden in the person's things or car: it shows where they go, whatever the device. */
    TRACKER_FEARED(Decision.LOOK_CLOSER, "tracker"),
    /** The children's devices and apps may be set up or watched by the other parent. */
    CHILDREN_DEVICES(Decision.LOOK_CLOSER, "children"),
    /** Connected home devices or a car's app may show where the person is and when they come and go. */
    HOME_OR_CAR(Decision.LOOK_CLOSER, "home-car"),
    /** A device shared with others (not said to be at home with the person). */
    SHARED_DEVICE(Decision.LOOK_CLOSER, "shared-device"),
    /** Not sure whether anyone can see or hear now. */
    PRIVATE_NOW_UNSURE(Decision.LOOK_CLOSER, "private-now-unsure"),
    /** Not sure whether anyone else gets into the device. */
    ACCESS_UNSURE(Decision.LOOK_CLOSER, "access-unsure"),
    /** Not sure whether monitoring software is installed. */
    MONITORING_UNSURE(Decision.LOOK_CLOSER, "monitoring-unsure"),
    /** Not sure whether someone knew things they should not. */
    SIGNS_UNSURE(Decision.LOOK_CLOSER, "signs-unsure"),
    /** Not sure who knows account passwords. */
    ACCOUNTS_UNSURE(Decision.LOOK_CLOSER, "accounts-unsure"),
    /** Not sure who runs the network. */
    NETWORK_UNSURE(Decision.LOOK_CLOSER, "network-unsure"),
    /** Not sure who holds the phone account. */
    PHONE_PLAN_UNSURE(Decision.LOOK_CLOSER, "phone-plan-unsure"),
    /** Not sure whether location is shared. */
    LOCATION_UNSURE(Decision.LOOK_CLOSER, "location-unsure"),

    // STEPS_FIRST
    /** A public computer; the usual advice for a device the person worries about, with its own care. */
    PUBLIC_DEVICE(Decision.STEPS_FIRST, "public-device"),
    /** A trusted friend's device; likewise. */
    FRIEND_DEVICE(Decision.STEPS_FIRST, "friend-device"),
    /** Answers given, none pointing to a particular risk: what no page can see still matters. */
    NO_PARTICULAR_RISK(Decision.STEPS_FIRST, "no-particular-risk"),

    // PLAN_SO_FAR
    /** Nothing answered yet. */
    NOTHING_ANSWERED(Decision.PLAN_SO_FAR, "nothing-answered");

    private final Decision decision;
    private final String id;

    DecisionReason(Decision decision, String id) {
        this.decision = decision;
        this.id = id;
    }

    public Decision decision() {
        return decision;
    }

    /** One of the values of {@code data-reason} in the page. */
    public String id() {
        return id;
    }

    /** The catalog key of the sentence that explains the decision. */
    public String key() {
        return "decision." + decision.id() + "." + id;
    }
}
