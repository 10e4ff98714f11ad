package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.Assessment;
import org.quietroom.core.helplines.Helpline;
import org.quietroom.core.plan.Plan;
import org.quietroom.core.plan.PlanWriter;
import org.quietroom.core.platform.Platform;
import org.quietroom.core.questions.Answers;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The questions, the plan and keeping it, wired together. The plan is written by {@link PlanWriter} from the checks
 * already run, the answers so far and the browser's platform, and rewritten after every answer.
 *
 * <p>State lives here and in {@link QuestionsController}, in memory only. When the visit ends with the quick exit
 * ({@link Visit}), every answer and the plan are dropped, the containers this code filled are emptied, and nothing is
 * shown again in this page. When the person changes language
 * ({@link LanguageSwitch}), the same question, answers and plan render again in the new language.
 */
final class PlanPage implements QuestionsController.Listener {
    private final Assessment assessment;
    private final Platform platform;
    private final Dom dom;
    private final Messages messages;
    private final PlanRenderer renderer;
    private final PlanKeeper keeper;
    private final QuestionsController questions;
    private final NowChoice now;
    /** Who can help, by the country picked; null on a page without the picker. */
    private final HelplinePicker picker;
    private final Visit visit;
    private Plan plan;

    private PlanPage(JsWindow window, Messages messages, Assessment assessment,
            HelplinePicker picker, Visit visit) {
        this.visit = visit;
        this.picker = picker;
        HTMLDocument document = window.getDocument();
        JsPlanWindow planWindow = (JsPlanWindow) (JSObject) window;
        this.assessment = assessment;
        this.platform = platform(window);
        this.dom = new Dom(document);
        this.messages = messages;
        this.renderer = new PlanRenderer(dom, messages, planWindow.getPerformance());
        this.keeper = new PlanKeeper(dom, messages, window, visit);
        this.questions = new QuestionsController(dom, messages, this, visit);
        this.now = new NowChoice(dom, messages, questions::answerFirst);
    }

    /**
     * Shows the questions and the first plan. A page without {@code #question-area} is left as it is; if anything
     * here fails, the plain question list stays and the findings above are unaffected, and this returns false.
     * Changing language renders the questions and the plan again ({@link LanguageSwitch#onChange}).
     */
    static boolean start(JsWindow window, Messages messages, Assessment assessment, LanguageSwitch languages,
            HelplinePicker picker, Visit visit) {
        HTMLDocument document = window.getDocument();
        if (document.getElementById("question-area") == null) {
            return true;
        }
        try {
            PlanPage page = new PlanPage(window, messages, assessment, picker, visit);
            if (picker != null) {
                picker.onChange(page::helplinesChanged);
            }
            visit.onEnd(page::drop);
            page.questions.start();
            page.now.start();
            page.keeper.start();
            page.answersChanged(Answers.NONE);
            languages.onChange(page::languageChanged);
            return true;
        } catch (Throwable e) {
            // Back to what the page shows without JavaScript: the plain list of questions, no plan.
            HTMLElement list = document.getElementById("question-list");
            if (list != null) {
                list.removeAttribute("hidden");
            }
            Dom.clear(document.getElementById("question-area"));
            Dom.clear(document.getElementById("plan-body"));
            hide(document, "now-choices");
            hide(document, "plan");
            hide(document, "keep");
            document.getDocumentElement().setAttribute("data-plan", "error");
            return false;
        }
    }

    private static void hide(HTMLDocument document, String id) {
        HTMLElement element = document.getElementById(id);
        if (element != null) {
            element.setAttribute("hidden", "");
        }
    }

    /** Which browser and system, for menu paths only; {@code maxTouchPoints > 1} tells an iPad from a Mac. */
    static Platform platform(JsWindow window) {
        try {
            JsNavigator navigator = window.getNavigator();
            if (Js.missing(navigator)) {
                return Platform.UNKNOWN;
            }
            boolean multiTouch = navigator.getMaxTouchPoints() > 1;
            return Platform.parse(Js.string(navigator.getUserAgent()), multiTouch);
        } catch (Throwable e) {
            return Platform.UNKNOWN;
        }
    }

    private List<Helpline> helplines() {
        return picker == null ? List.of() : picker.chosen();
    }

    @Override
    public void answersChanged(Answers answers) {
        if (visit.over()) {
            return;
        }
        Plan next = PlanWriter.write(assessment, answers, platform);
        boolean decisionChanged = plan != null && next.decision() != plan.decision();
        plan = next;
        renderer.render(plan, helplines());
        keeper.planChanged(plan, helplines());
        if (decisionChanged) {
            dom.setText(dom.byId("plan-status"), messages.get("ask.plan-changed"));
        }
    }

    /** The same questions, answers and plan, in the page's new language. */
    private void languageChanged() {
        if (visit.over()) {
            return;
        }
        questions.redraw();
        now.redraw();
        if (plan != null) {
            renderer.render(plan, helplines());
        }
        keeper.languageChanged();
        dom.setText(dom.byId("plan-status"), "");
    }

    /** The person picked another country: "Who can help" names its helplines. */
    private void helplinesChanged() {
        if (visit.over() || plan == null) {
            return;
        }
        renderer.render(plan, helplines());
        keeper.planChanged(plan, helplines());
    }

    @Override
    public void finished() {
        if (!visit.over()) {
            dom.byId("plan-heading").focus();
        }
    }

    private void drop() {
        plan = null;
        questions.drop();
        now.drop();
        renderer.drop();
        keeper.drop();
        dom.setText(dom.byId("plan-status"), "");
    }
}
