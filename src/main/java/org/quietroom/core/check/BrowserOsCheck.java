package org.quietroom.core.check;

import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;
import org.quietroom.core.platform.Platform;

/**
 * Which browser and operating system this looks like, from the User-Agent string. Informational
 * only: it picks the menus the guided steps name, and any browser can claim to be another. Product names are
 * proper nouns, so they are evidence, not wording.
 */
public final class BrowserOsCheck implements Check {
    public static final String ID = "browser-os";

    /** The closed set of results. */
    public enum Result implements Reason {
        /** Browser and system recognised. Evidence: browser (with version when known), system. */
        IDENTIFIED(Outcome.OK, "identified"),
        /** Only the browser recognised. Evidence: browser (with version when known). */
        BROWSER_ONLY(Outcome.OK, "browser-only"),
        /** Only the system recognised. Evidence: the system. */
        SYSTEM_ONLY(Outcome.OK, "system-only"),
        /** Neither. */
        NOT_RECOGNISED(Outcome.NOT_CHECKED, "not-recognised");

        private final Outcome outcome;
        private final String key;

        Result(Outcome outcome, String key) {
            this.outcome = outcome;
            this.key = key;
        }

        @Override
        public Outcome outcome() {
            return outcome;
        }

        @Override
        public String key() {
            return key;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reason[] reasons() {
        return Result.values();
    }

    @Override
    public Finding run(Snapshot s) {
        Platform p = Platform.parse(s.userAgent());
        String os = osName(p.os());
        String browser = browserName(p.browser());
        if (browser.isEmpty()) {
            return os.isEmpty() ? Finding.of(ID, Result.NOT_RECOGNISED) : Finding.of(ID, Result.SYSTEM_ONLY, os);
        }
        if (p.majorVersion() >= 0) {
            browser = browser + " " + p.majorVersion();
        }
        if (os.isEmpty()) {
            return Finding.of(ID, Result.BROWSER_ONLY, browser);
        }
        return Finding.of(ID, Result.IDENTIFIED, browser, os);
    }

    static String browserName(Platform.Browser browser) {
        switch (browser) {
            case CHROME:
                return "Chrome";
            case EDGE:
                return "Edge";
            case FIREFOX:
                return "Firefox";
            case SAFARI:
                return "Safari";
            case SAMSUNG:
                return "Samsung Internet";
            default:
                return "";
        }
    }

    static String osName(Platform.Os os) {
        switch (os) {
            case WINDOWS:
                return "Windows";
            case MACOS:
                return "macOS";
            case ANDROID:
                return "Android";
            case IOS:
                return "iOS / iPadOS";
            case CHROMEOS:
                return "ChromeOS";
            case LINUX:
                return "Linux";
            default:
                return "";
        }
    }
}
