package org.quietroom.core;

import java.util.List;

/**
 * Everything the checks may know, read once from the browser by {@code browser.SnapshotProbe} (and read again
 * when boot.js reports something new). Immutable. A fact the browser did not give is {@link Tri#UNKNOWN}, an
 * empty string or list, or -1: never a guessed value.
 */
public final class Snapshot {
    private final String protocol;
    private final Tri secureContext;
    private final String hostname;
    private final String origin;
    private final String userAgent;
    private final Tri webdriver;
    private final int historyLength;
    private final String referrerOrigin;
    private final Tri framed;
    private final List<String> ancestorOrigins;
    private final String tier;
    private final Tri webAssembly;
    private final Tri brave;
    private final Tri cspCanaryRan;
    private final Tri cspHeader;
    private final int cspViolations;
    private final int scriptCount;
    private final List<String> unpinnedScripts;
    private final Tri pageWatched;
    private final List<String> addedElements;
    private final List<String> addedAttributes;
    private final List<String> extensionUrls;
    private final List<String> foreignOrigins;
    private final List<String> foreignCodeOrigins;
    private final List<String> patchedFunctions;
    private final int cookieLength;
    private final int localStorageLength;
    private final int serviceWorkerCount;

    private Snapshot(Builder b) {
        this.protocol = b.protocol;
        this.secureContext = b.secureContext;
        this.hostname = b.hostname;
        this.origin = b.origin;
        this.userAgent = b.userAgent;
        this.webdriver = b.webdriver;
        this.historyLength = b.historyLength;
        this.referrerOrigin = b.referrerOrigin;
        this.framed = b.framed;
        this.ancestorOrigins = List.copyOf(b.ancestorOrigins);
        this.tier = b.tier;
        this.webAssembly = b.webAssembly;
        this.brave = b.brave;
        this.cspCanaryRan = b.cspCanaryRan;
        this.cspHeader = b.cspHeader;
        this.cspViolations = b.cspViolations;
        this.scriptCount = b.scriptCount;
        this.unpinnedScripts = List.copyOf(b.unpinnedScripts);
        this.pageWatched = b.pageWatched;
        this.addedElements = List.copyOf(b.addedElements);
        this.addedAttributes = List.copyOf(b.addedAttributes);
        this.extensionUrls = List.copyOf(b.extensionUrls);
        this.foreignOrigins = List.copyOf(b.foreignOrigins);
        this.foreignCodeOrigins = List.copyOf(b.foreignCodeOrigins);
        this.patchedFunctions = List.copyOf(b.patchedFunctions);
        this.cookieLength = b.cookieLength;
        this.localStorageLength = b.localStorageLength;
        this.serviceWorkerCount = b.serviceWorkerCount;
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

    /** {@code location.origin}, lower case; empty when unknown. */
    public String origin() {
        return origin;
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

    /**
     * {@code location.ancestorOrigins}, nearest first (Chromium and WebKit; Firefox has none). Empty when the
     * browser does not say; an entry is {@code "null"} when the embedder hides its origin.
     */
    public List<String> ancestorOrigins() {
        return ancestorOrigins;
    }

    /** Which build runs ({@code <html data-tier>}: wasm, js or none); empty when unknown. */
    public String tier() {
        return tier;
    }

    /** Whether the {@code WebAssembly} object exists (it does not under Lockdown Mode or with the JIT off). */
    public Tri webAssembly() {
        return webAssembly;
    }

    /** Whether {@code navigator.brave} exists (Brave's own, documented marker). */
    public Tri brave() {
        return brave;
    }

    /**
     * The CSP canary in boot.js: YES when {@code new Function} ran, i.e. the page's policy did not arrive or was
     * bypassed; NO when the browser blocked it as the policy requires.
     */
    public Tri cspCanaryRan() {
        return cspCanaryRan;
    }

    /** Content-Security-Policy violations boot.js counted, not counting the canary's own; -1 when unknown. */
    /**
     * Whether the host's header policy arrived: YES when a canary violation came from a policy with
     * {@code frame-ancestors} (only the header has it), NO when they came only from the page's meta policy.
     */
    public Tri cspHeader() {
        return cspHeader;
    }

    public int cspViolations() {
        return cspViolations;
    }

    /** How many {@code <script src>} elements the document has; -1 when they could not be read. */
    public int scriptCount() {
        return scriptCount;
    }

    /** Scripts (and stylesheets) without an {@code integrity} attribute, as {@link Urls#describe} shows them. */
    public List<String> unpinnedScripts() {
        return unpinnedScripts;
    }

    /** Whether boot.js watched the page for changes from the start (its MutationObserver ran). */
    public Tri pageWatched() {
        return pageWatched;
    }

    /** Tag names of elements that are not part of this page as built and not added by its own code. */
    public List<String> addedElements() {
        return addedElements;
    }

    /** Attribute names (and {@code .class} tokens) added by something other than this page's code. */
    public List<String> addedAttributes() {
        return addedAttributes;
    }

    /** Extension URL schemes (only the scheme, e.g. {@code chrome-extension:}) seen in the page or its files. */
    public List<String> extensionUrls() {
        return extensionUrls;
    }

    /** Other web origins this page loaded images, styles or fonts from (this page uses only its own). */
    public List<String> foreignOrigins() {
        return foreignOrigins;
    }

    /** Other web origins this page loaded scripts, frames or data from. */
    public List<String> foreignCodeOrigins() {
        return foreignCodeOrigins;
    }

    /** Built-in functions whose source is not native: something replaced or wrapped them. */
    public List<String> patchedFunctions() {
        return patchedFunctions;
    }

    /** Length of {@code document.cookie} for this site; -1 when unknown. */
    public int cookieLength() {
        return cookieLength;
    }

    /** {@code localStorage.length} for this site; -1 when unknown or blocked. */
    public int localStorageLength() {
        return localStorageLength;
    }

    /** Service workers registered for this site; -1 when unknown. */
    public int serviceWorkerCount() {
        return serviceWorkerCount;
    }

    /** Fluent builder; every field starts as "unknown". */
    public static final class Builder {
        private String protocol = "";
        private Tri secureContext = Tri.UNKNOWN;
        private String hostname = "";
        private String origin = "";
        private String userAgent = "";
        private Tri webdriver = Tri.UNKNOWN;
        private int historyLength = -1;
        private String referrerOrigin = "";
        private Tri framed = Tri.UNKNOWN;
        private List<String> ancestorOrigins = List.of();
        private String tier = "";
        private Tri webAssembly = Tri.UNKNOWN;
        private Tri brave = Tri.UNKNOWN;
        private Tri cspCanaryRan = Tri.UNKNOWN;
        private Tri cspHeader = Tri.UNKNOWN;
        private int cspViolations = -1;
        private int scriptCount = -1;
        private List<String> unpinnedScripts = List.of();
        private Tri pageWatched = Tri.UNKNOWN;
        private List<String> addedElements = List.of();
        private List<String> addedAttributes = List.of();
        private List<String> extensionUrls = List.of();
        private List<String> foreignOrigins = List.of();
        private List<String> foreignCodeOrigins = List.of();
        private List<String> patchedFunctions = List.of();
        private int cookieLength = -1;
        private int localStorageLength = -1;
        private int serviceWorkerCount = -1;

        private Builder() {
        }

        private static List<String> list(List<String> value) {
            return value == null ? List.of() : value;
        }

        private static String text(String value) {
            return value == null ? "" : value;
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

        public Builder origin(String value) {
            this.origin = Text.lower(value);
            return this;
        }

        public Builder userAgent(String value) {
            this.userAgent = text(value);
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
            this.referrerOrigin = Text.lower(value);
            return this;
        }

        public Builder framed(Tri value) {
            this.framed = value;
            return this;
        }

        public Builder ancestorOrigins(List<String> value) {
            this.ancestorOrigins = list(value);
            return this;
        }

        public Builder tier(String value) {
            this.tier = text(value);
            return this;
        }

        public Builder webAssembly(Tri value) {
            this.webAssembly = value;
            return this;
        }

        public Builder brave(Tri value) {
            this.brave = value;
            return this;
        }

        public Builder cspCanaryRan(Tri value) {
            this.cspCanaryRan = value;
            return this;
        }

        public Builder cspHeader(Tri value) {
            this.cspHeader = value;
            return this;
        }

        public Builder cspViolations(int value) {
            this.cspViolations = value;
            return this;
        }

        public Builder scriptCount(int value) {
            this.scriptCount = value;
            return this;
        }

        public Builder unpinnedScripts(List<String> value) {
            this.unpinnedScripts = list(value);
            return this;
        }

        public Builder pageWatched(Tri value) {
            this.pageWatched = value;
            return this;
        }

        public Builder addedElements(List<String> value) {
            this.addedElements = list(value);
            return this;
        }

        public Builder addedAttributes(List<String> value) {
            this.addedAttributes = list(value);
            return this;
        }

        public Builder extensionUrls(List<String> value) {
            this.extensionUrls = list(value);
            return this;
        }

        public Builder foreignOrigins(List<String> value) {
            this.foreignOrigins = list(value);
            return this;
        }

        public Builder foreignCodeOrigins(List<String> value) {
            this.foreignCodeOrigins = list(value);
            return this;
        }

        public Builder patchedFunctions(List<String> value) {
            this.patchedFunctions = list(value);
            return this;
        }

        public Builder cookieLength(int value) {
            this.cookieLength = value;
            return this;
        }

        public Builder localStorageLength(int value) {
            this.localStorageLength = value;
            return this;
        }

        public Builder serviceWorkerCount(int value) {
            this.serviceWorkerCount = value;
            return this;
        }

        public Snapshot build() {
            return new Snapshot(this);
        }
    }
}
