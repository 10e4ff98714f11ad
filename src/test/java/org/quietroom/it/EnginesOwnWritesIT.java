package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetCodec;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;
import org.quietroom.it.engine.Wait;

/**
 * Every feature of the person's page, used one after another, and then no finding caused by the page itself: an
 * advocate's link, every question on the path (with Back and Skip on the way), the language changed there and
 * back, the site's name on the plan, print, copy, the cover for when the window loses focus, and a locked file
 * saved. Without an extension, nothing may be reported as added. With the injector test extension (the positive
 * control: the same walk, so the watch was live all along), exactly the injector's element and attribute are
 * reported, and none of the page's own. Chromium and Firefox, both tiers (WebKitGTK's MiniBrowser loads no
 * extension; EnginesLateParseIT covers its watch).
 */
class EnginesOwnWritesIT {
    @RegisterExtension
    static final EngineRig PLAIN = new EngineRig();

    @RegisterExtension
    static final EngineRig INJECTED = EngineRig.withExtension(EnginesExtensionIT.INJECTOR);

    /** Answers after the first two questions: a shared device, home network, and worries of every kind. */
    private static final Map<String, List<String>> ANSWERS = Map.<String, List<String>>ofEntries(
            Map.entry("private-now", List.of("unsure")),
            Map.entry("device", List.of("own", "shared")),
            Map.entry("access", List.of("yes")),
            Map.entry("network", List.of("home")),
            Map.entry("monitoring", List.of("unsure")),
            Map.entry("accounts", List.of("email", "cloud")),
            Map.entry("phone-plan", List.of("yes")),
            Map.entry("location", List.of("yes")),
            Map.entry("signs", List.of("yes")),
            Map.entry("concerns", List.of("tracker", "children")));

    static List<Arguments> enginesAndTiers() {
        return EngineRig.tiers(Engines.selected().stream().filter(EnginesExtensionIT.WITH_EXTENSIONS::contains)
                .toList());
    }

    static String link() {
        return PresetCodec.encode(Preset.builder()
                .organisation("Riverside Women's Aid")
                .message("Hi, this is Sam.")
                .contact("Sam (advocate)", "+44 20 7946 0000", "", "", "")
                .build().preset());
    }

    /** The whole walk; returns the page. Asserts each feature ran, so that a walk that did less cannot pass. */
    static Page walk(EngineRig rig, String engine, String path) throws InterruptedException {
        Page page = rig.engines().page(engine).open(rig.server().origin() + path + "#" + link());
        String where = engine + " " + path;
        assertEquals("ready", page.state(), where);
        assertEquals(path.endsWith("?tier=js") ? "js" : "wasm", page.tier(), where);
        assertEquals("applied", page.root("data-preset"), where + ": the advocate's link");
        PlanDriver plan = new PlanDriver(page);

        // The first question answered, Back, answered again; the second skipped; then every question the path
        // shows (the follow-up about the field's common cases takes the place of the work question on this path).
        plan.choose("both");
        plan.next();
        assertEquals("living", plan.question(), where);
        plan.back();
        assertEquals("purpose", plan.question(), where);
        plan.choose("person");
        plan.next();
        assertEquals("living", plan.question(), where);
        plan.skip();
        List<String> seen = plan.answerAll(ANSWERS);
        java.util.Set<String> walked = new java.util.HashSet<>(ANSWERS.keySet());
        walked.remove(org.quietroom.core.questions.Questionnaire.FIRST_SCREEN.id());
        assertTrue(seen.containsAll(walked), where + ": every question was on the path: " + seen);

        // The language, there and back.
        plan.click("#languages a[data-lang='es']");
        assertEquals("es", page.root("lang"), where);
        plan.click("#languages a[data-lang='en']");
        assertEquals("en", page.root("lang"), where);

        // Keeping the plan: the site's name, print, copy.
        plan.click("#keep-site");
        plan.click("#keep-print");
        plan.click("#keep-copy");
        assertTrue(!((String) page.engine().script("return document.getElementById('plan-text').textContent;"))
                .isEmpty(), where + ": the copied text");

        // The cover, while the window is in the background: its switch is in the exit guidance, a <details> the
        // person opens (the browser then sets its open attribute, which is not someone else's doing either).
        plan.click("#exit-help > summary");
        plan.click("#findings-quiet > summary");
        plan.click("#cover-switch");
        page.engine().script("window.dispatchEvent(new Event('blur')); return null;");
        assertEquals(Boolean.TRUE, page.engine().script(
                "return document.documentElement.classList.contains('qr-covered');"), where + ": covered");
        page.engine().script("window.dispatchEvent(new Event('focus')); return null;");
        plan.click("#cover-switch");

        // A locked file, with a suggested passphrase.
        plan.click("#keep-file-start");
        plan.click("#keep-pass-suggest");
        plan.click("#keep-file-save");
        String done = PlanDriver.msg("keep.file.done");
        Wait.until(() -> where + ": the locked file to be made: " + page.text("#file-status"), Wait.PAGE,
                () -> done.equals(page.text("#file-status")));
        return page;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enginesAndTiers")
    void afterEveryFeatureNothingIsReportedAsAdded(String engine, String path) throws InterruptedException {
        Page page = walk(PLAIN, engine, path);
        // The watch writes its records as each change is observed (a MutationObserver callback runs before the
        // next task, so before this script): read at once, they are final for everything above.
        assertEquals("on", page.root("data-watch"), engine);
        assertEquals("", page.root("data-watch-elements"), engine + " " + path + ": elements reported as added");
        assertEquals("", page.root("data-watch-attributes"), engine + " " + path + ": attributes reported as added");
        assertEquals("nothing-seen", page.reason("injected-content"), engine + " " + path);
        assertEquals(0, page.cspViolations(), engine + " " + path);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enginesAndTiers")
    void afterTheSameWalkAnExtensionsChangesAreReportedAndNothingElse(String engine, String path)
            throws InterruptedException {
        Page page = walk(INJECTED, engine, path);
        assertEquals("qr-test-widget", page.root("data-watch-elements"), engine + " " + path);
        assertEquals("data-qr-test-injector", page.root("data-watch-attributes"), engine + " " + path);
        page.awaitReason("injected-content", "changed");
    }
}
