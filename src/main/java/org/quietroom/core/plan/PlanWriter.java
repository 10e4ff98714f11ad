package org.quietroom.core.plan;

import static org.quietroom.core.questions.Questionnaire.ACCESS;
import static org.quietroom.core.questions.Questionnaire.ACCOUNTS;
import static org.quietroom.core.questions.Questionnaire.CONCERNS;
import static org.quietroom.core.questions.Questionnaire.DEVICE;
import static org.quietroom.core.questions.Questionnaire.LIVING;
import static org.quietroom.core.questions.Questionnaire.LOCATION;
import static org.quietroom.core.questions.Questionnaire.MONITORING;
import static org.quietroom.core.questions.Questionnaire.NETWORK;
import static org.quietroom.core.questions.Questionnaire.PHONE_PLAN;
import static org.quietroom.core.questions.Questionnaire.PRIVATE_NOW;
import static org.quietroom.core.questions.Questionnaire.SIGNS;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Assessment;
import org.quietroom.core.Finding;
import org.quietroom.core.platform.Platform;
import org.quietroom.core.questions.Answers;

/**
 * Writes the plan from what the page checked, what the person told us and which browser they use. Pure: the same
 * three values always give the same plan.
 *
 * <p>The rules follow the field's conventions: decide about this device first;
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
        List<DecisionReason> reasons = reasons(f);
        boolean saferDevice = false;
        for (DecisionReason r : reasons) {
            saferDevice |= r.decision() == Decision.USE_SAFER_DEVICE;
        }
        boolean[] chosen = choose(f, saferDevice);
        List<List<String>> forChecks = remedies(f, chosen);
        return new Plan(reasons, steps(chosen, forChecks, platform, f.any(LIVING, "leaving")), unseen(f), help(f));
    }

    /** The plan step that fixes what this finding reports, or null when the result asks nothing of the person. */
    public static Advice remedyFor(Finding finding) {
        return Remedies.remedy(finding);
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
        keys.add(Step.AFTER_LEAVING_KEY);
        keys.addAll(List.of(UNSEEN_KEYLOGGERS, UNSEEN_SCREEN_SHARING, UNSEEN_NETWORK, UNSEEN_EMPLOYER,
                UNSEEN_ACCOUNTS, HELP_EMERGENCY, HELP_NATIONAL, HELP_TECH_CLINIC, HELP_COUNSELLOR, HELP_TRACES));
        return keys;
    }

    /**
     * Every reason that applies, furthest from this device first (ties keep the order below: findings, then the
     * answers in the order of the questions). Each answer that changes what is wise adds its own reason; "not
     * sure" is a reason to look closer, never a go-ahead. With no reason at all, the plan says so neutrally: no
     * reason ever reads as "go on here".
     */
    static List<DecisionReason> reasons(Facts f) {
        List<DecisionReason> r = new ArrayList<>();
        for (Finding finding : f.assessment().findings()) {
            addOnce(r, Remedies.reason(finding));
        }
        if (f.assessment().summary() == Assessment.Summary.MOSTLY_UNKNOWN) {
            addOnce(r, DecisionReason.CHECKS_UNCLEAR);
        }
        if (f.any(PRIVATE_NOW, "no")) {
            addOnce(r, DecisionReason.NOT_PRIVATE_NOW);
        } else if (f.any(PRIVATE_NOW, "unsure")) {
            addOnce(r, DecisionReason.PRIVATE_NOW_UNSURE);
        }
        if (f.any(LIVING, "together")) {
            addOnce(r, DecisionReason.LIVES_WITH_THEM);
        } else if (f.any(LIVING, "leaving")) {
            addOnce(r, DecisionReason.LEAVING);
        } else if (f.any(LIVING, "left")) {
            addOnce(r, DecisionReason.LEFT);
        }
        if (f.any(DEVICE, "given")) {
            addOnce(r, DecisionReason.DEVICE_FROM_SOMEONE);
        }
        // The seed advice for counselling clients: employers may read work computers and networks.
        if (f.any(DEVICE, "work") || (f.counselling() && f.workForSessions())) {
            addOnce(r, DecisionReason.WORK_DEVICE);
        }
        if (f.any(DEVICE, "shared")) {
            addOnce(r, f.aboutPerson() && f.livesNear() ? DecisionReason.SHARED_AT_HOME
                    : DecisionReason.SHARED_DEVICE);
        }
        if (f.any(ACCESS, "yes")) {
            addOnce(r, DecisionReason.SOMEONE_HAS_ACCESS);
        } else if (f.any(ACCESS, "unsure")) {
            addOnce(r, DecisionReason.ACCESS_UNSURE);
        }
        if (f.any(NETWORK, "work", "public", "someone-else")) {
            addOnce(r, DecisionReason.NETWORK_OWNER);
        }
        if (f.any(NETWORK, "unsure")) {
            addOnce(r, DecisionReason.NETWORK_UNSURE);
        }
        if (f.any(MONITORING, "yes")) {
            addOnce(r, DecisionReason.MONITORING_SOFTWARE);
        } else if (f.any(MONITORING, "unsure")) {
            addOnce(r, DecisionReason.MONITORING_UNSURE);
        }
        if (f.accountsKnown()) {
            addOnce(r, DecisionReason.ACCOUNTS_KNOWN);
        }
        if (f.any(ACCOUNTS, "unsure")) {
            addOnce(r, DecisionReason.ACCOUNTS_UNSURE);
        }
        if (f.any(PHONE_PLAN, "yes")) {
            addOnce(r, DecisionReason.PHONE_ACCOUNT);
        } else if (f.any(PHONE_PLAN, "unsure")) {
            addOnce(r, DecisionReason.PHONE_PLAN_UNSURE);
        }
        if (f.any(LOCATION, "yes")) {
            addOnce(r, DecisionReason.LOCATION_SHARED);
        } else if (f.any(LOCATION, "unsure")) {
            addOnce(r, DecisionReason.LOCATION_UNSURE);
        }
        if (f.any(SIGNS, "yes")) {
            addOnce(r, DecisionReason.SIGNS_OF_MONITORING);
        } else if (f.any(SIGNS, "unsure")) {
            addOnce(r, DecisionReason.SIGNS_UNSURE);
        }
        // The follow-up about the field's common cases: those that reach past this device count.
        if (f.any(CONCERNS, "family-account")) {
            addOnce(r, DecisionReason.FAMILY_ACCOUNT);
        }
        if (f.any(CONCERNS, "tracker")) {
            addOnce(r, DecisionReason.TRACKER_FEARED);
        }
        if (f.any(CONCERNS, "children")) {
            addOnce(r, DecisionReason.CHILDREN_DEVICES);
        }
        if (f.any(CONCERNS, "home-car")) {
            addOnce(r, DecisionReason.HOME_OR_CAR);
        }
        if (r.isEmpty()) {
            if (f.only(DEVICE, "public", "friend")) {
                r.add(f.any(DEVICE, "public") ? DecisionReason.PUBLIC_DEVICE : DecisionReason.FRIEND_DEVICE);
            } else {
                r.add(f.noAnswers() ? DecisionReason.NOTHING_ANSWERED : DecisionReason.NO_PARTICULAR_RISK);
            }
        }
        return furthestFirst(r);
    }

    private static void addOnce(List<DecisionReason> reasons, DecisionReason reason) {
        if (reason != null && !reasons.contains(reason)) {
            reasons.add(reason);
        }
    }

    /** A stable sort by decision, furthest first (insertion sort: a dozen items, no comparator class). */
    private static List<DecisionReason> furthestFirst(List<DecisionReason> in) {
        List<DecisionReason> out = new ArrayList<>(in.size());
        for (DecisionReason r : in) {
            int at = out.size();
            while (at > 0 && r.decision().furtherThan(out.get(at - 1).decision())) {
                at--;
            }
            out.add(at, r);
        }
        return out;
    }

    /**
     * Marks the remedy step of each finding that needs one and returns, by advice ordinal, the ids of the checks
     * each step answers (the page's {@code data-for-check}).
     */
    private static List<List<String>> remedies(Facts f, boolean[] chosen) {
        List<List<String>> forChecks = new ArrayList<>(chosen.length);
        for (int i = 0; i < chosen.length; i++) {
            forChecks.add(new ArrayList<>(1));
        }
        for (Finding finding : f.assessment().findings()) {
            Advice remedy = Remedies.remedy(finding);
            if (remedy != null) {
                chosen[remedy.ordinal()] = true;
                List<String> checks = forChecks.get(remedy.ordinal());
                if (!checks.contains(finding.check())) {
                    checks.add(finding.check());
                }
            }
        }
        return forChecks;
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
        // Each finding's own remedy is added by remedies(), after this.
        add(s, Advice.SAFER_DEVICE, saferDevice);
        add(s, Advice.OTHER_NETWORK, f.any(NETWORK, "work", "public", "someone-else"));
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
    private static List<Step> steps(boolean[] chosen, List<List<String>> forChecks, Platform platform,
            boolean leaving) {
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
            List<String> checks = forChecks.get(advice.ordinal());
            // A remedy a finding asked for is never dropped: without a menu path it still says what to do.
            if (!absent || !checks.isEmpty()) {
                steps.add(new Step(advice, menuKey, checks, leaving));
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
