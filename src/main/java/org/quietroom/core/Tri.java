package org.quietroom.core;

/** A browser fact that may be missing: the API may not exist, or may have thrown. */
public enum Tri {
    YES, NO, UNKNOWN;

    public static Tri of(boolean value) {
        return value ? YES : NO;
    }
}
