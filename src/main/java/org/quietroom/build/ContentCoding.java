package org.quietroom.build;

import java.util.List;
import java.util.Locale;

/**
 * The content codings the build writes next to each compressible file ({@link Precompress}) and the servers send
 * ({@link SiteServer}, the hosts in {@code deploy/}): {@code NAME.br} and {@code NAME.gz}. This class depends on
 * no compression library, so {@code scripts/serve} runs on {@code target/classes} alone.
 */
public enum ContentCoding {
    /** Brotli (RFC 7932), the smaller; preferred when a client accepts both equally. */
    BROTLI("br", ".br"),
    /** gzip (RFC 1952), for clients without brotli. */
    GZIP("gzip", ".gz");

    /**
     * The extensions of the files worth compressing: text and WebAssembly. Images other than SVG, zips and the
     * like are compressed already. The host configurations in {@code deploy/} name the same list.
     */
    public static final List<String> COMPRESSIBLE = List.of(
            ".html", ".css", ".js", ".mjs", ".json", ".svg", ".txt", ".wasm", ".webmanifest", ".xml");

    private final String token;
    private final String suffix;

    ContentCoding(String token, String suffix) {
        this.token = token;
        this.suffix = suffix;
    }

    /** The coding's name in {@code Accept-Encoding} and {@code Content-Encoding}. */
    public String token() {
        return token;
    }

    /** What the build appends to a file's name for its compressed copy. */
    public String suffix() {
        return suffix;
    }

    /** Whether a file of this name gets compressed copies (by its extension, case-insensitively). */
    public static boolean compressible(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String extension : COMPRESSIBLE) {
            if (n.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a path is a compressed copy that the build wrote: {@code NAME.br} or {@code NAME.gz} of a compressible NAME. */
    public static boolean isCopy(String path) {
        for (ContentCoding coding : values()) {
            if (path.endsWith(coding.suffix)) {
                return compressible(path.substring(0, path.length() - coding.suffix.length()));
            }
        }
        return false;
    }
}
