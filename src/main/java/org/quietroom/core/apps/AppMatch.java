package org.quietroom.core.apps;

/**
 * One lookup result: a listed app (its index in the table), or a suggestive name, or no match. For a
 * suggestive name, {@link #everyday()} says the name also fits an ordinary app (a period or fitness tracker),
 * whose explanation comes first.
 */
public final class AppMatch {
    private final AppKind kind;
    private final int app;
    private final boolean everyday;

    AppMatch(AppKind kind, int app, boolean everyday) {
        this.kind = kind;
        this.app = app;
        this.everyday = everyday;
    }

    public AppKind kind() {
        return kind;
    }

    /** The app's index in the table, or -1 for a suggestive name or no match. */
    public int app() {
        return app;
    }

    public boolean everyday() {
        return everyday;
    }
}
