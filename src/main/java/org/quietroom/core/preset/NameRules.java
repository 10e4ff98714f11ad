package org.quietroom.core.preset;

import java.util.List;

/**
 * The rules for names a link shows as someone's (the organisation, each contact's name), beyond those for all
 * text ({@link PresetText}). A name is what a person trusts at a glance, so it must read as what it is:
 * <ul>
 *   <li>no default-ignorable or format character (Unicode's Default_Ignorable_Code_Point and category Cf:
 *       zero-width space and joiners, bidi controls, soft hyphen, variation selectors, tags, Hangul fillers):
 *       they can make two different names look the same;</li>
 *   <li>at least one letter or digit, so a name cannot be made of punctuation, symbols or marks alone;</li>
 *   <li>letters of one script (UTS #39 "highly restrictive"): Latin with Cyrillic or Greek letters is how
 *       "Nаtional" (Cyrillic а) passes for "National". Japanese, Chinese and Korean mixes with Latin are
 *       allowed, as UTS #39 allows them; digits and punctuation belong to every script;</li>
 *   <li>a name that looks like a built-in helpline's ({@link #looksLike}) may only carry that helpline's own
 *       numbers and address.</li>
 * </ul>
 *
 * <p>"Looks like" compares skeletons, after UTS #39 §4: each character is mapped to the ASCII letters it can be
 * mistaken for (Cyrillic а to a, 1 to l, rn for m), in lower case and without accents, and everything that is
 * not a letter or digit is left out; I and l count as one letter, as they do in many fonts. A name looks like a
 * helpline's when its skeleton contains the helpline's. TeaVM has no ICU, so the character tables
 * ({@link NameTables}) are generated from ICU4J's data by a test (NameTablesTest), which fails when they drift.
 */
public final class NameRules {
    private NameRules() {
    }

    /** Null when {@code name} (clean, non-empty text) may be a name; otherwise why not. */
    public static PresetError problem(String name) {
        boolean letter = false;
        int script = -1;
        int cjk = 0;
        int i = 0;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (NameTables.isIgnorable(cp)) {
                return PresetError.NAME_INVISIBLE;
            }
            int s = NameTables.script(cp);
            if (s == NameTables.NOT_A_LETTER) {
                continue;
            }
            letter = true;
            if (s == NameTables.COMMON || s == NameTables.INHERITED) {
                continue;
            }
            int cjkBit = cjkBit(s);
            if (cjkBit != 0) {
                cjk |= cjkBit;
                continue;
            }
            if (script >= 0 && script != s) {
                return PresetError.NAME_MIXED_SCRIPTS;
            }
            script = s;
        }
        if (!letter) {
            return PresetError.NAME_NO_LETTER;
        }
        if (cjk != 0) {
            boolean japanese = (cjk & ~(CJK_HAN | CJK_HIRAGANA | CJK_KATAKANA)) == 0;
            boolean chinese = (cjk & ~(CJK_HAN | CJK_BOPOMOFO)) == 0;
            boolean korean = (cjk & ~(CJK_HAN | CJK_HANGUL)) == 0;
            if (!(japanese || chinese || korean) || (script >= 0 && script != NameTables.LATIN)) {
                return PresetError.NAME_MIXED_SCRIPTS;
            }
        }
        return null;
    }

    private static final int CJK_HAN = 1;
    private static final int CJK_HIRAGANA = 2;
    private static final int CJK_KATAKANA = 4;
    private static final int CJK_BOPOMOFO = 8;
    private static final int CJK_HANGUL = 16;

    private static int cjkBit(int script) {
        if (script == NameTables.HAN) {
            return CJK_HAN;
        }
        if (script == NameTables.HIRAGANA) {
            return CJK_HIRAGANA;
        }
        if (script == NameTables.KATAKANA) {
            return CJK_KATAKANA;
        }
        if (script == NameTables.BOPOMOFO) {
            return CJK_BOPOMOFO;
        }
        return script == NameTables.HANGUL ? CJK_HANGUL : 0;
    }

    /**
     * The skeleton of {@code text}: what it can be mistaken for, as lower-case ASCII letters and digits (and any
     * letter the table does not map, as itself); see the class comment.
     */
    public static String skeleton(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String mapped = NameTables.confusable(cp);
            if (mapped != null) {
                appendFolded(out, mapped);
            } else if (cp < 0x80) {
                appendFolded(out, String.valueOf((char) cp));
            } else if (NameTables.script(cp) != NameTables.NOT_A_LETTER) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static void appendFolded(StringBuilder out, String ascii) {
        for (int k = 0; k < ascii.length(); k++) {
            char c = ascii.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c == 'l') {
                c = 'i';
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
    }

    /**
     * The built-in helpline whose name {@code name} looks like (its skeleton contains one of the helpline's
     * {@link HelplineNames}), or {@code null}.
     */
    public static DefaultContact looksLike(String name) {
        String s = skeleton(name);
        if (s.isEmpty()) {
            return null;
        }
        for (DefaultContact c : DefaultContacts.ALL) {
            for (String protectedName : HelplineNames.of(c.id())) {
                String p = skeleton(protectedName);
                if (!p.isEmpty() && s.indexOf(p) >= 0) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * Null, or the problem with a preset whose organisation or a contact's name looks like a built-in helpline's
     * while its numbers or address are not that helpline's.
     */
    static PresetResult lookalikeProblem(Preset preset) {
        List<Contact> contacts = preset.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            DefaultContact like = looksLike(c.label());
            if (like != null && !(isNumberOf(c.phone(), like) && isNumberOf(c.sms(), like) && isWebOf(c.web(), like))) {
                return PresetResult.failure(PresetError.NAME_LOOKALIKE, PresetField.CONTACT_LABEL, i);
            }
        }
        DefaultContact like = preset.organisation().isEmpty() ? null : looksLike(preset.organisation());
        if (like != null) {
            for (Contact c : contacts) {
                if (!(isNumberOf(c.phone(), like) && isNumberOf(c.sms(), like) && isWebOf(c.web(), like))) {
                    return PresetResult.failure(PresetError.NAME_LOOKALIKE, PresetField.ORGANISATION);
                }
            }
        }
        return null;
    }

    /** True when {@code number} is empty or one of {@code helpline}'s numbers, however it is written. */
    static boolean isNumberOf(String number, DefaultContact helpline) {
        return number.isEmpty() || sameNumber(number, helpline.phone()) || sameNumber(number, helpline.sms());
    }

    private static boolean isWebOf(String web, DefaultContact helpline) {
        if (web.isEmpty()) {
            return true;
        }
        String host = HttpsUrl.host(helpline.web());
        return !host.isEmpty() && HttpsUrl.host(web).equals(host);
    }

    /**
     * The same number: the same digits once leading zeros are dropped, or one ends with the other and the
     * shorter has at least seven digits ({@code +44 808 2000 247} and {@code 0808 2000 247};
     * {@code 1-800-799-7233} and {@code 800 799 7233}).
     */
    static boolean sameNumber(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String da = significant(PhoneNumber.dialString(a));
        String db = significant(PhoneNumber.dialString(b));
        if (da.isEmpty() || db.isEmpty()) {
            return false;
        }
        if (da.equals(db)) {
            return true;
        }
        String longer = da.length() >= db.length() ? da : db;
        String shorter = da.length() >= db.length() ? db : da;
        return shorter.length() >= 7 && longer.endsWith(shorter);
    }

    private static String significant(String dial) {
        int i = 0;
        while (i < dial.length() && (dial.charAt(i) == '+' || dial.charAt(i) == '0')) {
            i++;
        }
        return dial.substring(i);
    }
}
