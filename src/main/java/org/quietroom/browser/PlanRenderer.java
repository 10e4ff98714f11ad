package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.plan.DecisionReason;
import org.quietroom.core.plan.Group;
import org.quietroom.core.helplines.Helpline;
import org.quietroom.core.plan.Plan;
import org.quietroom.core.plan.PlanText;
import org.quietroom.core.plan.Step;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Shows a plan in {@code #plan}: the decision and its reason first, then the steps grouped now / before / later
 * ({@code <li data-step data-group>}), each with the menu path for this browser and system; steps that could be
 * noticed carry the {@code plan.may-alert} label and their gentler way. Then what no web page can see, and who
 * can help. Everything is rebuilt on every render (a few dozen elements, well under a frame); after each render
 * the page marks {@code performance.mark("quietroom-plan")} for scripts/bench.
 */
final class PlanRenderer {
    /** Stands in {@link #notesShown} for the link to the app lookup, which is also given once. */
    private static final String APPS_LINK = "results.apps-link";
    /** The notes already shown in the plan being rendered. */
    private final java.util.List<String> notesShown = new java.util.ArrayList<>();
    static final String MARK = "quietroom-plan";

    private final Dom dom;
    private final Messages messages;
    private final JsPlanWindow.JsPerformance performance;

    PlanRenderer(Dom dom, Messages messages, JsPlanWindow.JsPerformance performance) {
        this.dom = dom;
        this.messages = messages;
        this.performance = performance;
    }

    void render(Plan plan, List<Helpline> helplines) {
        HTMLElement section = dom.byId("plan");
        HTMLElement body = dom.byId("plan-body");
        Dom.clear(body);
        notesShown.clear();
        section.setAttribute("data-decision", plan.decision().id());
        section.setAttribute("data-reason", plan.reasonIds());
        dom.add(body, "p", "plan__intro", messages.get("plan.intro"));

        HTMLElement decision = dom.element("div", "decision decision--" + plan.decision().id());
        decision.setAttribute("id", "decision");
        decision.setAttribute("data-decision", plan.decision().id());
        decision.setAttribute("data-reason", plan.reasonIds());
        dom.add(decision, "h3", "decision__heading", messages.get(plan.decision().headingKey()));
        HTMLElement reasons = dom.element("ul", "decision__reasons");
        for (DecisionReason reason : plan.reasons()) {
            dom.add(reasons, "li", "decision__reason", messages.get(reason.key())).setAttribute("data-reason",
                    reason.id());
        }
        decision.appendChild(reasons);
        body.appendChild(decision);

        for (Group group : Group.values()) {
            List<Step> steps = plan.steps(group);
            if (!steps.isEmpty()) {
                body.appendChild(group(group, steps));
            }
        }
        body.appendChild(list("plan-unseen", "plan.unseen.heading", "plan.unseen.intro", plan.unseenKeys(),
                "data-unseen"));
        HTMLElement help = list("plan-help", "help.heading", "", plan.helpKeys(), "data-help");
        help.setAttribute("id", "plan-help");
        HTMLElement helpList = (HTMLElement) help.getElementsByTagName("ul").get(0);
        for (Helpline h : helplines) {
            dom.add(helpList, "li", "", PlanText.helpline(h, messages::get)).setAttribute("data-help", h.id());
        }
        body.appendChild(help);

        section.removeAttribute("hidden");
        dom.document().getDocumentElement().setAttribute("data-plan", "shown");
        mark();
    }

    /** Empties the plan and hides it. */
    void drop() {
        Dom.clear(dom.byId("plan-body"));
        HTMLElement section = dom.byId("plan");
        section.setAttribute("hidden", "");
        section.removeAttribute("data-decision");
        section.removeAttribute("data-reason");
        dom.document().getDocumentElement().removeAttribute("data-plan");
    }

    private HTMLElement group(Group group, List<Step> steps) {
        HTMLElement section = dom.element("section", "plan-group");
        section.setAttribute("data-group", group.id());
        dom.add(section, "h3", "", messages.get(group.headingKey()));
        HTMLElement list = dom.element("ol", "steps");
        for (Step step : steps) {
            list.appendChild(step(step));
        }
        section.appendChild(list);
        return section;
    }

    private HTMLElement step(Step step) {
        HTMLElement li = dom.element("li", step.mayAlert() ? "step step--may-alert" : "step");
        li.setAttribute("data-step", step.id());
        li.setAttribute("data-group", step.group().id());
        if (!step.forChecks().isEmpty()) {
            li.setAttribute("data-for-check", Text.join(step.forChecks(), " "));
        }
        dom.add(li, "h4", "step__title", messages.get(step.titleKey()));
        dom.add(li, "p", "step__text", messages.get(step.textKey()));
        if (!step.menuKey().isEmpty()) {
            dom.add(li, "p", "step__menu", messages.get(step.menuKey())).setAttribute("data-menu", step.menuKey());
        }
        for (String note : step.noteKeys()) {
            // A note several steps share is said once, at the first of them.
            if (!notesShown.contains(note)) {
                notesShown.add(note);
                dom.add(li, "p", "step__note", messages.get(note));
            }
        }
        if (step.advice().appLookup() && !notesShown.contains(APPS_LINK)) {
            notesShown.add(APPS_LINK);
            // In a new tab, so the plan stays (a quick exit in either tab leaves both: web/exit.js).
            HTMLElement line = dom.element("p", "step__apps");
            HTMLElement link = dom.add(line, "a", "", messages.get("results.apps-link"));
            link.setAttribute("href", AppsLink.href(dom.document()));
            link.setAttribute("target", "_blank");
            link.setAttribute("rel", "noopener");
            li.appendChild(line);
        }
        if (step.mayAlert()) {
            li.setAttribute("data-may-alert", "true");
            HTMLElement alert = dom.element("div", "step__alert");
            dom.add(alert, "p", "step__may-alert", messages.get("plan.may-alert"));
            dom.add(alert, "p", "step__safer", Text.fill(messages.get(PlanText.LABELLED_KEY),
                    List.of(messages.get("plan.safer-heading"), messages.get(step.saferKey()))));
            li.appendChild(alert);
        }
        return li;
    }

    private HTMLElement list(String className, String headingKey, String introKey, List<String> keys,
            String attribute) {
        HTMLElement section = dom.element("section", className);
        dom.add(section, "h3", "", messages.get(headingKey));
        if (!introKey.isEmpty()) {
            dom.add(section, "p", "", messages.get(introKey));
        }
        HTMLElement ul = dom.element("ul", "");
        for (String key : keys) {
            dom.add(ul, "li", "", messages.get(key)).setAttribute(attribute, key);
        }
        section.appendChild(ul);
        return section;
    }

    private void mark() {
        try {
            if (!Js.missing(performance)) {
                performance.mark(MARK);
            }
        } catch (Throwable e) {
            // a browser without User Timing still shows the plan
        }
    }
}
