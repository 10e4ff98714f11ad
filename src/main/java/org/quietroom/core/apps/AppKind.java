package org.quietroom.core.apps;

/** What a lookup result is; {@link #attribute()} is the page's {@code data-kind}. */
public enum AppKind {
    STALKERWARE("stalkerware"),
    WATCHWARE("watchware"),
    SUGGESTIVE_NAME("suggestive-name"),
    NO_MATCH("no-match");

    private final String attribute;

    AppKind(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }
}
