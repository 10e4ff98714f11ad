package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quietroom.core.WordList;

class LinkWordsTest {

    @Test
    void theSamePresetGivesTheSameWords() {
        Preset p = PresetCodecTest.example();
        String words = LinkWords.of(p);
        assertEquals(words, LinkWords.of(PresetCodec.decode(PresetCodec.encode(p)).preset()));
        String[] parts = words.split(" ");
        assertEquals(LinkWords.COUNT, parts.length);
        for (String w : parts) {
            assertTrue(WordList.WORDS.contains(w), w);
        }
        // Pinned: the words are part of what an advocate tells a person, so they must not change by accident.
        assertEquals(LinkWords.of(Preset.builder().organisation("A").build().preset()),
                LinkWords.of(PresetCodec.decode("q2AQFB").preset()));
    }

    @Test
    void anyChangeChangesTheWords() {
        Preset p = PresetCodecTest.example();
        String words = LinkWords.of(p);
        Preset.Builder[] changed = {
            Preset.builder().organisation("Riverside Women's Aid."),
            Preset.builder().organisation("Riverside Women's Aid").contact("Sam", "0808 2000 248", "", "", ""),
        };
        for (Preset.Builder b : changed) {
            assertNotEquals(words, LinkWords.of(b.build().preset()));
        }
        String a = LinkWords.of(Preset.builder().contact("Sam", "0808 2000 247", "", "", "").build().preset());
        String b = LinkWords.of(Preset.builder().contact("Sam", "0808 2000 248", "", "", "").build().preset());
        assertNotEquals(a, b, "one digit of one number");
    }

    @Test
    void manyPresetsHaveNoCollidingWords() {
        Map<String, Preset> seen = new HashMap<>();
        int n = 0;
        for (int org = 0; org < 60; org++) {
            for (int phone = 0; phone < 50; phone++) {
                Preset p = Preset.builder().organisation("Service " + org)
                        .contact("Line", "0808 2000 " + (100 + phone), "", "", "").build().preset();
                Preset before = seen.put(LinkWords.of(p), p);
                assertEquals(null, before, () -> "same words for " + p);
                n++;
            }
        }
        assertEquals(3000, n);
    }
}
