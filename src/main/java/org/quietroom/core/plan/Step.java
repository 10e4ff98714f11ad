package org.quietroom.core.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of a plan: which {@link Advice} it is; when the advice names a menu, the catalog key of the menu path for
 * this browser and system ({@code step.<id>.<variant>}, empty when there is none); the ids of the checks whose
 * findings this step is the remedy for ({@code data-for-check}, empty for a step no finding asked for); and whether
 * the person said they are leaving, which times a step that could be noticed for after they are somewhere safe.
 */
public record Step(Advice advice, String menuKey, List<String> forChecks, boolean afterLeaving) {
    /** Shown with a step that could be noticed when the person said they are leaving. */
    public static final String AFTER_LEAVING_KEY = "plan.after-leaving";

    public Step {
        if (advice == null || menuKey == null || forChecks == null) {
            throw new IllegalArgumentException("advice, menuKey and forChecks must not be null");
        }
        forChecks = List.copyOf(forChecks);
        afterLeaving = afterLeaving && advice.mayAlert();
    }

    public Step(Advice advice, String menuKey) {
        this(advice, menuKey, List.of(), false);
    }

    /** The value of {@code data-step} in the page. */
    public String id() {
        return advice.id();
    }

    public Group group() {
        return advice.group();
    }

    /** Whether doing this could be noticed by the person someone worries about; see {@link Advice#mayAlert()}. */
    public boolean mayAlert() {
        return advice.mayAlert();
    }

    public String titleKey() {
        return advice.titleKey();
    }

    public String textKey() {
        return advice.textKey();
    }

    /** The gentler alternative to a step that may alert; empty when the step cannot alert anyone. */
    public String saferKey() {
        return advice.saferKey();
    }

    /** The step's notes in the order the page shows them, the leaving note last. */
    public List<String> noteKeys() {
        if (!afterLeaving) {
            return advice.notes();
        }
        List<String> notes = new ArrayList<>(advice.notes());
        notes.add(AFTER_LEAVING_KEY);
        return notes;
    }

    /** Every catalog key of this step, in the order the page shows them. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(6);
        keys.add(titleKey());
        keys.add(textKey());
        if (!menuKey.isEmpty()) {
            keys.add(menuKey);
        }
        keys.addAll(noteKeys());
        if (mayAlert()) {
            keys.add(saferKey());
        }
        return keys;
    }
}
