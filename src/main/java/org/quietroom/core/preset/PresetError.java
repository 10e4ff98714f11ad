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
    /** A contact has no label. */
    MISSING_FIELD("missing-field", false);

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
