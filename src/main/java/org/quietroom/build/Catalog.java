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
 * One language's message catalog ({@code src/main/messages/<lang>.properties}, UTF-8), listed in
 * {@code languages.txt}. A key missing from a language falls back to English, key by key.
 */
public final class Catalog implements org.quietroom.core.Words {
    /** The reference language: every key exists here. */
    public static final String REFERENCE = "en";

    private final String lang;
    private final Map<String, String> own;
    private final Map<String, String> merged;
    private final boolean partial;

    private Catalog(String lang, Map<String, String> own, Map<String, String> fallback, boolean partial) {
        this.lang = lang;
        this.own = own;
        this.partial = partial;
        Map<String, String> m = new TreeMap<>(fallback);
        m.putAll(own);
        this.merged = m;
    }

    /** Every catalog listed in {@code languages.txt} beside the catalogs, in its order (English first). */
    public static List<Catalog> loadAll(Path dir) throws IOException {
        Map<String, String> reference = read(dir.resolve(REFERENCE + ".properties"));
        List<Catalog> catalogs = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("languages.txt"), StandardCharsets.UTF_8)) {
            String entry = line.trim();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String lang = entry.split("\\s+")[0];
            boolean partial = entry.endsWith(" partial");
            Path file = dir.resolve(lang + ".properties");
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("languages.txt lists " + lang + " but there is no " + file);
            }
            catalogs.add(lang.equals(REFERENCE) ? new Catalog(REFERENCE, reference, Map.of(), false)
                    : new Catalog(lang, read(file), reference, partial));
        }
        if (catalogs.isEmpty() || !catalogs.get(0).lang().equals(REFERENCE)) {
            throw new IllegalStateException("languages.txt must list " + REFERENCE + " first");
        }
        return catalogs;
    }

    /** True for a language listed as partial: built, but allowed to lack keys. */
    public boolean partial() {
        return partial;
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

    @Override
    public boolean has(String key) {
        return merged.containsKey(key);
    }

    @Override
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
