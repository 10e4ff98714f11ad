package org.quietroom.build;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One language's message catalog ({@code src/main/messages/<lang>.properties}, UTF-8). A key missing from a
 * language falls back to English, key by key.
 */
public final class Catalog {
    /** The reference language: every key exists here. */
    public static final String REFERENCE = "en";

    private final String lang;
    private final Map<String, String> own;
    private final Map<String, String> merged;

    private Catalog(String lang, Map<String, String> own, Map<String, String> fallback) {
        this.lang = lang;
        this.own = own;
        Map<String, String> m = new TreeMap<>(fallback);
        m.putAll(own);
        this.merged = m;
    }

    /** Every catalog in the folder, English first, then by language code. */
    public static List<Catalog> loadAll(Path dir) throws IOException {
        Map<String, String> reference = read(dir.resolve(REFERENCE + ".properties"));
        List<Catalog> catalogs = new ArrayList<>();
        catalogs.add(new Catalog(REFERENCE, reference, Map.of()));
        List<Path> files = new ArrayList<>();
        try (var stream = Files.list(dir)) {
            stream.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().forEach(files::add);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String lang = name.substring(0, name.length() - ".properties".length());
            if (!lang.equals(REFERENCE)) {
                catalogs.add(new Catalog(lang, read(file), reference));
            }
        }
        return catalogs;
    }

    static Map<String, String> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> map = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            map.put(key, p.getProperty(key));
        }
        return map;
    }

    public String lang() {
        return lang;
    }

    /** Keys this language defines itself (no fallback). */
    public Map<String, String> own() {
        return own;
    }

    /** Every key, with English where this language has none. */
    public Map<String, String> messages() {
        return merged;
    }

    public String get(String key) {
        String value = merged.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No message '" + key + "' in catalog " + lang);
        }
        return value;
    }

    /** Text direction of the language. */
    public String dir() {
        String d = merged.get("page.dir");
        return d == null ? "ltr" : d;
    }
}
