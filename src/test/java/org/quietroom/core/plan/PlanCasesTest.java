package org.quietroom.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.core.plan.PlanFixtures.CHROME_ANDROID;
import static org.quietroom.core.plan.PlanFixtures.CHROME_IPHONE;
import static org.quietroom.core.plan.PlanFixtures.CHROME_MAC;
import static org.quietroom.core.plan.PlanFixtures.CHROME_WINDOWS;
import static org.quietroom.core.plan.PlanFixtures.SAFARI_IPHONE;
import static org.quietroom.core.plan.PlanFixtures.SAFARI_MAC;
import static org.quietroom.core.plan.PlanFixtures.SAMSUNG_ANDROID;
import static org.quietroom.core.plan.PlanFixtures.clean;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.platform.Platform;
import org.quietroom.core.questions.Answers;

/**
 * The field's common cases (issue 21, section 3): for each new step, a person who gets it and one, as close as can
 * be, who does not; and the menu path each platform gets.
 */
class PlanCasesTest {
    /** A survivor who has left, on their own phone, with nothing else worrying. */
    private static final Answers CALM_PERSON = Answers.NONE.with("purpose", "person").with("living", "left")
            .with("private-now", "yes").with("device", "own").with("access", "no").with("network", "home")
            .with("monitoring", "no").with("accounts", "none").with("phone-plan", "no").with("location", "no")
            .with("signs", "no").with("concerns", "none");

    /** A counselling client on their own phone who said nothing worrying. */
    private static final Answers CALM_CLIENT = Answers.NONE.with("purpose", "counselling").with("private-now", "yes")
            .with("device", "own").with("access", "no").with("network", "home").with("monitoring", "no")
            .with("work-sessions", "no").with("accounts", "none");

    private static boolean has(Answers a, Advice advice) {
        return has(a, advice, CHROME_WINDOWS);
    }

    private static boolean has(Answers a, Advice advice, Platform platform) {
        return PlanWriter.write(clean(), a, platform).has(advice);
    }

    private static String menu(Answers a, Advice advice, Platform platform) {
        for (Step step : PlanWriter.write(clean(), a, platform).steps()) {
            if (step.advice() == advice) {
                return step.menuKey();
            }
        }
        throw new AssertionError(advice + " not in the plan on " + platform);
    }

    @Test
    void theCalmPersonasGetNoneOfTheCaseSteps() {
        for (Advice a : List.of(Advice.ACCOUNT_SECURITY, Advice.FAMILY_ACCOUNTS, Advice.LOCATION_APPS,
                Advice.TRACKERS, Advice.PHONE_SETTINGS, Advice.BACKUPS, Advice.NO_FACTORY_RESET,
                Advice.CHILDREN_DEVICES, Advice.HELP_IMAGES, Advice.HELP_IMPERSONATION, Advice.HELP_HARASSMENT,
                Advice.HELP_MONEY, Advice.PHONE_ACCOUNT_LOCK, Advice.LINE_SPLIT, Advice.HOME_AND_CAR,
                Advice.SESSION_TRACES, Advice.WALK_IN_PLAN)) {
            assertFalse(has(CALM_PERSON, a, CHROME_ANDROID), "person: " + a);
            assertFalse(has(CALM_CLIENT, a, CHROME_ANDROID), "client: " + a);
        }
    }

    @Test
    void accountsBeyondThePassword() {
        assertTrue(has(CALM_PERSON.with("accounts", "email"), Advice.ACCOUNT_SECURITY));
        assertTrue(has(CALM_PERSON.with("signs", "unsure"), Advice.ACCOUNT_SECURITY));
        assertTrue(has(CALM_PERSON.with("access", "yes"), Advice.ACCOUNT_SECURITY));
        assertFalse(has(CALM_PERSON.with("accounts", "none"), Advice.ACCOUNT_SECURITY));
    }

    @Test
    void familyAccountsAndBackups() {
        assertTrue(has(CALM_PERSON.with("concerns", "family-account"), Advice.FAMILY_ACCOUNTS));
        assertTrue(has(CALM_PERSON.with("concerns", "children"), Advice.FAMILY_ACCOUNTS));
        assertTrue(has(CALM_PERSON.with("concerns", "family-account"), Advice.BACKUPS));
        assertTrue(has(CALM_PERSON.with("accounts", "cloud"), Advice.BACKUPS));
        assertTrue(has(CALM_CLIENT.with("accounts", "unsure"), Advice.BACKUPS));
        assertFalse(has(CALM_PERSON.with("accounts", "email"), Advice.BACKUPS));
    }

    @Test
    void everyAppThatCanShareLocation() {
        // The look comes with the change that could be noticed, which carries the label.
        assertTrue(has(CALM_PERSON.with("location", "unsure"), Advice.STOP_LOCATION_SHARING));
        assertTrue(has(CALM_PERSON.with("location", "yes"), Advice.LOCATION_APPS));
        assertTrue(has(CALM_PERSON.with("location", "unsure"), Advice.LOCATION_APPS));
        assertFalse(has(CALM_PERSON.with("signs", "yes"), Advice.LOCATION_APPS));
    }

    @Test
    void aTrackerWhenTheyKnowWhereYouWentWithoutAnApp() {
        assertTrue(has(CALM_PERSON.with("concerns", "tracker"), Advice.TRACKERS));
        assertTrue(has(CALM_PERSON.with("concerns", "home-car"), Advice.TRACKERS));
        assertTrue(has(CALM_PERSON.with("signs", "yes"), Advice.TRACKERS));
        assertTrue(has(CALM_PERSON.with("signs", "yes").with("location", "unsure"), Advice.TRACKERS));
        // Location is shared through an app: that explains it first.
        assertFalse(has(CALM_PERSON.with("signs", "yes").with("location", "yes"), Advice.TRACKERS));
        assertFalse(has(CALM_PERSON.with("signs", "unsure"), Advice.TRACKERS));
    }

    @Test
    void phoneSettingsOnPhonesSomeoneCouldHaveSetUp() {
        Answers worry = CALM_PERSON.with("monitoring", "unsure");
        assertTrue(has(worry, Advice.PHONE_SETTINGS, CHROME_ANDROID));
        assertTrue(has(worry, Advice.PHONE_SETTINGS, SAFARI_IPHONE));
        assertTrue(has(worry, Advice.PHONE_SETTINGS, Platform.UNKNOWN));
        assertFalse(has(worry, Advice.PHONE_SETTINGS, CHROME_WINDOWS), "a computer");
        assertFalse(has(worry.with("device", "public"), Advice.PHONE_SETTINGS, CHROME_ANDROID), "a library device");
        assertFalse(has(worry.with("device", "work"), Advice.PHONE_SETTINGS, CHROME_ANDROID), "the employer's");
        assertTrue(has(CALM_PERSON.with("access", "unsure"), Advice.PHONE_SETTINGS, CHROME_ANDROID));
    }

    @Test
    void noFactoryResetWhereSoftwareMayBeInvolved() {
        assertTrue(has(CALM_PERSON.with("monitoring", "yes"), Advice.NO_FACTORY_RESET));
        assertTrue(has(CALM_PERSON.with("monitoring", "unsure"), Advice.NO_FACTORY_RESET));
        assertTrue(has(CALM_PERSON.with("signs", "yes"), Advice.NO_FACTORY_RESET));
        assertTrue(has(CALM_PERSON.with("device", "given"), Advice.NO_FACTORY_RESET));
        assertFalse(has(CALM_CLIENT.with("monitoring", "yes"), Advice.NO_FACTORY_RESET), "not about a person");
    }

    @Test
    void onlineCounselling() {
        assertTrue(has(CALM_CLIENT, Advice.ASK_COUNSELLOR));
        assertTrue(has(CALM_PERSON.with("purpose", "both"), Advice.ASK_COUNSELLOR));
        assertFalse(has(CALM_PERSON, Advice.ASK_COUNSELLOR));
        assertTrue(has(CALM_CLIENT.with("device", "shared"), Advice.SESSION_TRACES));
        assertTrue(has(CALM_CLIENT.with("access", "unsure"), Advice.SESSION_TRACES));
        assertFalse(has(CALM_PERSON, Advice.SESSION_TRACES));
        assertTrue(has(CALM_CLIENT.with("private-now", "unsure"), Advice.WALK_IN_PLAN));
        assertTrue(has(CALM_PERSON.with("purpose", "both").with("living", "together"), Advice.WALK_IN_PLAN));
        assertFalse(has(CALM_PERSON.with("purpose", "both"), Advice.WALK_IN_PLAN), "has left, private now");
    }

    @Test
    void theHandOffsAndTheShortCasesComeFromTheFollowUp() {
        assertTrue(has(CALM_PERSON.with("concerns", "children"), Advice.CHILDREN_DEVICES));
        assertTrue(has(CALM_PERSON.with("concerns", "images"), Advice.HELP_IMAGES));
        assertTrue(has(CALM_PERSON.with("concerns", "impersonation"), Advice.HELP_IMPERSONATION));
        assertTrue(has(CALM_PERSON.with("concerns", "harassment"), Advice.HELP_HARASSMENT));
        assertTrue(has(CALM_PERSON.with("concerns", "money"), Advice.HELP_MONEY));
        assertTrue(has(CALM_PERSON.with("concerns", "home-car"), Advice.HOME_AND_CAR));
        Answers all = CALM_PERSON.with("concerns", "tracker", "family-account", "children", "home-car", "images",
                "impersonation", "harassment", "money");
        assertTrue(has(all, Advice.HELP_MONEY) && has(all, Advice.CHILDREN_DEVICES));
        // The follow-up is not on a "both" path (the work question takes its place): its answer no longer counts.
        assertFalse(has(all.with("purpose", "both"), Advice.HELP_MONEY));
        assertTrue(has(all.with("purpose", "both").with("device", "own", "work"), Advice.HELP_MONEY));
    }

    @Test
    void thePhoneAccount() {
        assertTrue(has(CALM_PERSON.with("phone-plan", "yes"), Advice.PHONE_ACCOUNT_LOCK));
        assertTrue(has(CALM_PERSON.with("phone-plan", "unsure"), Advice.LINE_SPLIT));
        assertTrue(has(CALM_PERSON.with("accounts", "phone-account"), Advice.PHONE_ACCOUNT_LOCK));
        assertFalse(has(CALM_PERSON.with("accounts", "phone-account"), Advice.LINE_SPLIT), "their own plan");
    }

    @Test
    void stepsThatCouldBeNoticedSayHowToGoGently() {
        Plan plan = PlanWriter.write(clean(), CALM_PERSON.with("phone-plan", "yes").with("concerns", "tracker",
                "home-car", "children", "family-account"), CHROME_ANDROID);
        for (Advice a : List.of(Advice.TRACKERS, Advice.PHONE_ACCOUNT_LOCK, Advice.LINE_SPLIT, Advice.HOME_AND_CAR,
                Advice.CHILDREN_DEVICES, Advice.FAMILY_ACCOUNTS)) {
            assertTrue(plan.has(a), a.id());
            assertTrue(a.mayAlert(), a.id());
        }
        // A documenting step comes first, as for every change that could be noticed.
        assertTrue(plan.has(Advice.DOCUMENT_FIRST));
    }

    @Test
    void menuPathsPerPlatform() {
        Answers a = CALM_PERSON.with("accounts", "email", "cloud").with("monitoring", "unsure")
                .with("concerns", "tracker");
        assertEquals("step.account-security.ios", menu(a, Advice.ACCOUNT_SECURITY, SAFARI_IPHONE));
        assertEquals("step.account-security.ios", menu(a, Advice.ACCOUNT_SECURITY, CHROME_IPHONE));
        assertEquals("step.account-security.macos", menu(a, Advice.ACCOUNT_SECURITY, SAFARI_MAC));
        assertEquals("step.account-security.macos", menu(a, Advice.ACCOUNT_SECURITY, CHROME_MAC));
        assertEquals("step.account-security.android", menu(a, Advice.ACCOUNT_SECURITY, SAMSUNG_ANDROID));
        assertEquals("step.account-security.generic", menu(a, Advice.ACCOUNT_SECURITY, CHROME_WINDOWS));
        assertEquals("step.account-security.generic", menu(a, Advice.ACCOUNT_SECURITY, Platform.UNKNOWN));
        assertEquals("step.trackers.android", menu(a, Advice.TRACKERS, CHROME_ANDROID));
        assertEquals("step.trackers.android", menu(a, Advice.TRACKERS, SAMSUNG_ANDROID));
        // No vendor page was found for the iPhone's path, so the iPhone gets the generic text.
        assertEquals("step.trackers.generic", menu(a, Advice.TRACKERS, SAFARI_IPHONE));
        assertEquals("step.phone-settings.android", menu(a, Advice.PHONE_SETTINGS, CHROME_ANDROID));
        assertEquals("step.phone-settings.generic", menu(a, Advice.PHONE_SETTINGS, SAFARI_IPHONE));
        assertEquals("", menu(a, Advice.BACKUPS, SAFARI_IPHONE), "text only");
    }
}
