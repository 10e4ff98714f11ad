package org.quietroom.core.preset;

import org.quietroom.core.Sha256;
import org.quietroom.core.WordList;

/**
 * A link's words: four words from the SHA-256 of the whole preset (its version 2 encoding), shown on the
 * link-making page and on the person's page, so an advocate can say on the phone "your page should show
 * 'harbor maple river stone'" and a person can tell the link they were given from one someone changed: any
 * change to any field changes the words, with a chance of 1 in 2^32 that they stay the same. They prove
 * nothing about who made the link: anyone can make a link and read its words.
 */
public final class LinkWords {
    /** How many words; each is one byte of the hash. */
    public static final int COUNT = 4;

    private LinkWords() {
    }

    /** The words of {@code preset}, separated by single spaces. */
    public static String of(Preset preset) {
        byte[] hash = Sha256.digest(Utf8.encode(PresetCodec.encode(preset)));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < COUNT; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WordList.WORDS.get(hash[i] & 0xff));
        }
        return sb.toString();
    }
}
