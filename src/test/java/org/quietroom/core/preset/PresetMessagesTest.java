package org.quietroom.core.preset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every key the preset code hands to the page exists in the reference catalog. */
class PresetMessagesTest {

    @Test
    void everyKeyIsInTheEnglishCatalog() throws IOException {
        Properties en = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/messages/en.properties"), StandardCharsets.UTF_8)) {
            en.load(r);
        }
        List<String> keys = new ArrayList<>();
        keys.add(PresetResult.MESSAGE_KEY);
        keys.add(DefaultContact.PROVENANCE_KEY);
        for (PresetError e : PresetError.values()) {
            keys.add(e.key());
        }
        for (PresetField f : PresetField.values()) {
            keys.add(f.key());
        }
        for (DefaultContact c : DefaultContacts.ALL) {
            keys.add(c.labelKey());
            keys.add(c.detailsKey());
        }
        for (String key : keys) {
            String value = en.getProperty(key);
            assertTrue(value != null, "missing message " + key);
            assertFalse(value.isBlank(), "empty message " + key);
        }
    }
}
