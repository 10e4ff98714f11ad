package org.quietroom.core.preset;

/**
 * Every size limit of a preset in one place. Text limits count Unicode code points (what a person would call
 * characters). They keep a link short enough for a text message or a chat, and keep what a stranger can put
 * on the page small.
 */
public final class PresetLimits {
    /** The whole fragment, without the leading {@code #}: version prefix plus base64url payload. */
    public static final int FRAGMENT = 2048;
    public static final int ORGANISATION = 80;
    public static final int TITLE = 60;
    public static final int MESSAGE = 500;
    public static final int LABEL = 40;
    public static final int HOURS = 60;
    /** Web and exit addresses, in ASCII characters. */
    public static final int URL = 200;
    /** A phone or SMS number as written, separators included. */
    public static final int PHONE_CHARS = 32;
    public static final int PHONE_MIN_DIGITS = 3;
    public static final int PHONE_MAX_DIGITS = 20;
    public static final int CONTACTS = 5;

    private PresetLimits() {
    }
}
