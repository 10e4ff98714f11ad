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
            cached = read(FILE);
        }
        return cached;
    }

    /** Every key and its text in one shipped language's catalog ({@code src/main/messages/<code>.properties}). */
    public static Map<String, String> messages(String language) {
        return language.equals("en") ? messages() : read(Path.of("src/main/messages/" + language + ".properties"));
    }

    private static Map<String, String> read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            map.put(key, p.getProperty(key));
        }
        return map;
    }
}
