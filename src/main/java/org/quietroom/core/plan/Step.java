package org.quietroom.core.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of a plan: which {@link Advice} it is and, when the advice names a menu, the catalog key of the menu
 * path for this browser and system ({@code step.<id>.<variant>}, empty when there is none).
 */
public record Step(Advice advice, String menuKey) {

    public Step {
        if (advice == null || menuKey == null) {
            throw new IllegalArgumentException("advice == null || menuKey == null");
        }
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

    public List<String> noteKeys() {
        return advice.notes();
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
