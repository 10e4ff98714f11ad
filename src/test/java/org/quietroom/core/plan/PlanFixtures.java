package org.quietroom.core.plan;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Assessment;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;
import org.quietroom.core.Tri;
import org.quietroom.core.Check;
import org.quietroom.core.check.Checks;
import org.quietroom.core.platform.Platform;

/** Assessments, platforms and a compact golden form of a plan, shared by the plan tests. */
final class PlanFixtures {
    static final Platform EDGE_WINDOWS = Platform.parse("Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86");
    static final Platform CHROME_WINDOWS = Platform.parse("Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
    static final Platform CHROME_ANDROID = Platform.parse("Mozilla/5.0 (Linux; Android 10; K) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36");
    static final Platform SAFARI_IPHONE = Platform.parse("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1");
    static final Platform SAFARI_MAC = Platform.parse("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15");
    static final Platform FIREFOX_LINUX = Platform.parse("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) "
            + "Gecko/20100101 Firefox/133.0");
    static final Platform SAMSUNG_ANDROID = Platform.parse("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36");
    static final Platform CHROME_IPHONE = Platform.parse("Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1");
    static final Platform FIREFOX_IPHONE = Platform.parse("Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15");
    static final Platform CHROME_OS = Platform.parse("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");

    static final Platform CHROME_MAC = Platform.parse("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
    static final Platform EDGE_MAC = Platform.parse("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86");
    static final Platform FIREFOX_MAC = Platform.parse("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) "
            + "Gecko/20100101 Firefox/133.0");
    static final Platform FIREFOX_ANDROID = Platform.parse("Mozilla/5.0 (Android 15; Mobile; rv:133.0) "
            + "Gecko/133.0 Firefox/133.0");
    static final Platform OPERA_WINDOWS = Platform.parse("Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0");

    static final List<Platform> PLATFORMS = List.of(Platform.UNKNOWN, EDGE_WINDOWS, CHROME_WINDOWS, CHROME_ANDROID,
            SAFARI_IPHONE, SAFARI_MAC, FIREFOX_LINUX, SAMSUNG_ANDROID, CHROME_IPHONE, FIREFOX_IPHONE, CHROME_OS,
            CHROME_MAC, EDGE_MAC, FIREFOX_MAC, FIREFOX_ANDROID, OPERA_WINDOWS);

    /** A check id the shell may add later; the plan must react to it by id and outcome alone. */
    enum InAppBrowser implements Reason {
        DETECTED(Outcome.RISK, "detected"),
        LIKELY(Outcome.CAUTION, "likely");

        private final Outcome outcome;
        private final String key;

        InAppBrowser(Outcome outcome, String key) {
            this.outcome = outcome;
            this.key = key;
        }

        @Override
        public Outcome outcome() {
            return outcome;
        }

        @Override
        public String key() {
            return key;
        }
    }

    private PlanFixtures() {
    }

    /** What a production page on https, not framed, not automated, would find. */
    static Assessment clean() {
        return Assessment.of(Snapshot.builder()
                .protocol("https:")
                .secureContext(Tri.YES)
                .hostname("quietroom.app")
                .webdriver(Tri.NO)
                .framed(Tri.NO)
                .historyLength(1)
                .build());
    }

    /** Plain http to another host: the connection check reports a risk. */
    static Assessment notEncrypted() {
        return Assessment.of(Snapshot.builder()
                .protocol("http:")
                .secureContext(Tri.NO)
                .hostname("example.org")
                .webdriver(Tri.NO)
                .framed(Tri.NO)
                .build());
    }

    /** A browser that answered almost nothing. */
    static Assessment mostlyUnknown() {
        return Assessment.of(Snapshot.builder().build());
    }

    /** The clean findings plus one more. */
    static Assessment cleanPlus(Finding extra) {
        List<Finding> findings = new ArrayList<>(clean().findings());
        findings.add(extra);
        Assessment.Summary summary = extra.outcome() == Outcome.RISK ? Assessment.Summary.FOUND_RISK
                : extra.outcome() == Outcome.CAUTION ? Assessment.Summary.FOUND_CAUTION
                : Assessment.Summary.NOTHING_FOUND;
        return new Assessment(findings, summary);
    }

    /** The clean findings with this one in place of the same check's. */
    static Assessment cleanWith(Finding replacement) {
        List<Finding> findings = new ArrayList<>();
        for (Finding f : clean().findings()) {
            findings.add(f.check().equals(replacement.check()) ? replacement : f);
        }
        return new Assessment(findings, Assessment.summarise(findings));
    }

    /** One assessment per result of every check that asks something of the person (worth a look, important). */
    static List<Assessment> everyActionResult() {
        List<Assessment> out = new ArrayList<>();
        for (Check check : Checks.ALL) {
            for (Reason reason : check.reasons()) {
                if (reason.outcome() == Outcome.RISK || reason.outcome() == Outcome.CAUTION) {
                    out.add(cleanWith(Finding.of(check.id(), reason)));
                }
            }
        }
        return out;
    }

    static final List<Assessment> ASSESSMENTS = assessments();

    private static List<Assessment> assessments() {
        List<Assessment> out = new ArrayList<>(List.of(clean(), notEncrypted(), mostlyUnknown(),
                cleanPlus(Finding.of(PlanWriter.IN_APP_BROWSER_CHECK, InAppBrowser.DETECTED)),
                cleanPlus(Finding.of(PlanWriter.IN_APP_BROWSER_CHECK, InAppBrowser.LIKELY))));
        out.addAll(everyActionResult());
        return List.copyOf(out);
    }

    /** "decision <decision> <reason>", then "<group> <step id>" for each step in order. */
    static List<String> golden(Plan plan) {
        List<String> out = new ArrayList<>();
        out.add("decision " + plan.decision().id() + " " + plan.reasonIds());
        for (Step step : plan.steps()) {
            out.add(step.group().id() + " " + step.id());
        }
        return out;
    }
}
