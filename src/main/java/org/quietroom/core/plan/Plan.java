package org.quietroom.core.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A written plan: the decision and why, the steps in order (all NOW steps, then BEFORE, then LATER), what no web
 * page can see, and who can help. Only catalog keys, never words, so one plan renders in every language.
 *
 * @param reason why the plan decided what it did; {@link #decision()} follows from it
 * @param steps the steps, grouped and in the order of {@link Advice}
 * @param unseenKeys catalog keys of the things no web page can see that matter for this person
 * @param helpKeys catalog keys of who can help (the contacts themselves are filled in by the page)
 */
public record Plan(DecisionReason reason, List<Step> steps, List<String> unseenKeys, List<String> helpKeys) {

    /** Wording every plan uses around its steps. */
    private static final List<String> PAGE_KEYS = List.of("plan.heading", "plan.intro", "plan.may-alert",
            "plan.safer-heading", "plan.unseen.heading", "plan.unseen.intro", "help.heading");

    public Plan {
        if (reason == null || steps == null || unseenKeys == null || helpKeys == null) {
            throw new IllegalArgumentException("reason, steps, unseenKeys and helpKeys must not be null");
        }
        steps = List.copyOf(steps);
        unseenKeys = List.copyOf(unseenKeys);
        helpKeys = List.copyOf(helpKeys);
    }

    public Decision decision() {
        return reason.decision();
    }

    /** The steps in one group, in order. */
    public List<Step> steps(Group group) {
        List<Step> out = new ArrayList<>();
        for (Step step : steps) {
            if (step.group() == group) {
                out.add(step);
            }
        }
        return out;
    }

    /** Whether the plan has this step. */
    public boolean has(Advice advice) {
        for (Step step : steps) {
            if (step.advice() == advice) {
                return true;
            }
        }
        return false;
    }

    /** Catalog keys of the wording around the steps, used by every plan. */
    public static List<String> pageKeys() {
        return PAGE_KEYS;
    }

    /** Every catalog key this plan needs, so a test (or a translator) can check that each exists. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(PAGE_KEYS);
        keys.add(decision().headingKey());
        keys.add(reason.key());
        for (Group group : Group.values()) {
            keys.add(group.headingKey());
        }
        for (Step step : steps) {
            keys.addAll(step.keys());
        }
        keys.addAll(unseenKeys);
        keys.addAll(helpKeys);
        return keys;
    }
}
