package org.quietroom.core.view;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.Words;
import org.quietroom.core.helplines.Helpline;
import org.quietroom.core.plan.DecisionReason;
import org.quietroom.core.plan.Group;
import org.quietroom.core.plan.Plan;
import org.quietroom.core.plan.PlanText;
import org.quietroom.core.plan.Step;

/**
 * A plan as the content of {@code #plan-body}: the decision and its reason first, then the steps grouped now /
 * before / later ({@code <li data-step data-group>}). A step shows its title, and the {@code plan.may-alert} mark
 * when it could be noticed; what it means, the menu path for this browser and system, its notes and its gentler
 * way are one tap away behind the title, a disclosure button, as the decision's reasons are: a phone screen shows
 * the plan's shape, not 13 screens. Then what no web page can see, and who can help.
 *
 * <p>The toggles are the disclosure of WAI-ARIA's accordion pattern, as GOV.UK's accordion and step-by-step
 * navigation do it: a {@code button.plan__toggle} with {@code aria-controls} and {@code aria-expanded}, its panel
 * hidden at first. The plan exists only with the script, so it needs no {@code <details>}; the print stylesheet
 * shows every hidden part, so a printout carries the whole plan.
 */
public final class PlanView {
    /** The class of the plan's disclosure buttons; the page toggles the element a button's aria-controls names. */
    public static final String TOGGLE_CLASS = "plan__toggle";
    /** The link to the app lookup, given once like a shared note. */
    private static final String APPS_LINK = "results.apps-link";
    /** The contacts section's built-in emergency entry already says this. */
    private static final String EMERGENCY_KEY = "help.emergency";
    /** The id of the decision's reasons; each step's how-to is {@code how-} and the step's id. */
    private static final String WHY_ID = "decision-why";

    private PlanView() {
    }

    /** The plan's body; {@code appsHref} is where the link to the app lookup goes (a new tab). */
    public static List<Node> body(Plan plan, List<Helpline> helplines, Words words, String appsHref) {
        List<Node> out = new ArrayList<>();
        out.add(Node.el("p", "plan__intro").words(words.get("plan.intro")));
        String decisionId = plan.decision().id();
        Node decision = Node.el("div", "decision decision--" + decisionId).attr("id", "decision")
                .attr("data-decision", decisionId).attr("data-reason", plan.reasonIds());
        decision.sub("h3", "decision__heading", words.get(plan.decision().headingKey()));
        // The decision shows; its reasons are one tap away (several answers can give a screen of them).
        decision.sub("p", "decision__why", "").child(toggle(words.get("decision.why"), WHY_ID));
        Node reasons = decision.sub("ul", "decision__reasons", "").attr("id", WHY_ID).attr("hidden", "");
        for (DecisionReason reason : plan.reasons()) {
            reasons.sub("li", "decision__reason", words.get(reason.key())).attr("data-reason", reason.id());
        }
        out.add(decision);

        List<String> notesShown = new ArrayList<>();
        for (Group group : Group.values()) {
            List<Step> steps = plan.steps(group);
            if (!steps.isEmpty()) {
                Node section = Node.el("section", "plan-group").attr("data-group", group.id());
                section.sub("h3", "", words.get(group.headingKey()));
                Node list = section.sub("ol", "steps", "");
                for (Step step : steps) {
                    list.child(step(step, words, notesShown, appsHref));
                }
                out.add(section);
            }
        }
        out.add(list("plan-unseen", "plan.unseen.heading", "plan.unseen.intro", plan.unseenKeys(), "data-unseen",
                words));
        // "Who can help" prints with the plan; on screen the section "People who can help" says it, once: the
        // plan's advice on help is shown there (advice()), the helplines are its cards.
        Node help = list("plan-help", "help.heading", "", plan.helpKeys(), "data-help", words).attr("id", "plan-help");
        Node helpList = help.children().get(help.children().size() - 1);
        for (Helpline h : helplines) {
            helpList.sub("li", "", PlanText.helpline(h, words)).attr("data-help", h.id());
        }
        out.add(help);
        return out;
    }

    /** The plan's advice on help, for {@code #contacts-advice} in "People who can help". */
    public static List<Node> advice(Plan plan, Words words) {
        List<Node> out = new ArrayList<>();
        for (String key : plan.helpKeys()) {
            if (!EMERGENCY_KEY.equals(key)) {
                out.add(Node.el("li", "").words(words.get(key)).attr("data-help", key));
            }
        }
        return out;
    }

    private static Node step(Step step, Words words, List<String> notesShown, String appsHref) {
        Node li = Node.el("li", step.mayAlert() ? "step step--may-alert" : "step").attr("data-step", step.id())
                .attr("data-group", step.group().id());
        if (!step.forChecks().isEmpty()) {
            li.attr("data-for-check", Text.join(step.forChecks(), " "));
        }
        // The title, and the mark when the step could be noticed, show; the title opens how to do it.
        String howId = "how-" + step.id();
        li.sub("h4", "step__title", "").child(toggle(words.get(step.titleKey()), howId));
        Node how = Node.el("div", "step__how").attr("id", howId).attr("hidden", "");
        if (step.mayAlert()) {
            li.attr("data-may-alert", "true");
            li.sub("div", "step__alert", "").sub("p", "step__may-alert", words.get("plan.may-alert"));
            how.sub("div", "step__alert", "").sub("p", "step__safer", Text.fill(words.get(PlanText.LABELLED_KEY),
                    List.of(words.get("plan.safer-heading"), words.get(step.saferKey()))));
        }
        how.sub("p", "step__text", words.get(step.textKey()));
        if (!step.menuKey().isEmpty()) {
            how.sub("p", "step__menu", words.get(step.menuKey())).attr("data-menu", step.menuKey());
        }
        for (String note : step.noteKeys()) {
            // A note several steps share is said once, at the first of them.
            if (!notesShown.contains(note)) {
                notesShown.add(note);
                how.sub("p", "step__note", words.get(note));
            }
        }
        if (step.advice().appLookup() && !notesShown.contains(APPS_LINK)) {
            notesShown.add(APPS_LINK);
            // In a new tab, so the plan stays (a quick exit in either tab leaves both: web/exit.js).
            how.sub("p", "step__apps", "").sub("a", "", words.get(APPS_LINK)).attr("href", appsHref)
                    .attr("target", "_blank").attr("rel", "noopener");
        }
        return li.child(how);
    }

    private static Node toggle(String text, String controls) {
        return Node.el("button", TOGGLE_CLASS).words(text).attr("type", "button").attr("aria-expanded", "false")
                .attr("aria-controls", controls);
    }

    private static Node list(String className, String headingKey, String introKey, List<String> keys,
            String attribute, Words words) {
        Node section = Node.el("section", className);
        section.sub("h3", "", words.get(headingKey));
        if (!introKey.isEmpty()) {
            section.sub("p", "", words.get(introKey));
        }
        Node ul = section.sub("ul", "", "");
        for (String key : keys) {
            ul.sub("li", "", words.get(key)).attr(attribute, key);
        }
        return section;
    }
}
