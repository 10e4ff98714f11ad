package org.quietroom.core;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The reference catalog, read the way the site builder reads it (UTF-8), for tests about wording and keys. */
public final class EnglishCatalog {
    public static final Path FILE = Path.of("src/main/messages/en.properties");

    private static Map<String, String> cached;

    private EnglishCatalog() {
    }

    /** Every key and its text. */
    public static synchronized Map<String, String> messages() {
        if (cached == null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> map = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                map.put(key, p.getProperty(key));
            }
            cached = map;
        }
        return cached;
    }
}
