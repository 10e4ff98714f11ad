package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated tables in core agree with ICU4J: the file is what {@link NameTablesSource} writes today, and the
 * runtime lookups give ICU's answer for every code point they cover.
 */
class NameTablesTest {

    @Test
    void theCheckedInFileIsWhatTheGeneratorWritesFromIcu() throws IOException {
        String expected = NameTablesSource.generate();
        String actual = Files.readString(NameTablesSource.FILE, StandardCharsets.UTF_8);
        assertEquals(expected, actual, "NameTables.java is out of date: run NameTablesSource (see its comment)");
    }

    @Test
    void ignorableIsExactlyIcusDefaultIgnorableAndFormat() {
        List<String> wrong = new ArrayList<>();
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (NameTables.isIgnorable(cp) != NameTablesSource.ignorable(cp)) {
                wrong.add(Integer.toHexString(cp));
            }
        }
        assertEquals(List.of(), wrong);
        for (int cp : new int[] {0x200D, 0x200C, 0x200B, 0x00AD, 0x202E, 0x2066, 0xFE0F, 0xE0041, 0x3164, 0x034F}) {
            assertTrue(NameTables.isIgnorable(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void everyLetterAndDigitHasIcusScript() {
        List<String> wrong = new ArrayList<>();
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (cp < 0x80 ? Character.isLetterOrDigit(cp) : NameTablesSource.letterOrDigit(cp)) {
                int expected = cp < 0x80 ? UScript.getScript(cp) : NameTablesSource.script(cp);
                if (NameTables.script(cp) != expected) {
                    wrong.add(Integer.toHexString(cp));
                }
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())));
        assertEquals(NameTables.LATIN, NameTables.script('a'));
        assertEquals(UScript.CYRILLIC, NameTables.script(0x0430));
        assertEquals(NameTables.NOT_A_LETTER, NameTables.script('!'));
        assertEquals(NameTables.COMMON_LETTERS, NameTables.script(0x1D400), "mathematical bold A");
    }

    @Test
    void confusablesAreIcusSkeletonsFoldedToAscii() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            String mine = NameTables.confusable(cp);
            if (mine == null) {
                continue;
            }
            checked++;
            String icu = NameTablesSource.confusable(cp);
            if (!mine.equals(icu)) {
                wrong.add(Integer.toHexString(cp) + "=" + mine + "/" + icu);
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())));
        assertTrue(checked > 500, "only " + checked + " look-alikes");
    }

    @Test
    void skeletonsMatchIcusForTheExamplesOfTheIssue() {
        SpoofChecker spoof = new SpoofChecker.Builder().build();
        String real = "National Domestic Violence Hotline";
        for (String fake : new String[] {"Nationa1 Domestic Violence Hotline", "\ud835\udc0dational Domestic Violence Hotline",
            "\uff2eational Domestic Violence Hotline", "NATIONAL DOMESTIC VIOLENCE HOTLINE"}) {
            // ICU itself calls these confusable (whole-string skeletons, case as typed).
            assertEquals(spoof.getSkeleton(UCharacter.foldCase(real, true)).replace("l", "i").replace(" ", ""),
                    spoof.getSkeleton(UCharacter.foldCase(
                            com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance().normalize(fake), true))
                            .replace("l", "i").replace(" ", ""), fake);
            assertEquals(NameRules.skeleton(real), NameRules.skeleton(fake), fake);
        }
    }
}
