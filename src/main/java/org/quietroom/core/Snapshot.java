package org.quietroom.core;

import java.util.List;

/**
 * Everything the checks may know, read once from the browser by {@code browser.SnapshotProbe}. Immutable.
 * A fact the browser did not give is {@link Tri#UNKNOWN}, an empty string or -1: never a guessed value.
 */
public final class Snapshot {
    private final String protocol;
    private final Tri secureContext;
    private final String hostname;
    private final List<String> expectedHosts;
    private final String userAgent;
    private final Tri webdriver;
    private final int historyLength;
    private final String referrerOrigin;
    private final Tri framed;

    private Snapshot(Builder b) {
        this.protocol = b.protocol;
        this.secureContext = b.secureContext;
        this.hostname = b.hostname;
        this.expectedHosts = List.copyOf(b.expectedHosts);
        this.userAgent = b.userAgent;
        this.webdriver = b.webdriver;
        this.historyLength = b.historyLength;
        this.referrerOrigin = b.referrerOrigin;
        this.framed = b.framed;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code location.protocol}, e.g. {@code "https:"}; empty when unknown. */
    public String protocol() {
        return protocol;
    }

    /** {@code window.isSecureContext}. */
    public Tri secureContext() {
        return secureContext;
    }

    /** {@code location.hostname}, lower case; empty when unknown. */
    public String hostname() {
        return hostname;
    }

    /** Host names this build expects to be served from (set at build time). */
    public List<String> expectedHosts() {
        return expectedHosts;
    }

    /** {@code navigator.userAgent}; empty when unknown. */
    public String userAgent() {
        return userAgent;
    }

    /** {@code navigator.webdriver}. */
    public Tri webdriver() {
        return webdriver;
    }

    /** {@code history.length}; -1 when unknown. */
    public int historyLength() {
        return historyLength;
    }

    /** The origin of {@code document.referrer}; empty when there was none or it is unknown. */
    public String referrerOrigin() {
        return referrerOrigin;
    }

    /** Whether this page is inside another page ({@code window.top !== window}). */
    public Tri framed() {
        return framed;
    }

    /** Fluent builder; every field starts as "unknown". */
    public static final class Builder {
        private String protocol = "";
        private Tri secureContext = Tri.UNKNOWN;
        private String hostname = "";
        private List<String> expectedHosts = List.of();
        private String userAgent = "";
        private Tri webdriver = Tri.UNKNOWN;
        private int historyLength = -1;
        private String referrerOrigin = "";
        private Tri framed = Tri.UNKNOWN;

        private Builder() {
        }

        public Builder protocol(String value) {
            this.protocol = Text.lower(value);
            return this;
        }

        public Builder secureContext(Tri value) {
            this.secureContext = value;
            return this;
        }

        public Builder hostname(String value) {
            this.hostname = Text.lower(value);
            return this;
        }

        public Builder expectedHosts(List<String> value) {
            this.expectedHosts = value;
            return this;
        }

        public Builder userAgent(String value) {
            this.userAgent = value == null ? "" : value;
            return this;
        }

        public Builder webdriver(Tri value) {
            this.webdriver = value;
            return this;
        }

        public Builder historyLength(int value) {
            this.historyLength = value;
            return this;
        }

        public Builder referrerOrigin(String value) {
            this.referrerOrigin = value == null ? "" : value;
            return this;
        }

        public Builder framed(Tri value) {
            this.framed = value;
            return this;
        }

        public Snapshot build() {
            return new Snapshot(this);
        }
    }
}
