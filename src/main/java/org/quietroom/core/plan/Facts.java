package org.quietroom.core.plan;

import org.quietroom.core.Assessment;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.platform.Platform;
import org.quietroom.core.questions.Answers;
import org.quietroom.core.questions.Question;
import org.quietroom.core.questions.Questionnaire;

/**
 * What the plan writer may rely on, read once: the relevant answers, the findings and the platform, with small
 * questions about them. Asking about an option a question does not have throws, so a typo fails every test that
 * reaches it instead of silently never matching.
 */
final class Facts {
    private final Answers answers;
    private final Assessment assessment;
    private final Platform platform;

    Facts(Assessment assessment, Answers answers, Platform platform) {
        this.assessment = assessment;
        this.answers = Questionnaire.relevant(answers);
        this.platform = platform;
    }

    Assessment assessment() {
        return assessment;
    }

    Platform platform() {
        return platform;
    }

    boolean noAnswers() {
        return answers.isEmpty();
    }

    boolean answered(Question q) {
        return answers.answered(q.id());
    }

    /** Whether any of {@code options} was chosen. */
    boolean any(Question q, String... options) {
        for (String option : options) {
            if (!q.hasOption(option)) {
                throw new IllegalArgumentException("question " + q.id() + " has no option " + option);
            }
            if (answers.has(q.id(), option)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the question was answered and every chosen option is one of {@code options}. */
    boolean only(Question q, String... options) {
        if (!answered(q)) {
            return false;
        }
        int matched = 0;
        for (String option : options) {
            if (any(q, option)) {
                matched++;
            }
        }
        return matched == answers.get(q.id()).size();
    }

    /** The person said, or did not say otherwise, that this is about a person they worry about. */
    boolean aboutPerson() {
        return Questionnaire.maybeAboutPerson(answers);
    }

    /** The person said that online counselling is part of why they are here. */
    boolean counselling() {
        return any(Questionnaire.PURPOSE, "counselling", "both", "unsure");
    }

    /** Counselling was said, or the question was skipped. */
    boolean maybeCounselling() {
        return Questionnaire.maybeCounselling(answers);
    }

    /** Whether the check with this id reported one of these outcomes. */
    boolean finding(String check, Outcome... outcomes) {
        for (Finding f : assessment.findings()) {
            if (f.check().equals(check) && isOneOf(f.outcome(), outcomes)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any check reported one of these outcomes. */
    boolean anyFinding(Outcome... outcomes) {
        for (Finding f : assessment.findings()) {
            if (isOneOf(f.outcome(), outcomes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOneOf(Outcome outcome, Outcome... outcomes) {
        for (Outcome o : outcomes) {
            if (o == outcome) {
                return true;
            }
        }
        return false;
    }

    // Derived facts, named after what they mean for the plan.

    /**
     * A device someone could have set up or kept a way into (own, shared, work, given), or we were not told: as
     * opposed to a library computer or a trusted friend's phone, where the usual advice is that they are the
     * better choice.
     */
    boolean deviceSomeoneCouldSetUp() {
        return !answered(Questionnaire.DEVICE) || any(Questionnaire.DEVICE, "own", "shared", "work", "given");
    }

    /** The person lives with the person they worry about, or is leaving now. */
    boolean livesNear() {
        return any(Questionnaire.LIVING, "together", "leaving");
    }

    /** Someone else can use or get into this device. */
    boolean othersGetIn() {
        return any(Questionnaire.DEVICE, "shared", "given") || any(Questionnaire.ACCESS, "yes", "unsure");
    }

    /** A reason to think software on the device or an open account is involved. */
    boolean softwareWorry() {
        return any(Questionnaire.MONITORING, "yes", "unsure") || any(Questionnaire.SIGNS, "yes", "unsure")
                || any(Questionnaire.DEVICE, "given");
    }

    /** The person said someone else may know or guess an account's password ("not sure" is its own reason). */
    boolean accountsKnown() {
        return any(Questionnaire.ACCOUNTS, "email", "phone-account", "cloud", "social");
    }

    /** An account someone else may know or guess the password of, or the person is not sure. */
    boolean accountsWorry() {
        return any(Questionnaire.ACCOUNTS, "email", "phone-account", "cloud", "social", "unsure");
    }

    /** Counselling on, or over, something that belongs to work or school. */
    boolean workForSessions() {
        return any(Questionnaire.DEVICE, "work") || any(Questionnaire.NETWORK, "work")
                || any(Questionnaire.WORK_SESSIONS, "yes", "sometimes");
    }

    /** Only the person uses this device and nothing they said points to software watching it. */
    boolean calmOwnDevice() {
        return only(Questionnaire.DEVICE, "own") && any(Questionnaire.ACCESS, "no")
                && any(Questionnaire.MONITORING, "no") && !any(Questionnaire.SIGNS, "yes", "unsure");
    }
}
