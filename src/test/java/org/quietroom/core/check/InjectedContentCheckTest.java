package org.quietroom.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Snapshot;
import org.quietroom.core.SnapshotFixtures;
import org.quietroom.core.Tri;

class InjectedContentCheckTest {
    private final InjectedContentCheck check = new InjectedContentCheck();

    private Finding run(Snapshot.Builder b) {
        return check.run(b.build());
    }

    @Test
    void aWatchedPageWithNothingAddedIsOk() {
        Finding f = run(SnapshotFixtures.plainHttps());
        assertEquals(InjectedContentCheck.Result.NOTHING_SEEN, f.reason());
        assertEquals(Outcome.OK, f.outcome());
    }

    @Test
    void grammarlyMarkersAreNamedAsAKnownHelper() {
        Finding f = run(SnapshotFixtures.plainHttps()
                .addedAttributes(List.of("data-new-gr-c-s-check-loaded", "data-gr-ext-installed"))
                .addedElements(List.of("grammarly-desktop-integration")));
        assertEquals(InjectedContentCheck.Result.KNOWN_HELPER, f.reason());
        assertEquals(Outcome.CAUTION, f.outcome());
        assertEquals(List.of("Grammarly"), f.evidence());
    }

    @Test
    void passwordManagersDarkModeAndTranslationAreNamed() {
        Finding f = run(SnapshotFixtures.plainHttps()
                .addedAttributes(List.of("data-lastpass-icon-root", "data-dashlane-rid", "data-darkreader-mode",
                        ".translated-ltr", "lang"))
                .addedElements(List.of("font")));
        assertEquals(InjectedContentCheck.Result.KNOWN_HELPER, f.reason());
        assertEquals(List.of("Google Translate, LastPass, Dashlane, Dark Reader"), f.evidence());
    }

    @Test
    void fontTagsAloneAreNotAssumedToBeTranslation() {
        Finding f = run(SnapshotFixtures.plainHttps().addedElements(List.of("font")));
        assertEquals(InjectedContentCheck.Result.CHANGED, f.reason());
    }

    @Test
    void anUnknownElementAndAttributeAreListedWithTheHarmlessReasonFirst() {
        Finding f = run(SnapshotFixtures.plainHttps()
                .addedElements(List.of("qr-test-widget"))
                .addedAttributes(List.of("data-qr-test-injector", "data-gr-ext-installed")));
        assertEquals(InjectedContentCheck.Result.CHANGED, f.reason());
        assertEquals(Outcome.CAUTION, f.outcome());
        assertEquals(List.of("<qr-test-widget>, data-qr-test-injector, data-gr-ext-installed"), f.evidence());
    }

    @Test
    void extensionUrlsShowOnlyTheirScheme() {
        Finding f = run(SnapshotFixtures.plainHttps().extensionUrls(List.of("moz-extension:")));
        assertEquals(InjectedContentCheck.Result.CHANGED, f.reason());
        assertEquals(List.of("moz-extension://\u2026"), f.evidence());
    }

    @Test
    void addedScriptsFramesAndForeignCodeAreARisk() {
        Finding f = run(SnapshotFixtures.plainHttps().addedElements(List.of("script", "div")));
        assertEquals(InjectedContentCheck.Result.CODE_ADDED, f.reason());
        assertEquals(Outcome.RISK, f.outcome());
        assertEquals(List.of("<script>, <div>"), f.evidence());
        assertEquals(InjectedContentCheck.Result.CODE_ADDED,
                run(SnapshotFixtures.plainHttps().foreignCodeOrigins(List.of("https://tracker.example"))).reason());
        assertEquals(InjectedContentCheck.Result.CODE_ADDED,
                run(SnapshotFixtures.plainHttps().addedElements(List.of("iframe"))).reason());
    }

    @Test
    void aWrappedAddEventListenerExplainsAddedCode() {
        Finding f = run(SnapshotFixtures.plainHttps()
                .addedElements(List.of("script"))
                .patchedFunctions(List.of("addEventListener")));
        assertEquals(InjectedContentCheck.Result.CODE_ADDED_PATCHED, f.reason());
        assertEquals(List.of("<script>", "addEventListener"), f.evidence());
    }

    @Test
    void patchedFunctionsAloneAreOnlyWorthALook() {
        Finding f = run(SnapshotFixtures.plainHttps().patchedFunctions(List.of("fetch", "sendBeacon")));
        assertEquals(InjectedContentCheck.Result.PATCHED, f.reason());
        assertEquals(Outcome.CAUTION, f.outcome());
    }

    @Test
    void aKnownHelperWithPatchedFunctionsIsNotWaivedThrough() {
        Finding f = run(SnapshotFixtures.plainHttps()
                .addedAttributes(List.of("data-gr-ext-installed"))
                .patchedFunctions(List.of("addEventListener")));
        assertEquals(InjectedContentCheck.Result.CHANGED, f.reason());
        assertTrue(f.evidence().get(0).contains("addEventListener()"));
    }

    @Test
    void longListsAreCut() {
        Finding f = run(SnapshotFixtures.plainHttps().addedAttributes(
                List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10")));
        assertTrue(f.evidence().get(0).endsWith(", \u2026"));
        assertFalse(f.evidence().get(0).contains("a9"));
    }

    @Test
    void anUnwatchedPageIsUnknownNeverOk() {
        assertEquals(Outcome.UNKNOWN, run(SnapshotFixtures.silent()).outcome());
        assertEquals(Outcome.UNKNOWN, run(SnapshotFixtures.plainHttps().pageWatched(Tri.NO)).outcome());
        // Evidence found by other means still counts when the watch could not run.
        assertEquals(Outcome.CAUTION,
                run(SnapshotFixtures.plainHttps().pageWatched(Tri.NO).patchedFunctions(List.of("fetch"))).outcome());
    }
}
