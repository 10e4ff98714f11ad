package org.quietroom.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.quietroom.core.WordList;

/**
 * A short, human build fingerprint: four words from the SHA-256 of the whole site, so a person can compare
 * what they were served with a fingerprint published elsewhere (a printed flyer, the organisation's account).
 *
 * <p>The pages show the fingerprint, so it cannot cover itself: it is computed with the text inside every
 * {@code <span id="fingerprint">...</span>} removed, and over every file but {@code SHA256SUMS} and the
 * compressed copies ({@code NAME.br}, {@code NAME.gz}: {@link Precompress} makes them from the finished files,
 * fingerprint included, so they cannot be covered; {@code SHA256SUMS} lists them, and they decompress to
 * exactly the files the fingerprint covers). A page
 * cannot authenticate itself (whoever can rewrite the page can rewrite the words it shows): the fingerprint is
 * a way to compare, and {@code scripts/verify-site} is the way to check every byte.
 */
public final class Fingerprint {
    static final String OPEN = "<span id=\"fingerprint\">";
    static final String CLOSE = "</span>";

    /** 256 short, neutral, easy-to-say English words: one per byte of the hash ({@link WordList}). */
    static final List<String> WORDS = WordList.WORDS;

    private Fingerprint() {
    }

    /** The fingerprint of a built site folder. */
    public static String of(Path site) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (var walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = site.relativize(p).toString().replace('\\', '/');
                if (!rel.equals("SHA256SUMS") && !ContentCoding.isCopy(rel)) {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return of(files);
    }

    /** The fingerprint of a site given as path → bytes. */
    public static String of(TreeMap<String, byte[]> files) {
        StringBuilder manifest = new StringBuilder();
        for (var e : files.entrySet()) {
            byte[] bytes = e.getKey().endsWith(".html") ? withoutFingerprint(e.getValue()) : e.getValue();
            manifest.append(SiteBuilder.sha256Hex(bytes)).append("  ").append(e.getKey()).append('\n');
        }
        byte[] hash = SiteBuilder.digest("SHA-256", manifest.toString().getBytes(StandardCharsets.UTF_8));
        return WORDS.get(hash[0] & 0xff) + "-" + WORDS.get(hash[1] & 0xff) + "-" + WORDS.get(hash[2] & 0xff) + "-"
                + WORDS.get(hash[3] & 0xff);
    }

    /** The page with the text of its fingerprint span removed. */
    static byte[] withoutFingerprint(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (true) {
            int open = s.indexOf(OPEN, i);
            if (open < 0) {
                out.append(s, i, s.length());
                break;
            }
            int close = s.indexOf(CLOSE, open);
            out.append(s, i, open + OPEN.length());
            i = close < 0 ? s.length() : close;
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Puts the words into every fingerprint span of a page. */
    static String fill(String html, String words) {
        return new String(withoutFingerprint(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)
                .replace(OPEN + CLOSE, OPEN + words + CLOSE);
    }
}
