package org.quietroom.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.Words;
import org.quietroom.core.platform.Platform;
import org.quietroom.core.questions.Answers;
import org.quietroom.core.questions.Question;
import org.quietroom.core.questions.Questionnaire;

/**
 * The answers that give the longest plan we can find (issue 15 measures the page "once every question on the
 * longest path is answered"): a greedy search over the questionnaire, not a hand-picked person. For each question
 * on the path, in turn, it keeps the answer (one option, or for a question that takes several, all of them) whose
 * plan has the longest full text in English, and goes round again until nothing changes. {@link LongestPlanTest}
 * checks the result is a local maximum: no change to one question's answer makes the plan longer.
 */
public final class LongestPlan {
    private static final Map<String, String> EN = EnglishCatalog.messages();
    private static final Words WORDS = EN::get;
    /** The platform of the page-metric test's browser: Chromium on Linux. */
    static final Platform CHROMIUM_LINUX = Platform.parse("Mozilla/5.0 (X11; Linux x86_64) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");

    private LongestPlan() {
    }

    /** Question id to the options chosen, in the questionnaire's order; questions off the path are absent. */
    public static Map<String, List<String>> answers() {
        Answers best = search();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Question q : Questionnaire.path(best)) {
            List<String> chosen = new ArrayList<>();
            for (String option : q.options()) {
                if (best.get(q.id()).contains(option)) {
                    chosen.add(option);
                }
            }
            if (!chosen.isEmpty()) {
                out.put(q.id(), List.copyOf(chosen));
            }
        }
        return out;
    }

    static Answers search() {
        Answers answers = Answers.NONE;
        for (int pass = 0; pass < 10; pass++) {
            boolean changed = false;
            for (Question q : Questionnaire.path(answers)) {
                Answers best = answers;
                int bestLength = length(answers);
                for (List<String> candidate : candidates(q)) {
                    Answers tried = answers.with(q.id(), candidate);
                    int l = length(tried);
                    if (l > bestLength) {
                        best = tried;
                        bestLength = l;
                    }
                }
                if (best != answers) {
                    answers = best;
                    changed = true;
                }
            }
            if (!changed) {
                return Questionnaire.relevant(answers);
            }
        }
        throw new IllegalStateException("the search did not settle");
    }

    /** Each option alone, and for a question that takes several, every option at once but none and unsure. */
    static List<List<String>> candidates(Question q) {
        List<List<String>> out = new ArrayList<>();
        for (String option : q.options()) {
            out.add(List.of(option));
        }
        if (q.kind() == Question.Kind.MULTI) {
            // Every option a person could tick together: "none" and "not sure" are not ticked beside others.
            List<String> all = new ArrayList<>(q.options());
            all.remove("none");
            all.remove("unsure");
            out.add(all);
        }
        return out;
    }

    /** The length of the plan's full text for these answers, on a clean https page in Chromium on Linux. */
    static int length(Answers answers) {
        Plan plan = PlanWriter.write(PlanFixtures.clean(), Questionnaire.relevant(answers), CHROMIUM_LINUX);
        return PlanText.full(plan, WORDS).length();
    }
}
