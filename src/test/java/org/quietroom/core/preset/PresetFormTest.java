package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresetFormTest {

    @Test
    void anEmptyFormIsTheEmptyPreset() {
        PresetForm.Result r = new PresetForm().check();
        assertTrue(r.isOk());
        assertEquals(List.of(), r.problems());
        assertEquals(Preset.builder().build().preset(), r.preset());
        assertEquals("q2", PresetCodec.encode(r.preset()));
    }

    @Test
    void aFullFormGivesThePresetWithTidiedText() {
        PresetForm form = new PresetForm()
                .organisation("  Riverside\u00a0 Women's Aid \n")
                .language("es")
                .exit("  HTTPS://WWW.Example.ORG/Weather ")
                .title("Recipes")
                .country(" mx ")
                .message("Line one\r\nline two")
                .contact(0, "Sam", "+44  20 7946 0000", "", "https://Riverside.example.org/Path", "9\u20135");
        PresetForm.Result r = form.check();
        assertTrue(r.isOk(), r.problems().toString());
        Preset p = r.preset();
        assertEquals("Riverside Women's Aid", p.organisation());
        assertEquals("es", p.language());
        assertEquals("https://www.example.org/Weather", p.exit());
        assertEquals("Recipes", p.title());
        assertEquals("MX", p.country());
        assertEquals("Line one line two", p.message());
        assertEquals(1, p.contacts().size());
        Contact c = p.contacts().get(0);
        assertEquals("Sam", c.label());
        assertEquals("+44 20 7946 0000", c.phone());
        assertEquals("https://riverside.example.org/Path", c.web());
        assertEquals("9\u20135", c.hours());
    }

    @Test
    void emptySlotsAreSkippedAndKeepTheOrderOfTheOthers() {
        PresetForm.Result r = new PresetForm()
                .contact(0, "", "", "", "", "")
                .contact(1, "First", "0808 2000 247", "", "", "")
                .contact(3, "Second", "", "88788", "", "")
                .contact(4, " \t ", "", "", "", "")
                .check();
        assertTrue(r.isOk());
        assertEquals(List.of("First", "Second"), List.of(r.preset().contacts().get(0).label(),
                r.preset().contacts().get(1).label()));
        assertEquals(2, r.preset().contacts().size());
    }

    @Test
    void everyFieldAtFaultIsReportedNotOnlyTheFirst() {
        PresetForm.Result r = new PresetForm()
                .organisation("o".repeat(PresetLimits.ORGANISATION + 1))
                .exit("javascript:alert(1)")
                .title("Fine")
                .message("\u202Ebidi")
                .contact(2, "", "12", "", "http://plain.example.org/", "")
                .check();
        assertFalse(r.isOk());
        assertEquals(PresetError.FIELD_TOO_LONG, r.problem(PresetField.ORGANISATION, -1).error());
        assertEquals(PresetError.INVALID_FIELD, r.problem(PresetField.EXIT, -1).error());
        assertNull(r.problem(PresetField.TITLE, -1));
        assertNull(r.problem(PresetField.MESSAGE, -1), "cleaning removes bidi controls from typed text");
        assertEquals(PresetError.MISSING_FIELD, r.problem(PresetField.CONTACT_LABEL, 2).error());
        assertEquals(PresetError.INVALID_PHONE, r.problem(PresetField.CONTACT_PHONE, 2).error());
        assertEquals(PresetError.INVALID_FIELD, r.problem(PresetField.CONTACT_WEB, 2).error());
        assertNull(r.problem(PresetField.CONTACT_SMS, 2));
        assertNull(r.problem(PresetField.CONTACT_PHONE, 0), "problems name the slot, not the position");
        assertEquals(5, r.problems().size());
        assertThrows(IllegalStateException.class, r::preset);
    }

    @Test
    void aLabelOfOnlyInvisibleCharactersIsNotAName() {
        PresetForm.Result r = new PresetForm().contact(0, "\u200d\u200c", "0808 2000 247", "", "", "").check();
        assertFalse(r.isOk());
        assertEquals(PresetError.MISSING_FIELD, r.problem(PresetField.CONTACT_LABEL, 0).error());
    }

    @Test
    void aLinkThatIsTooLongAsAWholeIsReportedAgainstTheLink() {
        PresetForm form = new PresetForm()
                .organisation("\u4e00".repeat(PresetLimits.ORGANISATION))
                .title("\u4e00".repeat(PresetLimits.TITLE))
                .message("\u4e00".repeat(PresetLimits.MESSAGE));
        for (int i = 0; i < PresetLimits.CONTACTS; i++) {
            form.contact(i, "\u4e00".repeat(PresetLimits.LABEL), "", "", "", "\u4e00".repeat(PresetLimits.HOURS));
        }
        PresetForm.Result r = form.check();
        assertFalse(r.isOk());
        assertEquals(1, r.problems().size());
        assertEquals(PresetError.TOO_LONG, r.problems().get(0).error());
        assertEquals(PresetField.NONE, r.problems().get(0).field());
        assertEquals(-1, r.problems().get(0).contactIndex());
    }

    @Test
    void anExitIsAListIdOrAnAddressAndEachRefusalNamesItsReason() {
        assertEquals("bbc-food", new PresetForm().exitId("bbc-food").check().preset().exitId());
        assertEquals("https://www.bbc.co.uk/food", new PresetForm().exitId("bbc-food").check().preset().exit());
        assertEquals(PresetError.EXIT_UNKNOWN,
                new PresetForm().exitId("my-site").check().problem(PresetField.EXIT, -1).error());
        assertEquals(PresetError.EXIT_SEARCH,
                new PresetForm().exit("https://www.google.com/").check().problem(PresetField.EXIT, -1).error());
        assertEquals(PresetError.EXIT_QUERY, new PresetForm().exit("https://tracker.example.org/log?victim=7f3a-4711")
                .check().problem(PresetField.EXIT, -1).error());
        assertEquals(PresetError.INVALID_FIELD,
                new PresetForm().exit("https://www.bbc.co.uk/").exitId("bbc-food").check()
                        .problem(PresetField.EXIT, -1).error(), "not both");
    }

    @Test
    void aCountryIsAnAssignedCode() {
        assertEquals("GB", new PresetForm().country("gb").check().preset().country());
        assertEquals(PresetError.INVALID_FIELD,
                new PresetForm().country("UK").check().problem(PresetField.COUNTRY, -1).error());
        assertEquals(PresetError.INVALID_FIELD,
                new PresetForm().country("Mexico").check().problem(PresetField.COUNTRY, -1).error());
        assertTrue(new PresetForm().country(" ").check().isOk());
    }

    @Test
    void aHelplinesNameWithAnotherNumberIsReportedAgainstItsSlot() {
        PresetForm.Result r = new PresetForm()
                .contact(0, "Sam", "0808 2000 247", "", "", "")
                .contact(2, "National Domestic Violence Hotline", "+1 800 799 7283", "", "", "")
                .check();
        assertFalse(r.isOk());
        assertEquals(PresetError.NAME_LOOKALIKE, r.problem(PresetField.CONTACT_LABEL, 2).error());
        assertEquals(1, r.problems().size());
        PresetForm.Result org = new PresetForm().organisation("National Domestic Violence Hotline")
                .contact(0, "Call us", "+1 800 799 7283", "", "", "").check();
        assertEquals(PresetError.NAME_LOOKALIKE, org.problem(PresetField.ORGANISATION, -1).error());
        assertTrue(new PresetForm().contact(0, "National Domestic Violence Hotline", "1-800-799-7233", "88788", "",
                "").check().isOk(), "the helpline's own numbers are fine");
    }

    @Test
    void anUnknownLanguageIsAProblem() {
        PresetForm.Result r = new PresetForm().language("english").check();
        assertEquals(PresetError.INVALID_FIELD, r.problem(PresetField.LANGUAGE, -1).error());
        assertTrue(new PresetForm().language(null).check().isOk());
    }

    @Test
    void slotsOutsideTheFiveAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PresetForm().contact(-1, "a", "", "", "", ""));
        assertThrows(IllegalArgumentException.class,
                () -> new PresetForm().contact(PresetLimits.CONTACTS, "a", "", "", "", ""));
    }

    @Test
    void whatTheFormMakesDecodesToTheSamePreset() {
        PresetForm.Result r = new PresetForm().organisation("Org").contact(0, "Line", "0808 2000 247", "", "", "")
                .check();
        assertEquals(r.preset(), PresetCodec.decode(PresetCodec.encode(r.preset())).preset());
    }
}
