package org.quietroom.core.plan;

import static org.quietroom.core.questions.Questionnaire.ACCESS;
import static org.quietroom.core.questions.Questionnaire.ACCOUNTS;
import static org.quietroom.core.questions.Questionnaire.CONCERNS;
import static org.quietroom.core.questions.Questionnaire.DEVICE;
import static org.quietroom.core.questions.Questionnaire.LOCATION;
import static org.quietroom.core.questions.Questionnaire.MONITORING;
import static org.quietroom.core.questions.Questionnaire.NETWORK;
import static org.quietroom.core.questions.Questionnaire.PHONE_PLAN;
import static org.quietroom.core.questions.Questionnaire.PRIVATE_NOW;
import static org.quietroom.core.questions.Questionnaire.SIGNS;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Assessment;
import org.quietroom.core.Outcome;
import org.quietroom.core.check.ConnectionCheck;
import org.quietroom.core.platform.Platform;
import org.quietroom.core.questions.Answers;

/**
 * Writes the plan from what the page checked, what the person told us and which browser they use. Pure: the same
 * three values always give the same plan.
 *
 * <p>The rules follow the field's conventions (see field-anchors.md, section 2): decide about this device first;
 * look before changing; document and plan before anything that could be noticed; keep everyday habits on a watched
 * device; name the harmless explanation first; never call anything safe. Only answers to questions still on the
 * path count ({@link org.quietroom.core.questions.Questionnaire#relevant}).
 */
public final class PlanWriter {
    /** Check id of the in-app browser check: the page is inside another app, which can read and change it. */
    static final String IN_APP_BROWSER_CHECK = "in-app-browser";

    private static final String UNSEEN_KEYLOGGERS = "plan.unseen.keyloggers";
    private static final String UNSEEN_SCREEN_SHARING = "plan.unseen.screen-sharing";
    private static final String UNSEEN_NETWORK = "plan.unseen.network";
    private static final String UNSEEN_EMPLOYER = "plan.unseen.employer";
    private static final String UNSEEN_ACCOUNTS = "plan.unseen.accounts";
    private static final String HELP_EMERGENCY = "help.emergency";
    private static final String HELP_NATIONAL = "help.national-default";
    private static final String HELP_TECH_CLINIC = "help.tech-clinic";
    private static final String HELP_COUNSELLOR = "help.counsellor";
    private static final String HELP_TRACES = "help.traces";

    private PlanWriter() {
    }

    public static Plan write(Assessment assessment, Answers answers, Platform platform) {
        if (assessment == null || answers == null || platform == null) {
            throw new IllegalArgumentException("assessment, answers and platform must not be null");
        }
        Facts f = new Facts(assessment, answers, platform);
        DecisionReason saferReason = saferDeviceReason(f);
        DecisionReason reason = decide(f, saferReason);
        boolean[] chosen = choose(f, saferReason != null);
        return new Plan(reason, steps(chosen, platform), unseen(f), help(f));
    }

    /**
     * Every catalog key any plan can use, whatever the input: what each shipped language must translate. The
     * catalog tests check that each exists, and that every written plan stays inside this list.
     */
    public static List<String> possibleKeys() {
        List<String> keys = new ArrayList<>(Plan.pageKeys());
        for (Group group : Group.values()) {
            keys.add(group.headingKey());
        }
        for (Decision decision : Decision.values()) {
            keys.add(decision.headingKey());
        }
        for (DecisionReason reason : DecisionReason.values()) {
            keys.add(reason.key());
        }
        for (Advice advice : Advice.values()) {
            keys.add(advice.titleKey());
            keys.add(advice.textKey());
            for (String variant : advice.menus()) {
                keys.add(advice.menuKey(variant));
            }
            for (String note : advice.notes()) {
                if (!keys.contains(note)) {
                    keys.add(note);
                }
            }
            if (advice.mayAlert()) {
                keys.add(advice.saferKey());
            }
        }
        keys.addAll(List.of(UNSEEN_KEYLOGGERS, UNSEEN_SCREEN_SHARING, UNSEEN_NETWORK, UNSEEN_EMPLOYER,
                UNSEEN_ACCOUNTS, HELP_EMERGENCY, HELP_NATIONAL, HELP_TECH_CLINIC, HELP_COUNSELLOR, HELP_TRACES));
        return keys;
    }

    /** Come back later beats everything: if someone can see the screen now, nothing else can be done now. */
    private static DecisionReason decide(Facts f, DecisionReason saferReason) {
        if (f.any(PRIVATE_NOW, "no")) {
            return DecisionReason.NOT_PRIVATE_NOW;
        }
        if (saferReason != null) {
            return saferReason;
        }
        return continueReason(f);
    }

    /**
     * The first reason to do private things on another device, or null when there is none. Findings come first: a
     * risk is something this very page saw, and {@link Outcome#RISK} means "changes what is wise on this device
     * now".
     */
    static DecisionReason saferDeviceReason(Facts f) {
        if (f.finding(IN_APP_BROWSER_CHECK, Outcome.RISK)) {
            return DecisionReason.IN_APP_BROWSER;
        }
        if (f.anyFinding(Outcome.RISK)) {
            return DecisionReason.CHECK_FOUND_RISK;
        }
        if (f.any(MONITORING, "yes")) {
            return DecisionReason.MONITORING_SOFTWARE;
        }
        if (f.any(DEVICE, "given")) {
            return DecisionReason.DEVICE_FROM_SOMEONE;
        }
        if (f.any(SIGNS, "yes") && f.deviceSomeoneCouldSetUp()) {
            return DecisionReason.SIGNS_OF_MONITORING;
        }
        // The seed advice for counselling clients: employers may read work computers and networks.
        if (f.counselling() && f.workForSessions()) {
            return DecisionReason.WORK_DEVICE;
        }
        if (f.any(ACCESS, "yes")) {
            return DecisionReason.SOMEONE_HAS_ACCESS;
        }
        if (f.any(DEVICE, "shared") && f.aboutPerson() && f.livesNear()) {
            return DecisionReason.SHARED_AT_HOME;
        }
        return null;
    }

    private static DecisionReason continueReason(Facts f) {
        if (f.only(DEVICE, "public", "friend")) {
            return f.any(DEVICE, "public") ? DecisionReason.PUBLIC_DEVICE : DecisionReason.FRIEND_DEVICE;
        }
        if (f.assessment().summary() == Assessment.Summary.MOSTLY_UNKNOWN) {
            return DecisionReason.CHECKS_UNCLEAR;
        }
        if (f.any(MONITORING, "unsure") || f.any(SIGNS, "unsure") || f.any(ACCESS, "unsure")
                || f.any(PRIVATE_NOW, "unsure") || f.any(NETWORK, "unsure")) {
            return DecisionReason.TAKE_CARE;
        }
        return f.noAnswers() ? DecisionReason.GENERAL : DecisionReason.NOTHING_POINTS_AWAY;
    }

    /** Which advice applies. Each line is one rule; the order of the plan comes from {@link Advice}, not from here. */
    private static boolean[] choose(Facts f, boolean saferDevice) {
        // By ordinal: a boolean array, not an EnumSet, which would bring TeaVM's generic enum set into both builds.
        boolean[] s = new boolean[Advice.values().length];
        boolean someoneCouldSetUp = f.deviceSomeoneCouldSetUp();
        boolean deviceUnknown = !f.answered(DEVICE);

        // NOW
        add(s, Advice.QUICK_EXIT, true);
        add(s, Advice.PRIVATE_PLACE, f.any(PRIVATE_NOW, "no", "unsure"));
        add(s, Advice.OPEN_IN_BROWSER, f.finding(IN_APP_BROWSER_CHECK, Outcome.RISK, Outcome.CAUTION));
        add(s, Advice.REVIEW_FINDINGS, f.anyFinding(Outcome.RISK, Outcome.CAUTION));
        add(s, Advice.SAFER_DEVICE, saferDevice);
        add(s, Advice.OTHER_NETWORK, f.any(NETWORK, "work", "public", "someone-else")
                || f.finding(ConnectionCheck.ID, Outcome.RISK));
        add(s, Advice.PRIVATE_WINDOW, true);
        add(s, Advice.EXTENSIONS, true);
        add(s, Advice.MANAGED, true);
        add(s, Advice.CERTIFICATE, !f.answered(NETWORK) || f.any(NETWORK, "work", "public", "someone-else", "unsure")
                || f.any(DEVICE, "work", "given"));
        add(s, Advice.SYNC, someoneCouldSetUp);
        add(s, Advice.SAVED_PASSWORDS, deviceUnknown || f.any(DEVICE, "shared", "work", "given")
                || f.any(ACCESS, "yes", "unsure"));
        add(s, Advice.DEVICE_APPS, someoneCouldSetUp && !f.calmOwnDevice());
        Platform.Os os = f.platform().os();
        add(s, Advice.APPLE_SAFETY_CHECK, (os == Platform.Os.IOS || os == Platform.Os.MACOS) && f.aboutPerson()
                && someoneCouldSetUp);
        add(s, Advice.ACCOUNT_SECURITY, f.accountsWorry() || (f.aboutPerson() && (f.any(ACCESS, "yes", "unsure")
                || f.any(SIGNS, "yes", "unsure"))));
        add(s, Advice.FAMILY_ACCOUNTS, f.any(CONCERNS, "family-account", "children"));
        add(s, Advice.LOCATION_APPS, f.any(LOCATION, "yes", "unsure"));
        // Someone knew where they went although no app shares it: the field's first thought is a tracker.
        add(s, Advice.TRACKERS, f.any(CONCERNS, "tracker", "home-car")
                || (f.any(SIGNS, "yes") && f.any(LOCATION, "no", "unsure")));
        // About phones: shown on a phone, or where the page cannot tell; a work computer is the employer's.
        add(s, Advice.PHONE_SETTINGS, (os == Platform.Os.ANDROID || os == Platform.Os.IOS || os == Platform.Os.OTHER)
                && someoneCouldSetUp && !f.only(DEVICE, "work") && (f.softwareWorry() || f.any(ACCESS, "yes", "unsure")));
        add(s, Advice.BACKUPS, f.any(ACCOUNTS, "cloud", "unsure") || f.any(CONCERNS, "family-account"));
        add(s, Advice.SIGN_OUT, f.any(DEVICE, "shared", "work", "public", "friend"));
        add(s, Advice.CLEAR_HISTORY, deviceUnknown || f.othersGetIn() || f.livesNear());

        // LATER (chosen before BEFORE, which depends on it)
        add(s, Advice.CHANGE_PASSWORDS, f.accountsWorry() || (f.aboutPerson() && (!f.answered(ACCOUNTS)
                || f.any(SIGNS, "yes", "unsure") || f.any(ACCESS, "yes", "unsure"))));
        add(s, Advice.STOP_LOCATION_SHARING, f.any(LOCATION, "yes", "unsure"));
        add(s, Advice.OWN_PHONE_PLAN, f.any(PHONE_PLAN, "yes", "unsure"));
        add(s, Advice.PHONE_ACCOUNT_LOCK, f.any(PHONE_PLAN, "yes", "unsure") || f.any(ACCOUNTS, "phone-account"));
        add(s, Advice.LINE_SPLIT, f.any(PHONE_PLAN, "yes", "unsure"));
        // Apps on a work computer are the employer's business; on a library computer, the library's.
        add(s, Advice.REMOVE_APPS, someoneCouldSetUp && !f.only(DEVICE, "work")
                && (f.any(MONITORING, "yes", "unsure") || f.any(SIGNS, "yes")));
        add(s, Advice.FIREWALL_SCAN, f.maybeCounselling() && someoneCouldSetUp && !f.any(DEVICE, "work"));
        add(s, Advice.HOME_AND_CAR, f.any(CONCERNS, "home-car"));

        // BEFORE
        boolean person = f.aboutPerson();
        // Habits matter on a device the person could be watched through, not on a library computer.
        add(s, Advice.KEEP_NORMAL, person && someoneCouldSetUp
                && (f.livesNear() || f.othersGetIn() || f.softwareWorry()));
        add(s, Advice.DOCUMENT_FIRST, person && hasChangeThatMayAlert(s));
        add(s, Advice.TALK_FIRST, person && (f.livesNear() || f.any(SIGNS, "yes") || f.any(MONITORING, "yes")));
        add(s, Advice.NEW_ACCOUNT, person && (f.accountsWorry() || f.any(SIGNS, "yes", "unsure")));
        add(s, Advice.PHONE_BILL, f.any(PHONE_PLAN, "yes", "unsure"));
        add(s, Advice.SESSIONS_OFF_WORK, f.counselling() && f.workForSessions());
        add(s, Advice.TELL_COUNSELLOR, f.counselling() && (f.workForSessions() || f.any(MONITORING, "yes", "unsure")
                || f.any(PRIVATE_NOW, "no", "unsure") || f.any(SIGNS, "yes", "unsure")));
        add(s, Advice.NO_FACTORY_RESET, person && (f.any(MONITORING, "yes", "unsure") || f.any(SIGNS, "yes")
                || f.any(DEVICE, "given")));
        add(s, Advice.SESSION_TRACES, f.counselling() && !f.calmOwnDevice());
        add(s, Advice.WALK_IN_PLAN, f.counselling() && (f.livesNear() || f.any(PRIVATE_NOW, "no", "unsure")));
        add(s, Advice.ASK_COUNSELLOR, f.counselling());
        add(s, Advice.CHILDREN_DEVICES, f.any(CONCERNS, "children"));
        add(s, Advice.HELP_IMAGES, f.any(CONCERNS, "images"));
        add(s, Advice.HELP_IMPERSONATION, f.any(CONCERNS, "impersonation"));
        add(s, Advice.HELP_HARASSMENT, f.any(CONCERNS, "harassment"));
        add(s, Advice.HELP_MONEY, f.any(CONCERNS, "money"));
        return s;
    }

    private static void add(boolean[] set, Advice advice, boolean when) {
        if (when) {
            set[advice.ordinal()] = true;
        }
    }

    /** "Document before removing" only matters when the plan suggests a change that could be noticed. */
    private static boolean hasChangeThatMayAlert(boolean[] chosen) {
        for (Advice a : Advice.values()) {
            if (chosen[a.ordinal()] && a.group() == Group.LATER && a.mayAlert()) {
                return true;
            }
        }
        return false;
    }

    /** Steps in {@link Advice} order, with the menu path for this platform; absent features drop their step. */
    private static List<Step> steps(boolean[] chosen, Platform platform) {
        List<Step> steps = new ArrayList<>();
        List<String> variants = platform.variants();
        for (Advice advice : Advice.values()) {
            if (!chosen[advice.ordinal()]) {
                continue;
            }
            String menuKey = "";
            boolean absent = false;
            if (!advice.menus().isEmpty()) {
                for (String variant : variants) {
                    if (advice.absentOn().contains(variant)) {
                        absent = true;
                        break;
                    }
                    if (advice.menus().contains(variant)) {
                        menuKey = advice.menuKey(variant);
                        break;
                    }
                }
            }
            if (!absent) {
                steps.add(new Step(advice, menuKey));
            }
        }
        return steps;
    }

    /** What no web page can see. The first three hold for everyone; the rest when they touch this person. */
    private static List<String> unseen(Facts f) {
        List<String> keys = new ArrayList<>(5);
        keys.add(UNSEEN_KEYLOGGERS);
        keys.add(UNSEEN_SCREEN_SHARING);
        keys.add(UNSEEN_NETWORK);
        if (f.workForSessions()) {
            keys.add(UNSEEN_EMPLOYER);
        }
        if (f.aboutPerson()) {
            keys.add(UNSEEN_ACCOUNTS);
        }
        return keys;
    }

    /**
     * Who can help. Contacts (numbers, chat links) are filled in by the page per country; these keys only say what
     * kind of help to look for, with a national default.
     */
    private static List<String> help(Facts f) {
        List<String> keys = new ArrayList<>(5);
        keys.add(HELP_EMERGENCY);
        if (f.aboutPerson()) {
            keys.add(HELP_NATIONAL);
            if (f.softwareWorry() || f.any(ACCESS, "yes", "unsure")) {
                keys.add(HELP_TECH_CLINIC);
            }
        }
        if (f.counselling()) {
            keys.add(HELP_COUNSELLOR);
        }
        keys.add(HELP_TRACES);
        return keys;
    }
}
