package org.quietroom.core.plan;

import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.Words;

/**
 * A plan as plain text: no markup, no site name, no heading that says what the text is. Two lengths:
 * {@link #brief} for copying (the decision, each step's title and menu path, the warning and gentler way of steps
 * that could be noticed, and who can help) and {@link #full} for the locked file (also each step's explanation and
 * notes, and what no web page can see).
 *
 * <p>Lines end with {@code \n}; steps start with {@code "- "} and their details are indented by two spaces, so the
 * text reads the same in a note, a message or a text editor.
 */
public final class PlanText {
    /** The catalog key that joins a label and its text ({@code "{0}: {1}"} in English). */
    public static final String LABELLED_KEY = "keep.text.labelled";

    private static final String INDENT = "  ";

    private PlanText() {
    }

    /** The short form, for copying. */
    public static String brief(Plan plan, Words words) {
        return render(plan, words, false);
    }

    /** The long form, for the locked file. */
    public static String full(Plan plan, Words words) {
        return render(plan, words, true);
    }

    private static String render(Plan plan, Words words, boolean full) {
        StringBuilder out = new StringBuilder(full ? 4096 : 1536);
        line(out, "", words.get(plan.decision().headingKey()));
        for (DecisionReason reason : plan.reasons()) {
            line(out, "", words.get(reason.key()));
        }
        for (Group group : Group.values()) {
            List<Step> steps = plan.steps(group);
            if (steps.isEmpty()) {
                continue;
            }
            out.append('\n');
            line(out, "", words.get(group.headingKey()));
            for (Step step : steps) {
                line(out, "- ", words.get(step.titleKey()));
                if (full) {
                    line(out, INDENT, words.get(step.textKey()));
                }
                if (!step.menuKey().isEmpty()) {
                    line(out, INDENT, words.get(step.menuKey()));
                }
                if (full) {
                    for (String note : step.noteKeys()) {
                        line(out, INDENT, words.get(note));
                    }
                }
                if (step.mayAlert()) {
                    line(out, INDENT, words.get("plan.may-alert"));
                    line(out, INDENT, labelled(words, "plan.safer-heading", step.saferKey()));
                }
            }
        }
        if (full) {
            section(out, words, "plan.unseen.heading", plan.unseenKeys());
        }
        section(out, words, "help.heading", plan.helpKeys());
        return out.toString();
    }

    private static void section(StringBuilder out, Words words, String headingKey, List<String> keys) {
        out.append('\n');
        line(out, "", words.get(headingKey));
        for (String key : keys) {
            line(out, "- ", words.get(key));
        }
    }

    private static String labelled(Words words, String labelKey, String textKey) {
        return Text.fill(words.get(LABELLED_KEY), List.of(words.get(labelKey), words.get(textKey)));
    }

    private static void line(StringBuilder out, String prefix, String text) {
        out.append(prefix).append(text).append('\n');
    }
}
