package org.quietroom.core.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The questions and which of them to show. Modelled on the field's assessment questions (CETA's TAQ, techsafety.ca's
 * checklist): whose device, who else can get into it and into the accounts, shared phone plans, location sharing,
 * signs that someone knows too much, and, for online-counselling clients, work computers, key-loggers and a private
 * place to talk.
 *
 * <p>The living situation comes first among the questions about a person, because what is wise to change depends on
 * it ("physical control / escape / life apart", Matthews et al., CHI 2017). A counselling client who says this is
 * not about a person is never asked about one.
 *
 * <p>Pure: {@link #path(Answers)} depends on nothing but the answers, so the page can call it after every click.
 */
public final class Questionnaire {
    /** No path may be longer than this: more questions than this lose people before they reach their plan. */
    public static final int MAX_ON_ANY_PATH = 12;

    public static final Question PURPOSE = Question.single("purpose", "person", "counselling", "both", "unsure");
    public static final Question LIVING = Question.single("living", "together", "leaving", "left");
    public static final Question PRIVATE_NOW = Question.single("private-now", "yes", "unsure", "no");
    public static final Question DEVICE = Question.multi("device", "own", "shared", "work", "public", "friend",
            "given");
    public static final Question ACCESS = Question.single("access", "yes", "unsure", "no");
    public static final Question NETWORK = Question.multi("network", "home", "work", "public", "someone-else",
            "mobile", "unsure");
    public static final Question MONITORING = Question.single("monitoring", "yes", "unsure", "no");
    public static final Question WORK_SESSIONS = Question.single("work-sessions", "yes", "sometimes", "no");
    public static final Question ACCOUNTS = Question.multi("accounts", "email", "phone-account", "cloud", "social",
            "none", "unsure");
    public static final Question PHONE_PLAN = Question.single("phone-plan", "yes", "unsure", "no");
    public static final Question LOCATION = Question.single("location", "yes", "unsure", "no");
    public static final Question SIGNS = Question.single("signs", "yes", "unsure", "no");
    /**
     * Follow-up: which of the field's common cases touch this person (trackers, family accounts, children's
     * devices, home and car, and the hand-offs). Shown only where the path has room: in the place of
     * {@link #WORK_SESSIONS}, so no path grows.
     */
    public static final Question CONCERNS = Question.multi("concerns", "tracker", "family-account", "children",
            "home-car", "images", "impersonation", "harassment", "money", "none");

    /**
     * Asked on the page's first screen, before the checks, not in the walk through the questions: someone who is not
     * on their own can stop at once (GOV.UK's "one thing per page": the come-back-later path is one tap). Its answer
     * counts in the plan like any other.
     */
    public static final Question FIRST_SCREEN = PRIVATE_NOW;

    /** Every question, in the order they are shown. */
    private static final List<Question> ALL = List.of(PURPOSE, LIVING, PRIVATE_NOW, DEVICE, ACCESS, NETWORK,
            MONITORING, WORK_SESSIONS, ACCOUNTS, PHONE_PLAN, LOCATION, SIGNS, CONCERNS);

    /** The only questions whose answers change which questions are shown. Each is itself always shown. */
    private static final List<Question> BRANCHING = List.of(PURPOSE, DEVICE, NETWORK);

    /** Wording around the questions, not owned by any one of them. */
    private static final List<String> PAGE_KEYS = List.of("questions.heading", "questions.intro",
            "questions.skip", "questions.multi-hint");

    private Questionnaire() {
    }

    /** Every question, in the order they are shown. */
    public static List<Question> all() {
        return ALL;
    }

    /** The questions whose answers decide what else is shown; tests walk every combination of their answers. */
    public static List<Question> branching() {
        return BRANCHING;
    }

    /** Catalog keys of the wording around the questions (heading, intro, "skip", "choose all that fit"). */
    public static List<String> pageKeys() {
        return PAGE_KEYS;
    }

    /** Every catalog key the questions use: each question's text, why and options, and {@link #pageKeys()}. */
    public static List<String> possibleKeys() {
        List<String> keys = new ArrayList<>(PAGE_KEYS);
        for (Question q : ALL) {
            keys.add(q.textKey());
            keys.add(q.whyKey());
            for (String option : q.options()) {
                keys.add(q.optionKey(option));
            }
        }
        return keys;
    }

    public static Optional<Question> find(String id) {
        for (Question q : ALL) {
            if (q.id().equals(id)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /**
     * The questions to show, in order, given the answers so far. Skipped questions stay on the path (they can be
     * answered later); an unanswered branching question shows every question that any answer to it would show.
     */
    public static List<Question> path(Answers answers) {
        List<Question> out = new ArrayList<>(ALL.size());
        for (Question q : ALL) {
            if (shows(q, answers)) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * The questions the walk shows one at a time, in order: {@link #path} without {@link #FIRST_SCREEN}, which the
     * page asks on its first screen. The walk's position and total count these.
     */
    public static List<Question> walk(Answers answers) {
        List<Question> out = path(answers);
        out.remove(FIRST_SCREEN);
        return out;
    }

    /**
     * The answers that count: only questions on the current path, only options those questions have. An answer to
     * a question that a later change hid (say, the living situation, after "this is not about a person") is
     * dropped, so the plan never acts on it.
     */
    public static Answers relevant(Answers answers) {
        Answers known = Answers.NONE;
        for (String id : answers.questionIds()) {
            Optional<Question> q = find(id);
            if (q.isPresent()) {
                for (String option : answers.get(id)) {
                    if (q.get().hasOption(option)) {
                        known = known.withOption(id, option);
                    }
                }
            }
        }
        // One pass suffices: every branching question is always on the path.
        Answers out = Answers.NONE;
        for (Question q : path(known)) {
            if (known.answered(q.id())) {
                out = out.with(q.id(), known.get(q.id()));
            }
        }
        return out;
    }

    /** Whether the answers leave room for "a person I am worried about" (unanswered counts: we do not know). */
    public static boolean maybeAboutPerson(Answers a) {
        return !a.answered(PURPOSE.id()) || a.has(PURPOSE.id(), "person") || a.has(PURPOSE.id(), "both")
                || a.has(PURPOSE.id(), "unsure");
    }

    /** Whether the answers leave room for online counselling (unanswered counts: we do not know). */
    public static boolean maybeCounselling(Answers a) {
        return !a.answered(PURPOSE.id()) || a.has(PURPOSE.id(), "counselling") || a.has(PURPOSE.id(), "both")
                || a.has(PURPOSE.id(), "unsure");
    }

    private static boolean shows(Question q, Answers a) {
        if (q == LIVING || q == PHONE_PLAN || q == LOCATION || q == SIGNS) {
            return maybeAboutPerson(a);
        }
        if (q == ACCESS) {
            // Everyone has had a library computer in their hands: the question means nothing there.
            return !onlyPublicDevice(a);
        }
        if (q == WORK_SESSIONS) {
            return asksWorkSessions(a);
        }
        if (q == CONCERNS) {
            // Takes the place of the work question, so that no path is longer than MAX_ON_ANY_PATH.
            return maybeAboutPerson(a) && !asksWorkSessions(a);
        }
        return true;
    }

    /** Already known when this device or network belongs to work or school. */
    private static boolean asksWorkSessions(Answers a) {
        return maybeCounselling(a) && !a.has(DEVICE.id(), "work") && !a.has(NETWORK.id(), "work");
    }

    private static boolean onlyPublicDevice(Answers a) {
        return a.get(DEVICE.id()).size() == 1 && a.has(DEVICE.id(), "public");
    }
}
