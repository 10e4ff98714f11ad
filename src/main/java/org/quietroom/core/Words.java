package org.quietroom.core;

/**
 * Catalog sentences by key, for the few core values that are text themselves (the plan as plain text, the locked
 * file). Core never knows where the catalog lives: the page passes its catalog, tests pass the English one.
 */
@FunctionalInterface
public interface Words {
    /** The sentence for {@code key}. */
    String get(String key);
}
