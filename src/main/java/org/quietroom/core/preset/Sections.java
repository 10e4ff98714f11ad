package org.quietroom.core.preset;

/**
 * Which parts of the page a preset shows. A counselling service may not want a domestic-abuse section in
 * front of its clients, and the other way round; the default shows both.
 */
public enum Sections {
    /** Only the online-counselling part: checking a device before a session. */
    COUNSELLING,
    /** Only the domestic-abuse part: safety planning and helplines. */
    ABUSE,
    /** Both parts: the default, and what a page without a preset shows. */
    BOTH;

    public boolean showsCounselling() {
        return this != ABUSE;
    }

    public boolean showsAbuse() {
        return this != COUNSELLING;
    }
}
