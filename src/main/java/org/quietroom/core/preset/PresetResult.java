package org.quietroom.core.preset;

/**
 * Either a {@link Preset} or the reason there is none. Returned instead of throwing so that a bad link can
 * never stop the page: the page falls back to its defaults and, unless the reason is
 * {@linkplain PresetError#silent() silent}, says so with {@link #messageKey()}.
 */
public final class PresetResult {
    /** The visitor's one sentence for every non-silent error. */
    public static final String MESSAGE_KEY = "preset.error";

    private final Preset preset;
    private final PresetError error;
    private final PresetField field;
    private final int contactIndex;

    private PresetResult(Preset preset, PresetError error, PresetField field, int contactIndex) {
        this.preset = preset;
        this.error = error;
        this.field = field;
        this.contactIndex = contactIndex;
    }

    static PresetResult ok(Preset preset) {
        return new PresetResult(preset, null, PresetField.NONE, -1);
    }

    static PresetResult failure(PresetError error) {
        return new PresetResult(null, error, PresetField.NONE, -1);
    }

    static PresetResult failure(PresetError error, PresetField field) {
        return new PresetResult(null, error, field, -1);
    }

    static PresetResult failure(PresetError error, PresetField field, int contactIndex) {
        return new PresetResult(null, error, field, contactIndex);
    }

    public boolean isOk() {
        return preset != null;
    }

    /** The preset. Throws {@link IllegalStateException} if there is none: check {@link #isOk()} first. */
    public Preset preset() {
        if (preset == null) {
            throw new IllegalStateException("No preset: " + error);
        }
        return preset;
    }

    /** Why there is no preset. Throws {@link IllegalStateException} if there is one. */
    public PresetError error() {
        if (error == null) {
            throw new IllegalStateException("There is a preset");
        }
        return error;
    }

    /** The field at fault, or {@link PresetField#NONE}. */
    public PresetField field() {
        return field;
    }

    /** Which contact (0-based) is at fault; -1 when the problem is not about one contact. */
    public int contactIndex() {
        return contactIndex;
    }

    /** What to tell the visitor: {@link #MESSAGE_KEY}, or the empty string when there is nothing to say. */
    public String messageKey() {
        return error == null || error.silent() ? "" : MESSAGE_KEY;
    }

    @Override
    public String toString() {
        if (preset != null) {
            return "PresetResult[" + preset + "]";
        }
        return "PresetResult[" + error + ", " + field + ", contact " + contactIndex + "]";
    }
}
