package org.quietroom.core.preset;

/**
 * The part of a preset a {@link PresetResult} is about, so the builder page can point at the field to fix.
 * Each has a catalog key for its name: {@code preset.field.<id>}.
 */
public enum PresetField {
    /** The problem is not about one field (the link as a whole). */
    NONE("none", 0),
    ORGANISATION("organisation", PresetLimits.ORGANISATION),
    LANGUAGE("language", 0),
    EXIT("exit", PresetLimits.URL),
    TITLE("title", PresetLimits.TITLE),
    COUNTRY("country", 0),
    MESSAGE("message", PresetLimits.MESSAGE),
    /** The list of contacts as a whole; its limit is the number of contacts. */
    CONTACTS("contacts", PresetLimits.CONTACTS),
    CONTACT_LABEL("contact-label", PresetLimits.LABEL),
    CONTACT_PHONE("contact-phone", PresetLimits.PHONE_CHARS),
    CONTACT_SMS("contact-sms", PresetLimits.PHONE_CHARS),
    CONTACT_WEB("contact-web", PresetLimits.URL),
    CONTACT_HOURS("contact-hours", PresetLimits.HOURS);

    private final String id;
    private final int limit;

    PresetField(String id, int limit) {
        this.id = id;
        this.limit = limit;
    }

    public String id() {
        return id;
    }

    /**
     * The most this field may hold, for a form's {@code maxlength} and the "too long" sentence: characters
     * for text and addresses, contacts for {@link #CONTACTS}; 0 when the field has no length limit of its own.
     */
    public int limit() {
        return limit;
    }

    /** The catalog key of this field's name, as the builder page shows it. */
    public String key() {
        return "preset.field." + id;
    }
}
