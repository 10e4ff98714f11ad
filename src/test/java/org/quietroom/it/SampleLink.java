package org.quietroom.it;

import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetCodec;

/**
 * The link an advocate gives, as the page's length is measured (EnginesFirstScreenIT) and the README's screenshots
 * show it: two contacts, the page's language, and the country the advocate works in, as the link builder asks.
 * The page takes its helplines from the link's country; without one it guesses from the browser's language and
 * clock, which WebKitGTK under a machine with no locale ("C", UTC) cannot give, and then lists every country.
 */
public final class SampleLink {
    private SampleLink() {
    }

    /** The link's fragment (without '#'). */
    public static String twoContacts(String language) {
        Preset preset = Preset.builder()
                .organisation("Riverside Women's Aid")
                .language(language)
                .country("US")
                .contact("Sam (advocate)", "+1 555 010 0000", "+1 555 010 0001", "https://riverside.example.org/",
                        "Mon\u2013Fri 9:00\u201317:00")
                .contact("Out of hours", "+1 555 010 0002", "", "", "")
                .build().preset();
        return PresetCodec.encode(preset);
    }
}
