package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.helplines.Helpline;
import org.quietroom.core.plan.Plan;
import org.quietroom.core.view.PlanView;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Shows a plan in {@code #plan} (core's {@link PlanView}) and the plan's advice on help in
 * {@code #contacts-advice}, and opens and closes the plan's disclosure buttons. Everything is rebuilt on every
 * render (a few dozen elements, well under a frame); after each render the page marks
 * {@code performance.mark("quietroom-plan")} for scripts/bench.
 */
final class PlanRenderer {
    static final String MARK = "quietroom-plan";

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
        section.setAttribute("data-decision", plan.decision().id());
        section.setAttribute("data-reason", plan.reasonIds());
        dom.fill(dom.byId("plan-body"), PlanView.body(plan, helplines, messages, AppsLink.href(dom.document())));
        HTMLElement advice = dom.byId("contacts-advice");
        dom.fill(advice, PlanView.advice(plan, messages));
        Dom.setHidden(advice, false);
        section.removeAttribute("hidden");
        dom.document().getDocumentElement().setAttribute("data-plan", "shown");
        Js.mark(performance, MARK);
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

    /** A click on one of the plan's toggles (one listener for the whole plan, which is rebuilt on every render). */
    private void clicked(Event event) {
        HTMLElement target = (HTMLElement) event.getTarget();
        String controls = target.getAttribute("aria-controls");
        if (controls == null || !PlanView.TOGGLE_CLASS.equals(target.getAttribute("class"))) {
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
}
