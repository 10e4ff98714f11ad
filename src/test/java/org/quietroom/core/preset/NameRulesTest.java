package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quietroom.build.Catalog;

class NameRulesTest {

    @Test
    void ordinaryNamesInOneScriptAreFine() {
        for (String name : new String[] {"Riverside Women's Aid", "Sam (advocate)", "Out of hours", "Línea 24 h",
            "Центр помощи", "Κέντρο", "مركز المساعدة", "מרכז סיוע", "東京ウィメンズプラザ", "서울 여성의 전화",
            "台北 ㄅㄆ", "Hotline 1", "24/7", "Cafe\u0301", "A&B", "O'Brien-Smith", "WAVE 東京"}) {
            assertNull(NameRules.problem(name), name);
        }
    }

    @Test
    void mixedScriptsAreRefused() {
        for (String name : new String[] {"N\u0430tional Hotline", "\u039dational", "Hello \u043c\u0438\u0440",
            "\u0627\u0644\u0639 Help", "\u05e2\u05d1 Help", "\ud835\udc0d\u0430", "Help \ud835\udc00", "\u24b6 help"}) {
            assertEquals(PresetError.NAME_MIXED_SCRIPTS, NameRules.problem(name), name);
        }
    }

    @Test
    void invisibleAndFormatCharactersAreRefused() {
        for (String name : new String[] {"Sam\u200dHelp", "Help\u200c", "Refuge\ufe0f", "Tag\udb40\udc41",
            "Hang\u3164ul", "cgj\u034fx", "a\u00adb", "a\u200bb", "a\u202eb", "a\u2066b", "a\u2060b", "\u0600a"}) {
            assertEquals(PresetError.NAME_INVISIBLE, NameRules.problem(name), name);
        }
    }

    @Test
    void aNameNeedsALetterOrADigit() {
        for (String name : new String[] {"!!!", "\u260e\u260e", "(-)", "\u2014", "\u0301\u0301", "...", "\ud83d\ude00"}) {
            assertEquals(PresetError.NAME_NO_LETTER, NameRules.problem(name), name);
        }
        assertNull(NameRules.problem("911"));
    }

    @Test
    void helplineLookAlikesAreFound() {
        for (String name : new String[] {"National Domestic Violence Hotline", "NATIONAL DOMESTIC VIOLENCE HOTLINE",
            "national domestic violence hotline", "Nationa1 Domestic Violence Hotline", "NationaI Domestic Violence Hotline",
            "National Domestic Vi0lence Hotline", "NationalDomesticViolenceHotline", "National-Domestic-Violence Hotline",
            "The National Domestic Violence Hotline (US)", "Nati\u00f3nal Dom\u00e9stic Violence Hotline",
            "\uff2eational Domestic Violence Hotline", "Natlonal Domestic Violence Hotline",
            "L\u00ednea Nacional sobre la Violencia Dom\u00e9stica", "Linea Nacional sobre la Violencia Domestica",
            "thehotline.org"}) {
            assertSame(DefaultContacts.US_HOTLINE, NameRules.looksLike(name), name);
        }
        assertSame(DefaultContacts.UK_HELPLINE, NameRules.looksLike("National Domestic Abuse Helpline"));
        assertSame(DefaultContacts.UK_HELPLINE, NameRules.looksLike("NationaI D0mestic Abuse HeIpline"));
        for (String name : new String[] {"Riverside Women's Aid", "National Hotline", "Domestic Violence Helpline",
            "Refuge", "Sam (advocate)", "Hotline", "Violence Hotline"}) {
            assertNull(NameRules.looksLike(name), name);
        }
    }

    @Test
    void everyCatalogLabelOfAHelplineWithANumberLooksLikeIt() throws IOException {
        for (Catalog catalog : Catalog.loadAll(Path.of("src/main/messages"))) {
            for (DefaultContact c : DefaultContacts.ALL) {
                if (c.phone().isEmpty() && c.sms().isEmpty()) {
                    continue;
                }
                assertTrue(HelplineNames.of(c.id()).length > 0, c.id() + " has a number but no protected name");
                String label = catalog.get(c.labelKey());
                int paren = label.indexOf(" (");
                String bare = paren < 0 ? label : label.substring(0, paren);
                assertSame(c, NameRules.looksLike(bare), catalog.lang() + ": " + label);
            }
        }
    }

    @Test
    void theIssuesImpersonationIsRefusedAndTheRealNumbersAreNot() {
        PresetResult fake = Preset.builder().organisation("National Domestic Violence Hotline")
                .message("Our numbers changed this year.")
                .contact("National Domestic Violence Hotline", "+1 800 799 7283", "", "", "").build();
        assertFalse(fake.isOk());
        assertEquals(PresetError.NAME_LOOKALIKE, fake.error());
        assertEquals(PresetField.CONTACT_LABEL, fake.field());
        PresetResult orgOnly = Preset.builder().organisation("National Domestic Violence Hotline")
                .contact("Call us", "+1 800 799 7283", "", "", "").build();
        assertEquals(PresetError.NAME_LOOKALIKE, orgOnly.error());
        assertEquals(PresetField.ORGANISATION, orgOnly.field());
        PresetResult web = Preset.builder()
                .contact("The Hotline (thehotline.org)", "", "", "https://thehotline.example.org/", "").build();
        assertEquals(PresetError.NAME_LOOKALIKE, web.error());
        // Cyrillic а in a Latin name: refused as mixed scripts before any look-alike comparison.
        assertEquals(PresetError.NAME_MIXED_SCRIPTS, Preset.builder()
                .contact("N\u0430tional Domestic Violence Hotline", "+1 800 799 7283", "", "", "").build().error());
        assertTrue(Preset.builder().organisation("National Domestic Violence Hotline")
                .contact("National Domestic Violence Hotline", "1 800 799 7233", "88788", "https://www.thehotline.org/",
                        "").build().isOk(), "the real numbers and address");
        assertTrue(Preset.builder().contact("National Domestic Abuse Helpline", "+44 808 2000 247", "", "", "")
                .build().isOk());
    }

    @Test
    void numbersAreComparedByTheirDigits() {
        assertTrue(NameRules.sameNumber("+44 808 2000 247", "0808 2000 247"));
        assertTrue(NameRules.sameNumber("800-799-7233", "1-800-799-7233"));
        assertTrue(NameRules.sameNumber("88788", "88788"));
        assertFalse(NameRules.sameNumber("1-800-799-7283", "1-800-799-7233"));
        assertFalse(NameRules.sameNumber("788", "88788"), "short numbers must match exactly");
        assertFalse(NameRules.sameNumber("", "88788"));
    }

    @Test
    void punycodeWebLinksAreRefused() {
        PresetResult r = Preset.builder().contact("Help", "", "", "https://www.xn--80ak6aa92e.com/", "").build();
        assertEquals(PresetError.PUNYCODE_HOST, r.error());
        assertEquals(PresetField.CONTACT_WEB, r.field());
        assertEquals(PresetError.PUNYCODE_HOST, Preset.builder()
                .contact("Help", "", "", "https://xn--bcher-kva.example.org/", "").build().error());
    }
}
