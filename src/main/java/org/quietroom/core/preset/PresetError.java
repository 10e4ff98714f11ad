package org.quietroom.core.preset;

/**
 * The closed set of reasons a fragment or a builder form does not give a {@link Preset}. The visitor sees one
 * sentence for all of them ({@link PresetResult#MESSAGE_KEY}), or nothing for the silent ones; the builder
 * page, where an advocate can fix things, shows {@link #key()}.
 */
public enum PresetError {
    /** No fragment at all: the ordinary page. Silent. */
    EMPTY("empty", true),
    /** A fragment that is not a preset, such as an in-page anchor ({@code #main}). Silent. */
    NOT_A_PRESET("not-a-preset", true),
    /** A preset from a newer (or unknown) version of the format. */
    UNSUPPORTED_VERSION("unsupported-version", false),
    /** Longer than {@link PresetLimits#FRAGMENT} characters once encoded. */
    TOO_LONG("too-long", false),
    /** Not base64url, not well-formed, or not in the one canonical form: broken or tampered with. */
    MALFORMED("malformed", false),
    /** More than {@link PresetLimits#CONTACTS} contacts. */
    TOO_MANY_CONTACTS("too-many-contacts", false),
    /** A field is longer than its limit in {@link PresetLimits}. */
    FIELD_TOO_LONG("field-too-long", false),
    /** A field has characters or a shape it may not have. */
    INVALID_FIELD("invalid-field", false),
    /** A phone or SMS number that is not one a {@code tel:} link dials ({@link PhoneNumber}): said with examples. */
    INVALID_PHONE("invalid-phone", false),
    /** A contact has no label. */
    MISSING_FIELD("missing-field", false),
    /** The exit address has a query string or a fragment. */
    EXIT_QUERY("exit-query", false),
    /** The exit address is an IP address. */
    EXIT_IP_ADDRESS("exit-ip", false),
    /** The exit address is an onion or other special-use name. */
    EXIT_HIDDEN_SERVICE("exit-onion", false),
    /** The exit address is a search engine. */
    EXIT_SEARCH("exit-search", false),
    /** The exit address is a messaging or social site, which could open a chat or show the visit. */
    EXIT_MESSAGING("exit-messaging", false),
    /** The exit address is a URL shortener. */
    EXIT_SHORTENER("exit-shortener", false),
    /** The link names a built-in exit target this page does not know. */
    EXIT_UNKNOWN("exit-unknown", false),
    /** An address (exit or web link) has a punycode ({@code xn--}) label. */
    PUNYCODE_HOST("punycode-host", false),
    /** A name looks like a built-in helpline's but its numbers or address are not that helpline's. */
    NAME_LOOKALIKE("name-lookalike", false),
    /** A name mixes letters of different scripts (Latin with Cyrillic, ...). */
    NAME_MIXED_SCRIPTS("name-mixed-scripts", false),
    /** A name has an invisible or formatting character (zero-width joiner, variation selector, ...). */
    NAME_INVISIBLE("name-invisible", false),
    /** A name has no letter and no digit. */
    NAME_NO_LETTER("name-no-letter", false);

    private final String id;
    private final boolean silent;

    PresetError(String id, boolean silent) {
        this.id = id;
        this.silent = silent;
    }

    public String id() {
        return id;
    }

    /** True when there was no preset to read, so the visitor is told nothing and sees the default page. */
    public boolean silent() {
        return silent;
    }

    /** The catalog key of the builder page's sentence for this reason. */
    public String key() {
        return "preset.error." + id;
    }
}
