package org.quietroom.browser;

import java.util.function.Consumer;
import org.quietroom.core.questions.Questionnaire;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The first screen's question ({@link Questionnaire#FIRST_SCREEN}: can anyone see or hear you right now?) as the
 * buttons of {@code #now-choices}, one per option ({@code data-now}), shown only when this code runs; without it the
 * question and its one line of why stay as text. A choice marks its button {@code aria-pressed="true"}, says in
 * {@code #now-after} what it means (for "no": that stopping now is fine), and goes to the plan as the answer.
 */
final class NowChoice {
    private final Dom dom;
    private final Messages messages;
    private final Consumer<String> answered;
    private String chosen = "";

    NowChoice(Dom dom, Messages messages, Consumer<String> answered) {
        this.dom = dom;
        this.messages = messages;
        this.answered = answered;
    }

    void start() {
        HTMLElement choices = dom.byId("now-choices");
        if (choices == null) {
            return;
        }
        choices.addEventListener("click", (EventListener<Event>) this::clicked);
        choices.removeAttribute("hidden");
        render();
    }

    private void clicked(Event event) {
        // The buttons hold only text, so the target is the button itself.
        String option = ((Element) event.getTarget()).getAttribute("data-now");
        if (option != null && Questionnaire.FIRST_SCREEN.hasOption(option)) {
            chosen = option;
            render();
            answered.accept(option);
        }
    }

    /** Renders again in the page's language now. */
    void redraw() {
        render();
    }

    /** Forgets the choice (the quick exit). */
    void drop() {
        chosen = "";
        render();
    }

    private static String afterKey(String option) {
        switch (option) {
            case "yes":
                return "now.after.yes";
            case "no":
                return "now.after.no";
            default:
                return "now.after.unsure";
        }
    }

    private void render() {
        NodeList<? extends Element> buttons = dom.document().querySelectorAll("#now-choices [data-now]");
        for (int i = 0; i < buttons.getLength(); i++) {
            Element b = buttons.get(i);
            b.setAttribute("aria-pressed", chosen.equals(b.getAttribute("data-now")) ? "true" : "false");
        }
        HTMLElement after = dom.byId("now-after");
        if (after != null) {
            dom.setText(after, chosen.isEmpty() ? "" : messages.get(afterKey(chosen)));
        }
    }
}
