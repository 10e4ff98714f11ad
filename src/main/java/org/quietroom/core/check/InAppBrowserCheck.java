package org.quietroom.core.check;

import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.Reason;
import org.quietroom.core.Snapshot;

/**
 * Whether this page is open in an app's built-in browser: the most common real way code
 * gets into a page. Apps can add their own scripts to every page they show (KrauseFx, "iOS Privacy:
 * Instagram and Facebook can track anything you do on any website in their in-app browser", 2022); the person
 * can simply open the page in their own browser. Apps that hide their token are not recognised.
 */
public final class InAppBrowserCheck implements Check {
    public static final String ID = "in-app-browser";

    /** The closed set of results. */
    public enum Result implements Reason {
        /** No sign of an app's browser. */
        NOT_FOUND(Outcome.OK, "not-found"),
        /** A named app's browser. Evidence: the app's name. */
        APP(Outcome.RISK, "app"),
        /** The Google app's browser: it can see the page too, but it is Google's own search app. */
        GOOGLE_APP(Outcome.CAUTION, "google-app"),
        /** An unnamed Android app's WebView. */
        ANDROID_WEBVIEW(Outcome.CAUTION, "android-webview"),
        /** An unnamed iOS app's web view, or a web app on the Home Screen. */
        IOS_WEBVIEW(Outcome.CAUTION, "ios-webview"),
        UNKNOWN(Outcome.UNKNOWN, "unknown");

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
        AppBrowsers.Detected detected = AppBrowsers.detect(s.userAgent());
        switch (detected.kind()) {
            case NAMED_APP:
                return Finding.of(ID, Result.APP, detected.name());
            case GOOGLE_APP:
                return Finding.of(ID, Result.GOOGLE_APP);
            case ANDROID_WEBVIEW:
                return Finding.of(ID, Result.ANDROID_WEBVIEW);
            case IOS_WEBVIEW:
                return Finding.of(ID, Result.IOS_WEBVIEW);
            case NONE:
                return Finding.of(ID, Result.NOT_FOUND);
            default:
                return Finding.of(ID, Result.UNKNOWN);
        }
    }
}
