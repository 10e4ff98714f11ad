package org.quietroom.core.preset;

/**
 * The names of the built-in helplines ({@link org.quietroom.core.helplines.Helplines}) that a link may not use for anyone else: a
 * contact or an organisation whose name looks like one of these ({@link NameRules#looksLike}) must carry only
 * that helpline's own numbers and address. Each name is the service's name without "(United States)" and the
 * like, in every language the page ships, and the short name of its web address; a JVM test checks that each
 * built-in helpline has names here and that every catalog label of an entry with names contains one.
 */
public final class HelplineNames {
    /**
     * Rows of {id, name, name, ...}: every built-in helpline whose name is its own (a test checks that the others
     * are listed in {@link #UNPROTECTED}, with the reason), and the emergency numbers whose names are their own (not
     * "Emergency services", which any service may say).
     */
    private static final String[][] NAMES = {
        {"us-hotline", "National Domestic Violence Hotline",
            "L\u00ednea Nacional sobre la Violencia Dom\u00e9stica", "thehotline.org"},
        {"gb-helpline", "National Domestic Abuse Helpline", "nationaldahelpline.org.uk"},
        {"ie-womens-aid", "Women's Aid National Freephone Helpline",
            "Women's Aid, l\u00ednea gratuita nacional"},
        {"ie-male-advice", "Male Advice Line"},
        {"au-1800respect", "1800RESPECT"},
        {"nz-womens-refuge", "Women's Refuge crisis line", "Women's Refuge, l\u00ednea de crisis"},
        {"co-155", "L\u00ednea 155"},
        {"co-emergency", "L\u00ednea 123"},
        {"cl-1455", "Fono 1455"},
    };

    /**
     * Helplines whose names no link is kept from using. es-016: its name is its number, three digits that many
     * other names and numbers contain (the fuzz test's random names did), so protecting it would refuse good links.
     */
    public static final String[] UNPROTECTED = {"es-016"};

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
