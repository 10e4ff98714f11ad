package org.quietroom.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The field's wording rules as assertions: never a "safe" verdict (techsafety.org: "don't give a false sense of
 * security"), never a raised voice, short sentences for a reading age of about twelve.
 */
public final class Wording {
    /** Whole words that would read as a verdict ("you are safe"). "safer" and "safety" are fine. */
    private static final Set<String> VERDICT_WORDS = Set.of("safe", "unsafe", "safely");

    /** Phrases that promise what no page can know, whatever the words around them. */
    private static final List<String> VERDICT_PHRASES = List.of("you are safe", "you're safe", "is safe",
            "are safe", "it's safe", "no spyware", "nothing to worry", "all clear", "not being watched",
            "not monitored");

    /**
     * Proper names that contain a verdict word but give no verdict: a law a survivor must name to their carrier
     * (US Safe Connections Act, 2022). Taken out before the word check, nowhere else.
     */
    private static final List<String> PROPER_NAMES = List.of("safe connections act");

    /** A rough reading-age guard: long sentences are the first thing that makes text hard. */
    public static final int MAX_WORDS_PER_SENTENCE = 30;

    private Wording() {
    }

    /** Fails when {@code text} (the catalog value of {@code key}) breaks a wording rule. */
    public static void assertKind(String key, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String withoutNames = lower;
        for (String name : PROPER_NAMES) {
            withoutNames = withoutNames.replace(name, "");
        }
        for (String word : words(withoutNames)) {
            assertTrue(!VERDICT_WORDS.contains(word), key + " uses the word \"" + word + "\": " + text);
        }
        for (String phrase : VERDICT_PHRASES) {
            assertTrue(!lower.contains(phrase), key + " says \"" + phrase + "\": " + text);
        }
        assertTrue(text.indexOf('!') < 0, key + " has an exclamation mark");
        assertTrue(text.length() < 4 || !text.equals(text.toUpperCase(Locale.ROOT)), key + " is shouting");
        for (String sentence : text.split("[.?:] ")) {
            int count = words(sentence).size();
            assertTrue(count <= MAX_WORDS_PER_SENTENCE, key + " has a " + count + "-word sentence: " + sentence);
        }
    }

    /** Lower-case words: runs of letters, digits, apostrophes and hyphens. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '-') {
                word.append(c);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        return out;
    }
}
