package org.quietroom.core;


/** Snapshots of typical browsers, as the probe would read them, for the check tests. */
public final class SnapshotFixtures {
    public static final String CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

    private SnapshotFixtures() {
    }

    /** A plain visit over https to the expected host in a fresh tab: top level, no automation, nothing added. */
    public static Snapshot.Builder plainHttps() {
        return Snapshot.builder()
                .protocol("https:")
                .secureContext(Tri.YES)
                .hostname("quietroom.app")
                .origin("https://quietroom.app")
                .userAgent(CHROME_WINDOWS)
                .webdriver(Tri.NO)
                .historyLength(1)
                .referrerOrigin("")
                .framed(Tri.NO)
                .tier("wasm")
                .webAssembly(Tri.YES)
                .brave(Tri.NO)
                .cspCanaryRan(Tri.NO)
                .cspViolations(0)
                .scriptCount(3)
                .pageWatched(Tri.YES)
                .cookieLength(0)
                .localStorageLength(0)
                .serviceWorkerCount(0);
    }

    /** A browser that answered nothing: every API missing. */
    public static Snapshot.Builder silent() {
        return Snapshot.builder();
    }
}
