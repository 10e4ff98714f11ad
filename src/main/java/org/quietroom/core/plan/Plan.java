package org.quietroom.core.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A written plan: the decision and why, the steps in order (all NOW steps, then BEFORE, then LATER), what no web
 * page can see, and who can help. Only catalog keys, never words, so one plan renders in every language.
 *
 * @param reasons why the plan decided what it did, furthest from this device first (never empty);
 *     {@link #decision()} is the first one's
 * @param steps the steps, grouped and in the order of {@link Advice}
 * @param unseenKeys catalog keys of the things no web page can see that matter for this person
 * @param helpKeys catalog keys of who can help (the contacts themselves are filled in by the page)
 */
public record Plan(List<DecisionReason> reasons, List<Step> steps, List<String> unseenKeys, List<String> helpKeys) {

    /** Wording every plan uses around its steps. */
    private static final List<String> PAGE_KEYS = List.of("plan.heading", "plan.intro", "plan.may-alert", "decision.why",
            "plan.safer-heading", "plan.unseen.heading", "plan.unseen.intro", "help.heading", PlanText.HELPLINE_KEY);

    public Plan {
        if (reasons == null || reasons.isEmpty() || steps == null || unseenKeys == null || helpKeys == null) {
            throw new IllegalArgumentException("reasons (at least one), steps, unseenKeys and helpKeys must be given");
        }
        reasons = List.copyOf(reasons);
        for (int i = 1; i < reasons.size(); i++) {
            if (reasons.get(i).decision().furtherThan(reasons.get(0).decision())) {
                throw new IllegalArgumentException("the first reason must ask for the furthest decision");
            }
        }
        steps = List.copyOf(steps);
        unseenKeys = List.copyOf(unseenKeys);
        helpKeys = List.copyOf(helpKeys);
    }

    /** What is wiser for private things: the furthest decision any reason asks for. */
    public Decision decision() {
        return reasons.get(0).decision();
    }

    /** The reason the decision's heading answers (the first of {@link #reasons()}). */
    public DecisionReason reason() {
        return reasons.get(0);
    }

    /** The reasons' ids, space-separated: the value of {@code data-reason} on the decision. */
    public String reasonIds() {
        StringBuilder out = new StringBuilder();
        for (DecisionReason r : reasons) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(r.id());
        }
        return out.toString();
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
        for (DecisionReason r : reasons) {
            keys.add(r.key());
        }
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
