package org.quietroom.core.plan;

import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.platform.Platform;

/**
 * Every step a plan can contain, in the order plans show them (grouped NOW, BEFORE, LATER). Each carries its
 * catalog keys ({@code step.<id>.title}, {@code step.<id>.text}, {@code step.<id>.safer} when it may alert), the
 * menu-path variants the catalog has for it ({@code step.<id>.<variant>}, see {@link Platform#variants()}), the
 * variants where the thing does not exist (Chrome on a phone has no extensions), and extra notes.
 *
 * <p>Whether a step is in a plan is decided by {@link PlanWriter}; what a step is, is decided here, once, so one
 * step can never be in two groups or change its warning label from plan to plan.
 */
public enum Advice {
    // NOW: in this visit, looking rather than changing. A look whose natural next step (removing what was found)
    // could be noticed carries the label and a gentler way, like the changes in LATER.
    QUICK_EXIT("quick-exit", Group.NOW, false, "", "", ""),
    PRIVATE_PLACE("private-place", Group.NOW, false, "", "", ""),
    OPEN_IN_BROWSER("open-in-browser", Group.NOW, false, "", "", ""),
    REVIEW_FINDINGS("review-findings", Group.NOW, false, "", "", ""),
    // Remedies for findings (see Remedies): each names the fix for what a check reported.
    OPEN_REAL_ADDRESS("open-real-address", Group.NOW, false, "", "", ""),
    OPEN_DIRECTLY("open-directly", Group.NOW, false, "", "", ""),
    COMPARE_ADDRESS("compare-address", Group.NOW, false, "", "", ""),
    CHECK_EXTENSIONS("check-extensions", Group.NOW, false, "", "", Advice.DOCUMENT_NOTE),
    AUTOMATION_TOOLS("automation-tools", Group.NOW, false, "", "", ""),
    VISIT_TRACE("visit-trace", Group.NOW, true, "", "", ""),
    SAFER_DEVICE("safer-device", Group.NOW, false, "", "", ""),
    OTHER_NETWORK("other-network", Group.NOW, false, "", "", ""),
    PRIVATE_WINDOW("private-window", Group.NOW, false,
            "chrome,chrome-macos,chrome-android,chrome-ios,edge,edge-macos,firefox,firefox-macos,firefox-android,"
                    + "firefox-ios,safari,safari-ios,samsung,generic",
            "", "step.private-window.limits"),
    EXTENSIONS("extensions", Group.NOW, false,
            "chrome,edge,firefox,firefox-android,safari,safari-ios,samsung,generic",
            "chrome-android,chrome-ios,edge-ios,firefox-ios", Advice.DOCUMENT_NOTE),
    MANAGED("managed", Group.NOW, false,
            "chrome,edge,firefox,macos,ios,windows,android,generic", "", Advice.DOCUMENT_NOTE),
    CERTIFICATE("certificate", Group.NOW, false,
            "chrome,edge,firefox,safari,ios,generic", "", ""),
    SYNC("sync", Group.NOW, false,
            "chrome,chrome-android,chrome-ios,edge,firefox,safari,safari-ios,samsung,generic", "",
            Advice.DOCUMENT_NOTE),
    SAVED_PASSWORDS("saved-passwords", Group.NOW, false,
            "chrome,chrome-android,chrome-ios,edge,firefox,safari,ios,generic", "", ""),
    DEVICE_APPS("device-apps", Group.NOW, false,
            "windows,macos,android,ios,chromeos,linux,generic", "", Advice.DOCUMENT_NOTE),
    /** Apple's Safety Check exists on iPhone only; the macOS variant says so and points to the iPhone. */
    APPLE_SAFETY_CHECK("apple-safety-check", Group.NOW, false, "ios,macos", "", "step.apple-safety-check.reset"),
    /** Recovery details, where the codes go, devices, forwarding, connected apps: more than the password. */
    ACCOUNT_SECURITY("account-security", Group.NOW, true, "ios,macos,android,generic", "", Advice.DOCUMENT_NOTE),
    /** Shared Apple Account, Family Sharing organiser, Google Family Link, Samsung account. */
    FAMILY_ACCOUNTS("family-accounts", Group.NOW, true, "", "", Advice.DOCUMENT_NOTE),
    /**
     * Find My, Google Maps, Life360, Snap Map, WhatsApp live location, carrier family locators. Only a look: stopping
     * is {@link #STOP_LOCATION_SHARING}, chosen with it and labelled there.
     */
    LOCATION_APPS("location-apps", Group.NOW, false, "", "", Advice.DOCUMENT_NOTE),
    /** Bluetooth trackers: scanning is quiet; removing one can be noticed. No sourced iPhone menu: generic. */
    TRACKERS("trackers", Group.NOW, true, "android,generic", "", ""),
    /** Play Protect, device admin, accessibility, notification access, unknown apps. No sourced iPhone menu. */
    PHONE_SETTINGS("phone-settings", Group.NOW, true, "android,generic", "", Advice.DOCUMENT_NOTE),
    /** Cloud and app backups carry messages and photos, and this visit may already be on a synced device. */
    BACKUPS("backups", Group.NOW, false, "", "", ""),
    SIGN_OUT("sign-out", Group.NOW, false, "", "", ""),
    CLEAR_HISTORY("clear-history", Group.NOW, true, "", "", ""),

    // BEFORE: plan, document and talk before changing anything.
    KEEP_NORMAL("keep-normal", Group.BEFORE, false, "", "", ""),
    DOCUMENT_FIRST("document-first", Group.BEFORE, false, "", "", ""),
    TALK_FIRST("talk-first", Group.BEFORE, false, "", "", ""),
    NEW_ACCOUNT("new-account", Group.BEFORE, false, "", "", ""),
    PHONE_BILL("phone-bill", Group.BEFORE, false, "", "", ""),
    SESSIONS_OFF_WORK("sessions-off-work", Group.BEFORE, false, "", "", ""),
    TELL_COUNSELLOR("tell-counsellor", Group.BEFORE, false, "", "", ""),
    /** A factory reset destroys evidence and signs accounts out, which can be noticed, and leaves accounts open. */
    NO_FACTORY_RESET("no-factory-reset", Group.BEFORE, false, "", "", ""),
    /** Session links, calendar invites, lock-screen notifications, insurance statements. */
    SESSION_TRACES("session-traces", Group.BEFORE, false, "", "", ""),
    /** Headphones, a code word, a duress word with the counsellor, what to do if a session drops. */
    WALK_IN_PLAN("walk-in-plan", Group.BEFORE, false, "", "", ""),
    /** "Who are you really talking to?": what to ask an online counsellor or platform. */
    ASK_COUNSELLOR("ask-counsellor", Group.BEFORE, false, "", "", ""),
    CHILDREN_DEVICES("children-devices", Group.BEFORE, true, "", "", ""),
    HELP_IMAGES("help-images", Group.BEFORE, false, "", "", ""),
    HELP_IMPERSONATION("help-impersonation", Group.BEFORE, false, "", "", ""),
    HELP_HARASSMENT("help-harassment", Group.BEFORE, false, "", "", ""),
    HELP_MONEY("help-money", Group.BEFORE, false, "", "", ""),

    // LATER: changes that could be noticed.
    CHANGE_PASSWORDS("change-passwords", Group.LATER, true, "", "", ""),
    STOP_LOCATION_SHARING("stop-location-sharing", Group.LATER, true, "ios,android,generic", "", ""),
    OWN_PHONE_PLAN("own-phone-plan", Group.LATER, true, "", "", ""),
    /** A PIN on the phone account and a lock against moving the number. */
    PHONE_ACCOUNT_LOCK("phone-account-lock", Group.LATER, true, "", "", ""),
    /** US: the Safe Connections Act lets a survivor split their line off a shared plan. */
    LINE_SPLIT("line-split", Group.LATER, true, "", "", ""),
    REMOVE_APPS("remove-apps", Group.LATER, true, "", "", ""),
    FIREWALL_SCAN("firewall-scan", Group.LATER, true, "windows,macos,android,ios,chromeos,generic", "", ""),
    /** Smart speakers, cameras and doorbells; car apps and GPS trackers. */
    HOME_AND_CAR("home-and-car", Group.LATER, true, "", "", "");

    /** "Write down what you find before you change it": added to steps that look for something. */
    static final String DOCUMENT_NOTE = "plan.document-first";

    private final String id;
    private final Group group;
    private final boolean mayAlert;
    private final List<String> menus;
    private final List<String> absentOn;
    private final List<String> notes;

    Advice(String id, Group group, boolean mayAlert, String menus, String absentOn, String notes) {
        this.id = id;
        this.group = group;
        this.mayAlert = mayAlert;
        this.menus = List.copyOf(Text.splitList(menus));
        this.absentOn = List.copyOf(Text.splitList(absentOn));
        this.notes = List.copyOf(Text.splitList(notes));
    }

    /**
     * The steps about apps on a device ("apps you did not install", the phone's rights, what to do about them):
     * they link to the app lookup (apps.html), which tells known stalkerware and monitoring apps by name.
     */
    public boolean appLookup() {
        return this == DEVICE_APPS || this == PHONE_SETTINGS || this == REMOVE_APPS;
    }

    /** Stable id: {@code data-step} in the page and the middle of every key of this step. */
    public String id() {
        return id;
    }

    public Group group() {
        return group;
    }

    /**
     * Whether doing this could be noticed by the person someone worries about (a changed password, a removed app,
     * an emptied history, sharing that stops). Such steps carry {@link #saferKey()}.
     */
    public boolean mayAlert() {
        return mayAlert;
    }

    /** The menu-path variants the catalog has for this step (may be empty). */
    public List<String> menus() {
        return menus;
    }

    /** Variants where the thing this step looks at does not exist, so the step is left out. */
    public List<String> absentOn() {
        return absentOn;
    }

    /** Extra catalog keys shown with the step (limits, "write it down first"). */
    public List<String> notes() {
        return notes;
    }

    public String titleKey() {
        return "step." + id + ".title";
    }

    public String textKey() {
        return "step." + id + ".text";
    }

    /** The gentler alternative to a step that may alert; empty when the step cannot alert anyone. */
    public String saferKey() {
        return mayAlert ? "step." + id + ".safer" : "";
    }

    /** The catalog key of one menu-path variant. */
    public String menuKey(String variant) {
        return "step." + id + "." + variant;
    }
}
