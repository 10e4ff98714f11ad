package org.quietroom.core.preset;

/**
 * The names of the built-in helplines ({@link DefaultContacts}) that a link may not use for anyone else: a
 * contact or an organisation whose name looks like one of these ({@link NameRules#looksLike}) must carry only
 * that helpline's own numbers and address. Each name is the service's name without "(United States)" and the
 * like, in every language the page ships, and the short name of its web address; a JVM test checks that each
 * built-in helpline with a number has names here and that every catalog label contains one.
 */
public final class HelplineNames {
    /** Rows of {id, name, name, ...}, one per built-in helpline with a number. */
    private static final String[][] NAMES = {
        {DefaultContacts.US_HOTLINE.id(), "National Domestic Violence Hotline",
            "L\u00ednea Nacional sobre la Violencia Dom\u00e9stica", "thehotline.org"},
        {DefaultContacts.UK_HELPLINE.id(), "National Domestic Abuse Helpline", "nationaldahelpline.org.uk"},
    };

    private HelplineNames() {
    }

    /** The protected names of the built-in helpline {@code id}; empty when it has none. */
    public static String[] of(String id) {
        for (String[] row : NAMES) {
            if (row[0].equals(id)) {
                String[] out = new String[row.length - 1];
                System.arraycopy(row, 1, out, 0, out.length);
                return out;
            }
        }
        return new String[0];
    }
}
