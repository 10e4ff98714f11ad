package org.quietroom.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.core.plan.PlanFixtures.CHROME_ANDROID;
import static org.quietroom.core.plan.PlanFixtures.CHROME_WINDOWS;
import static org.quietroom.core.plan.PlanFixtures.EDGE_WINDOWS;
import static org.quietroom.core.plan.PlanFixtures.SAFARI_IPHONE;
import static org.quietroom.core.plan.PlanFixtures.SAFARI_MAC;
import static org.quietroom.core.plan.PlanFixtures.clean;
import static org.quietroom.core.plan.PlanFixtures.cleanPlus;
import static org.quietroom.core.plan.PlanFixtures.golden;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.Finding;
import org.quietroom.core.check.InAppBrowserCheck;
import org.quietroom.core.platform.Platform;
import org.quietroom.core.questions.Answers;

class PlanWriterTest {

    private static Step step(Plan plan, Advice advice) {
        for (Step s : plan.steps()) {
            if (s.advice() == advice) {
                return s;
            }
        }
        throw new AssertionError("no step " + advice.id() + " in " + golden(plan));
    }

    // Personas: golden output written by hand from the rules, so a change of rules shows up here as a diff.

    @Test
    void counsellingClientOnAWorkplaceComputer() {
        Answers a = Answers.NONE
                .with("purpose", "counselling")
                .with("private-now", "yes")
                .with("device", "work")
                .with("access", "no")
                .with("network", "work")
                .with("monitoring", "unsure")
                .with("accounts", "none");
        Plan plan = PlanWriter.write(clean(), a, EDGE_WINDOWS);
        assertEquals(List.of(
                "decision use-safer-device work-device network-owner monitoring-unsure",
                "now quick-exit",
                "now compare-address",
                "now safer-device",
                "now other-network",
                "now private-window",
                "now extensions",
                "now managed",
                "now certificate",
                "now sync",
                "now saved-passwords",
                "now device-apps",
                "now sign-out",
                "before sessions-off-work",
                "before tell-counsellor",
                "before session-traces",
                "before ask-counsellor"), golden(plan));
        assertEquals("step.managed.edge", step(plan, Advice.MANAGED).menuKey());
        assertEquals("step.device-apps.windows", step(plan, Advice.DEVICE_APPS).menuKey());
        assertEquals(List.of("plan.unseen.keyloggers", "plan.unseen.screen-sharing", "plan.unseen.network",
                "plan.unseen.employer"), plan.unseenKeys());
        assertEquals(List.of("help.emergency", "help.counsellor", "help.traces"), plan.helpKeys());
    }

    @Test
    void survivorLivingWithTheAbuserOnASharedAndroidPhone() {
        Answers a = Answers.NONE
                .with("purpose", "person")
                .with("living", "together")
                .with("private-now", "unsure")
                .with("device", "shared")
                .with("access", "yes")
                .with("network", "home")
                .with("monitoring", "unsure")
                .with("accounts", "email", "phone-account")
                .with("phone-plan", "yes")
                .with("location", "unsure")
                .with("signs", "yes");
        Plan plan = PlanWriter.write(clean(), a, CHROME_ANDROID);
        assertEquals(List.of(
                "decision use-safer-device shared-at-home someone-has-access accounts-known phone-account "
                        + "signs-of-monitoring private-now-unsure lives-with-them monitoring-unsure location-unsure",
                "now quick-exit",
                "now private-place",
                "now compare-address",
                "now safer-device",
                "now private-window",
                "now managed",
                "now sync",
                "now saved-passwords",
                "now device-apps",
                "now account-security",
                "now location-apps",
                "now trackers",
                "now phone-settings",
                "now sign-out",
                "now clear-history",
                "before keep-normal",
                "before document-first",
                "before talk-first",
                "before new-account",
                "before phone-bill",
                "before no-factory-reset",
                "later change-passwords",
                "later stop-location-sharing",
                "later own-phone-plan",
                "later phone-account-lock",
                "later line-split",
                "later remove-apps"), golden(plan));
        assertEquals("step.trackers.android", step(plan, Advice.TRACKERS).menuKey());
        assertEquals("step.phone-settings.android", step(plan, Advice.PHONE_SETTINGS).menuKey());
        assertEquals("step.account-security.android", step(plan, Advice.ACCOUNT_SECURITY).menuKey());
        assertEquals("step.private-window.chrome-android", step(plan, Advice.PRIVATE_WINDOW).menuKey());
        assertEquals("step.managed.android", step(plan, Advice.MANAGED).menuKey());
        assertEquals("step.stop-location-sharing.android", step(plan, Advice.STOP_LOCATION_SHARING).menuKey());
        assertEquals(List.of("help.emergency", "help.national-default", "help.tech-clinic", "help.traces"),
                plan.helpKeys());
    }

    @Test
    void survivorWhoHasLeftOnALibraryComputerOverPublicWifi() {
        Answers a = Answers.NONE
                .with("purpose", "person")
                .with("living", "left")
                .with("private-now", "yes")
                .with("device", "public")
                .with("network", "public")
                .with("accounts", "email")
                .with("phone-plan", "no")
                .with("location", "no")
                .with("signs", "unsure");
        Plan plan = PlanWriter.write(clean(), a, CHROME_WINDOWS);
        assertEquals(List.of(
                "decision use-safer-device accounts-known network-owner left signs-unsure",
                "now quick-exit",
                "now compare-address",
                "now safer-device",
                "now other-network",
                "now private-window",
                "now extensions",
                "now managed",
                "now certificate",
                "now account-security",
                "now sign-out",
                "before document-first",
                "before new-account",
                "later change-passwords"), golden(plan));
        assertEquals("step.account-security.generic", step(plan, Advice.ACCOUNT_SECURITY).menuKey());
        assertEquals("step.extensions.chrome", step(plan, Advice.EXTENSIONS).menuKey());
        assertEquals("step.certificate.chrome", step(plan, Advice.CERTIFICATE).menuKey());
    }

    @Test
    void noAnswersAtAll() {
        Plan plan = PlanWriter.write(clean(), Answers.NONE, Platform.UNKNOWN);
        assertEquals(List.of(
                "decision plan-so-far nothing-answered",
                "now quick-exit",
                "now compare-address",
                "now private-window",
                "now extensions",
                "now managed",
                "now certificate",
                "now sync",
                "now saved-passwords",
                "now device-apps",
                "now clear-history",
                "before document-first",
                "later change-passwords",
                "later firewall-scan"), golden(plan));
        for (Step s : plan.steps()) {
            assertTrue(s.menuKey().isEmpty() || s.menuKey().endsWith(".generic"), s.menuKey());
        }
        assertEquals(List.of("help.emergency", "help.national-default", "help.traces"), plan.helpKeys());
    }

    // Findings from the checks.

    @Test
    void plainHttpPointsToAnotherNetworkNotToAnotherDevice() {
        Plan plan = PlanWriter.write(PlanFixtures.notEncrypted(), Answers.NONE, CHROME_WINDOWS);
        assertEquals(DecisionReason.NOT_ENCRYPTED, plan.reason());
        assertEquals(Decision.USE_OTHER_NETWORK, plan.decision());
        assertFalse(plan.has(Advice.REVIEW_FINDINGS));
        assertFalse(plan.has(Advice.SAFER_DEVICE));
        assertEquals(List.of("connection"), step(plan, Advice.OTHER_NETWORK).forChecks(),
                "plain http: the network can read it");
    }

    @Test
    void aRiskFromACheckWithoutARemedyRowStillCountsAndPointsToItsCard() {
        Plan plan = PlanWriter.write(
                cleanPlus(Finding.of(PlanWriter.IN_APP_BROWSER_CHECK, PlanFixtures.InAppBrowser.DETECTED)),
                Answers.NONE, CHROME_WINDOWS);
        assertEquals(List.of(DecisionReason.CHECK_FOUND_RISK), plan.reasons());
        assertEquals(List.of(PlanWriter.IN_APP_BROWSER_CHECK), step(plan, Advice.REVIEW_FINDINGS).forChecks());
        assertTrue(plan.has(Advice.SAFER_DEVICE));
    }

    @Test
    void anInAppBrowserSaysToOpenThePageInTheBrowser() {
        Plan plan = PlanWriter.write(
                PlanFixtures.cleanWith(Finding.of(InAppBrowserCheck.ID, InAppBrowserCheck.Result.APP, "Facebook")),
                Answers.NONE.with("device", "own").with("access", "no"), CHROME_ANDROID);
        assertEquals(DecisionReason.IN_APP_BROWSER, plan.reason());
        assertEquals(Decision.OPEN_REAL_PAGE, plan.decision());
        assertEquals(List.of(InAppBrowserCheck.ID), step(plan, Advice.OPEN_IN_BROWSER).forChecks());
        assertTrue(plan.has(Advice.OPEN_IN_BROWSER));
    }

    @Test
    void aCautionIsAReasonToLookCloserWithItsOwnRemedy() {
        Answers a = Answers.NONE.with("purpose", "counselling").with("device", "own").with("access", "no")
                .with("network", "home").with("monitoring", "no").with("private-now", "yes")
                .with("work-sessions", "no").with("accounts", "none");
        Plan plan = PlanWriter.write(
                cleanPlus(Finding.of(PlanWriter.IN_APP_BROWSER_CHECK, PlanFixtures.InAppBrowser.LIKELY)),
                a, CHROME_WINDOWS);
        // A check the plan has no row for: its caution still counts, and the fallback remedy is to read it.
        assertEquals(List.of(DecisionReason.CHECK_CAUTION), plan.reasons());
        assertEquals(Decision.LOOK_CLOSER, plan.decision());
        assertTrue(plan.has(Advice.REVIEW_FINDINGS));
        assertEquals(List.of(PlanWriter.IN_APP_BROWSER_CHECK), step(plan, Advice.REVIEW_FINDINGS).forChecks());
    }

    @Test
    void saysSoWhenTheBrowserAnsweredAlmostNothing() {
        Plan plan = PlanWriter.write(PlanFixtures.mostlyUnknown(), Answers.NONE, Platform.UNKNOWN);
        assertEquals(DecisionReason.CHECKS_UNCLEAR, plan.reason());
    }

    // The decision.

    @Test
    void someoneWatchingNowMeansComeBackLaterEvenWhenAnotherDeviceIsAdvised() {
        Answers a = Answers.NONE.with("private-now", "no").with("monitoring", "yes");
        Plan plan = PlanWriter.write(clean(), a, CHROME_WINDOWS);
        assertEquals(Decision.COME_BACK_LATER, plan.decision());
        assertTrue(plan.has(Advice.PRIVATE_PLACE));
        assertTrue(plan.has(Advice.SAFER_DEVICE));
    }

    @Test
    void aDeviceSomeoneElseSetUpPointsToAnotherDevice() {
        Plan plan = PlanWriter.write(clean(), Answers.NONE.with("device", "given"), CHROME_WINDOWS);
        assertEquals(DecisionReason.DEVICE_FROM_SOMEONE, plan.reason());
    }

    @Test
    void aFriendsDeviceIsAReasonableChoice() {
        Plan plan = PlanWriter.write(clean(), Answers.NONE.with("device", "friend"), CHROME_WINDOWS);
        assertEquals(DecisionReason.FRIEND_DEVICE, plan.reason());
        assertTrue(plan.has(Advice.SIGN_OUT));
        assertFalse(plan.has(Advice.DEVICE_APPS));
    }

    @Test
    void aSharedDeviceAtHomeWithThePersonPointsToAnotherDevice() {
        Answers a = Answers.NONE.with("purpose", "person").with("living", "leaving").with("device", "shared")
                .with("access", "no");
        assertEquals(DecisionReason.SHARED_AT_HOME, PlanWriter.write(clean(), a, CHROME_WINDOWS).reason());
    }

    @Test
    void beingUnsureIsAReasonToLookCloser() {
        Answers a = Answers.NONE.with("device", "own").with("access", "unsure");
        assertEquals(List.of(DecisionReason.ACCESS_UNSURE), PlanWriter.write(clean(), a, CHROME_WINDOWS).reasons());
    }

    @Test
    void aWorkNetworkPointsToAnotherNetworkAndForCounsellingToAnotherDevice() {
        Answers survivor = Answers.NONE.with("purpose", "person").with("device", "own").with("network", "work")
                .with("access", "no");
        assertEquals(List.of(DecisionReason.NETWORK_OWNER),
                PlanWriter.write(clean(), survivor, CHROME_WINDOWS).reasons());
        Answers client = survivor.with("purpose", "counselling");
        assertEquals(List.of(DecisionReason.WORK_DEVICE, DecisionReason.NETWORK_OWNER),
                PlanWriter.write(clean(), client, CHROME_WINDOWS).reasons());
    }

    // Steps.

    @Test
    void ignoresAnswersToQuestionsThatAreNoLongerShown() {
        Answers a = Answers.NONE.with("purpose", "counselling").with("living", "together").with("signs", "yes")
                .with("phone-plan", "yes");
        Plan plan = PlanWriter.write(clean(), a, CHROME_WINDOWS);
        assertFalse(plan.has(Advice.TALK_FIRST));
        assertFalse(plan.has(Advice.PHONE_BILL));
        assertFalse(plan.has(Advice.OWN_PHONE_PLAN));
        assertEquals(PlanWriter.write(clean(), Answers.NONE.with("purpose", "counselling"), CHROME_WINDOWS), plan);
    }

    @Test
    void pointsIphoneUsersToAppleSafetyCheck() {
        Answers a = Answers.NONE.with("purpose", "person").with("device", "own");
        assertEquals("step.apple-safety-check.ios",
                step(PlanWriter.write(clean(), a, SAFARI_IPHONE), Advice.APPLE_SAFETY_CHECK).menuKey());
        assertEquals("step.apple-safety-check.macos",
                step(PlanWriter.write(clean(), a, SAFARI_MAC), Advice.APPLE_SAFETY_CHECK).menuKey());
        assertFalse(PlanWriter.write(clean(), a, CHROME_WINDOWS).has(Advice.APPLE_SAFETY_CHECK));
    }

    @Test
    void leavesOutExtensionsWhereTheBrowserHasNone() {
        assertFalse(PlanWriter.write(clean(), Answers.NONE, CHROME_ANDROID).has(Advice.EXTENSIONS));
        assertFalse(PlanWriter.write(clean(), Answers.NONE, PlanFixtures.CHROME_IPHONE).has(Advice.EXTENSIONS));
        assertEquals("step.extensions.safari-ios",
                step(PlanWriter.write(clean(), Answers.NONE, SAFARI_IPHONE), Advice.EXTENSIONS).menuKey());
    }

    @Test
    void documentsBeforeAnyChangeThatCouldBeNoticed() {
        Answers a = Answers.NONE.with("purpose", "person").with("location", "yes").with("accounts", "none");
        Plan plan = PlanWriter.write(clean(), a, CHROME_WINDOWS);
        assertTrue(plan.has(Advice.STOP_LOCATION_SHARING));
        assertTrue(plan.has(Advice.DOCUMENT_FIRST));
        Plan calm = PlanWriter.write(clean(), a.with("location", "no"), CHROME_WINDOWS);
        assertFalse(calm.has(Advice.DOCUMENT_FIRST));
    }

    @Test
    void aCalmOwnDeviceGetsAShortPlan() {
        Answers a = Answers.NONE.with("purpose", "counselling").with("private-now", "yes").with("device", "own")
                .with("access", "no").with("network", "home").with("monitoring", "no").with("work-sessions", "no")
                .with("accounts", "none");
        Plan plan = PlanWriter.write(clean(), a, SAFARI_MAC);
        assertEquals(List.of(
                "decision steps-first no-particular-risk",
                "now quick-exit",
                "now compare-address",
                "now private-window",
                "now extensions",
                "now managed",
                "now sync",
                "before ask-counsellor",
                "later firewall-scan"), golden(plan));
        assertEquals("step.managed.macos", step(plan, Advice.MANAGED).menuKey());
    }

    @Test
    void refusesMissingInput() {
        assertThrows(IllegalArgumentException.class, () -> PlanWriter.write(null, Answers.NONE, Platform.UNKNOWN));
        assertThrows(IllegalArgumentException.class, () -> PlanWriter.write(clean(), null, Platform.UNKNOWN));
        assertThrows(IllegalArgumentException.class, () -> PlanWriter.write(clean(), Answers.NONE, null));
    }
}
