package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PresetLinkTest {

    @Test
    void theMainPageIsInTheFolderOfTheBuilder() {
        assertEquals("https://quietroom.app/", PresetLink.pageAddress("https:", "quietroom.app", "/build.html"));
        assertEquals("https://example.org/quietroom/",
                PresetLink.pageAddress("https:", "example.org", "/quietroom/build.es.html"));
        assertEquals("http://127.0.0.1:8080/", PresetLink.pageAddress("http:", "127.0.0.1:8080", "/build.html"));
        assertEquals("https://example.org/", PresetLink.pageAddress("https:", "example.org", "/"));
    }

    @Test
    void aMissingPathMeansTheRoot() {
        assertEquals("https://example.org/", PresetLink.pageAddress("https:", "example.org", ""));
        assertEquals("https://example.org/", PresetLink.pageAddress("https:", "example.org", null));
    }

    @Test
    void theLinkIsTheAddressAHashAndTheEncodedPreset() {
        Preset p = Preset.builder().organisation("A").build().preset();
        String link = PresetLink.of("https://example.org/", p);
        assertEquals("https://example.org/#q2AQFB", link);
        assertEquals(p, PresetCodec.decode(link.substring(link.indexOf('#'))).preset());
    }

    @Test
    void theLinkOfTheLargestPresetStaysWithinTheFragmentLimit() {
        Preset.Builder b = Preset.builder().message("m".repeat(PresetLimits.MESSAGE));
        PresetResult r = b.build();
        assertTrue(r.isOk());
        String link = PresetLink.of("https://example.org/", r.preset());
        assertTrue(link.length() - link.indexOf('#') - 1 <= PresetLimits.FRAGMENT);
    }
}
