package org.quietroom.core;

import java.util.List;

/** Snapshots of typical browsers, as the probe would read them, for the check tests. */
public final class SnapshotFixtures {
    public static final String CHROME_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

    private SnapshotFixtures() {
    }

    /** A plain visit over https to the expected host, top level, no automation. */
    public static Snapshot.Builder plainHttps() {
        return Snapshot.builder()
                .protocol("https:")
                .secureContext(Tri.YES)
                .hostname("quietroom.app")
                .expectedHosts(List.of("quietroom.app"))
                .userAgent(CHROME_WINDOWS)
                .webdriver(Tri.NO)
                .historyLength(1)
                .referrerOrigin("")
                .framed(Tri.NO);
    }

    /** A browser that answered nothing: every API missing. */
    public static Snapshot.Builder silent() {
        return Snapshot.builder();
    }
}
