package org.quietroom.core.plan;

import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.Words;
import org.quietroom.core.helplines.Helpline;

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
    /** A helpline under "Who can help": {0} its name, {1} its number. */
    public static final String HELPLINE_KEY = "help.helpline";

    /** The catalog key that joins a label and its text ({@code "{0}: {1}"} in English). */
    public static final String LABELLED_KEY = "keep.text.labelled";

    private static final String INDENT = "  ";

    private PlanText() {
    }

    /** The short form, for copying. */
    public static String brief(Plan plan, Words words) {
        return render(plan, words, false, List.of());
    }

    /** The short form, with the helplines of the country the page shows under "Who can help". */
    public static String brief(Plan plan, Words words, List<Helpline> helplines) {
        return render(plan, words, false, helplines);
    }

    /** The long form, for the locked file. */
    public static String full(Plan plan, Words words) {
        return render(plan, words, true, List.of());
    }

    /** The long form, with the helplines of the country the page shows. */
    public static String full(Plan plan, Words words, List<Helpline> helplines) {
        return render(plan, words, true, helplines);
    }

    /** One helpline as the plan names it: its name and the number to call ({@value #HELPLINE_KEY}). */
    public static String helpline(Helpline h, Words words) {
        return Text.fill(words.get(HELPLINE_KEY), List.of(words.get(h.key(Helpline.Facet.LABEL)), h.phone()));
    }

    private static String render(Plan plan, Words words, boolean full, List<Helpline> helplines) {
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
        for (Helpline h : helplines) {
            line(out, "- ", helpline(h, words));
        }
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
