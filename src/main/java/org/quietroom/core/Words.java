package org.quietroom.core;

/**
 * Catalog sentences by key, for the core values that are text or markup themselves (the views, the plan as plain
 * text, the locked file). Core never knows where the catalog lives: the page passes its catalog, tests pass the English one.
 */
@FunctionalInterface
public interface Words {
    /** The sentence for {@code key}; the key itself when the catalog has none (the catalog tests forbid that). */
    String get(String key);

    /** Whether the catalog has {@code key}: for the few keys that exist for some values only ({@code .harmless}). */
    default boolean has(String key) {
        return !get(key).equals(key);
    }
}
