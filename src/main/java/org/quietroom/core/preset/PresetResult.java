package org.quietroom.core.preset;

/**
 * Either a {@link Preset} or the reason there is none. Returned instead of throwing so that a bad link can
 * never stop the page: the page falls back to its defaults and, unless the reason is
 * {@linkplain PresetError#silent() silent}, says so with {@link #messageKey()}.
 */
public final class PresetResult {
    /** The visitor's one sentence for every non-silent error. */
    public static final String MESSAGE_KEY = "preset.error";
    /** The visitor's sentence when the link applied but its exit was refused (the page's default is used). */
    public static final String EXIT_REFUSED_KEY = "preset.exit-refused";

    private final Preset preset;
    private final PresetError error;
    private final PresetField field;
    private final int contactIndex;
    private final PresetError exitRefused;

    private PresetResult(Preset preset, PresetError error, PresetField field, int contactIndex,
            PresetError exitRefused) {
        this.preset = preset;
        this.error = error;
        this.field = field;
        this.contactIndex = contactIndex;
        this.exitRefused = exitRefused;
    }

    private PresetResult(Preset preset, PresetError error, PresetField field, int contactIndex) {
        this(preset, error, field, contactIndex, null);
    }

    /** A result holding {@code preset}, as a decoded link of it would be. */
    public static PresetResult of(Preset preset) {
        return ok(preset);
    }

    static PresetResult ok(Preset preset) {
        return new PresetResult(preset, null, PresetField.NONE, -1);
    }

    /** A link's preset whose exit was refused for {@code why} and dropped; the rest applies. */
    static PresetResult okWithoutExit(Preset preset, PresetError why) {
        return new PresetResult(preset, null, PresetField.EXIT, -1, why);
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

    /**
     * Why the link's exit was dropped, when the link applied without it; {@code null} when nothing was dropped.
     * The page then uses its default exit and says so ({@link #EXIT_REFUSED_KEY}).
     */
    public PresetError exitRefused() {
        return exitRefused;
    }

    /**
     * What to tell the visitor: {@link #MESSAGE_KEY} for a refused link, {@link #EXIT_REFUSED_KEY} for a link
     * that applied without its exit, or the empty string when there is nothing to say.
     */
    public String messageKey() {
        if (preset != null) {
            return exitRefused == null ? "" : EXIT_REFUSED_KEY;
        }
        return error.silent() ? "" : MESSAGE_KEY;
    }

    @Override
    public String toString() {
        if (preset != null) {
            return "PresetResult[" + preset + (exitRefused == null ? "" : ", exitRefused=" + exitRefused) + "]";
        }
        return "PresetResult[" + error + ", " + field + ", contact " + contactIndex + "]";
    }
}
