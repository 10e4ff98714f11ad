package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.plan.DecisionReason;
import org.quietroom.core.plan.Group;
import org.quietroom.core.helplines.Helpline;
import org.quietroom.core.plan.Plan;
import org.quietroom.core.plan.PlanText;
import org.quietroom.core.plan.Step;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Shows a plan in {@code #plan}: the decision and its reason first, then the steps grouped now / before / later
 * ({@code <li data-step data-group>}). A step shows its title, and the {@code plan.may-alert} mark when it could
 * be noticed; what it means, the menu path for this browser and system, its notes and its gentler way are one tap
 * away behind the title, a disclosure button, as the decision's reasons are: a phone screen shows the plan's
 * shape, not 13 screens. Then what no web page can see, and who
 * can help. Everything is rebuilt on every render (a few dozen elements, well under a frame); after each render
 * the page marks {@code performance.mark("quietroom-plan")} for scripts/bench.
 */
final class PlanRenderer {
    /** Stands in {@link #notesShown} for the link to the app lookup, which is also given once. */
    private static final String APPS_LINK = "results.apps-link";
    /** The notes already shown in the plan being rendered. */
    private final java.util.List<String> notesShown = new java.util.ArrayList<>();
    static final String MARK = "quietroom-plan";
    /** The contacts section's built-in emergency entry already says this. */
    private static final String EMERGENCY_KEY = "help.emergency";
    /** The id of the decision's reasons, and the prefix of each step's how-to ({@code how-} and the step's id). */
    private static final String WHY_ID = "decision-why";
    private static final String HOW_PREFIX = "how-";

    private final Dom dom;
    private final Messages messages;
    private final JsPlanWindow.JsPerformance performance;

    PlanRenderer(Dom dom, Messages messages, JsPlanWindow.JsPerformance performance) {
        this.dom = dom;
        this.messages = messages;
        this.performance = performance;
        dom.byId("plan-body").addEventListener("click", (EventListener<Event>) this::clicked);
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
        // The decision shows; its reasons are one tap away (several answers can give a screen of them).
        reasons.setAttribute("id", WHY_ID);
        reasons.setAttribute("hidden", "");
        HTMLElement line = dom.element("p", "decision__why");
        line.appendChild(toggle(messages.get("decision.why"), WHY_ID));
        decision.appendChild(line);
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
        // "Who can help" prints with the plan; on screen the section "People who can help" says it, once: the
        // plan's advice on help is shown there (#contacts-advice), the helplines are its cards.
        HTMLElement help = list("plan-help", "help.heading", "", plan.helpKeys(), "data-help");
        help.setAttribute("id", "plan-help");
        HTMLElement advice = dom.byId("contacts-advice");
        Dom.clear(advice);
        for (String key : plan.helpKeys()) {
            if (!EMERGENCY_KEY.equals(key)) {
                dom.add(advice, "li", "", messages.get(key)).setAttribute("data-help", key);
            }
        }
        Dom.setHidden(advice, false);
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
        HTMLElement advice = dom.byId("contacts-advice");
        Dom.clear(advice);
        Dom.setHidden(advice, true);
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
        // The title, and the mark when the step could be noticed, show; the title opens how to do it.
        String howId = HOW_PREFIX + step.id();
        HTMLElement title = dom.element("h4", "step__title");
        title.appendChild(toggle(messages.get(step.titleKey()), howId));
        li.appendChild(title);
        HTMLElement how = dom.element("div", "step__how");
        how.setAttribute("id", howId);
        how.setAttribute("hidden", "");
        if (step.mayAlert()) {
            li.setAttribute("data-may-alert", "true");
            HTMLElement alert = dom.element("div", "step__alert");
            dom.add(alert, "p", "step__may-alert", messages.get("plan.may-alert"));
            li.appendChild(alert);
            HTMLElement safer = dom.element("div", "step__alert");
            dom.add(safer, "p", "step__safer", Text.fill(messages.get(PlanText.LABELLED_KEY),
                    List.of(messages.get("plan.safer-heading"), messages.get(step.saferKey()))));
            how.appendChild(safer);
        }
        dom.add(how, "p", "step__text", messages.get(step.textKey()));
        if (!step.menuKey().isEmpty()) {
            dom.add(how, "p", "step__menu", messages.get(step.menuKey())).setAttribute("data-menu", step.menuKey());
        }
        for (String note : step.noteKeys()) {
            // A note several steps share is said once, at the first of them.
            if (!notesShown.contains(note)) {
                notesShown.add(note);
                dom.add(how, "p", "step__note", messages.get(note));
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
            how.appendChild(line);
        }
        li.appendChild(how);
        return li;
    }

    /**
     * A button that shows and hides the element {@code controls} (hidden at first): the disclosure of WAI-ARIA's
     * accordion pattern, as GOV.UK's accordion and step-by-step navigation do it. The plan exists only with the
     * script, so it needs no {@code <details>}; the print stylesheet shows every hidden part, so a printout carries
     * the whole plan.
     */
    private HTMLElement toggle(String text, String controls) {
        HTMLElement button = dom.text("button", "plan__toggle", text);
        button.setAttribute("type", "button");
        button.setAttribute("aria-expanded", "false");
        button.setAttribute("aria-controls", controls);
        return button;
    }

    /** A click on one of the plan's toggles (one listener for the whole plan, which is rebuilt on every render). */
    private void clicked(Event event) {
        HTMLElement target = (HTMLElement) event.getTarget();
        String controls = target.getAttribute("aria-controls");
        if (controls == null || !"plan__toggle".equals(target.getAttribute("class"))) {
            return;
        }
        HTMLElement panel = dom.byId(controls);
        if (panel == null) {
            return;
        }
        boolean open = panel.hasAttribute("hidden");
        Dom.setHidden(panel, !open);
        target.setAttribute("aria-expanded", open ? "true" : "false");
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
