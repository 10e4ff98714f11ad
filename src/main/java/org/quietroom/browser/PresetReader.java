package org.quietroom.browser;

import org.quietroom.core.preset.PresetCodec;
import org.quietroom.core.preset.PresetResult;
import org.teavm.jso.browser.Location;

/**
 * Reads an advocate's preset from the address's fragment, once, when the page starts, and then takes the
 * fragment out of the address bar.
 *
 * <p>{@code history.replaceState(null, '', pathname + search)} rewrites the URL of the current session-history
 * entry: the address bar, Back and Forward, and a reload no longer show or use the fragment. It is not a
 * Trusted Types sink and makes no request. It cannot reach anything outside this tab's session history: the
 * browser's history database may keep the address as it was opened, and the link stays wherever it came from
 * (the message, the chat, the QR code). The README ("For advocates") says so.
 */
final class PresetReader {
    private PresetReader() {
    }

    /** The address's fragment without its '#' (read before {@link #readOnce} removes it), or "". Never throws. */
    static String fragment(JsWindow window) {
        try {
            String hash = window.getLocation().getHash();
            return hash == null ? "" : hash.startsWith("#") ? hash.substring(1) : hash;
        } catch (Throwable e) {
            return "";
        }
    }

    /** The preset, or why there is none. Never throws. */
    static PresetResult readOnce(JsWindow window) {
        String fragment = null;
        Location location = null;
        try {
            location = window.getLocation();
            fragment = location.getHash();
        } catch (Throwable e) {
            // no location: no preset
        }
        try {
            // location.hash is "" both without a fragment and with an empty one ("...#"): ask the whole URL.
            String url = location == null ? null : location.getFullURL();
            if (url != null && url.indexOf('#') >= 0) {
                window.getHistory().replaceState(null, "", location.getPathName() + location.getSearch());
            }
        } catch (Throwable e) {
            // the fragment stays in the address bar; the preset is read all the same
        }
        return PresetCodec.decode(fragment);
    }
}
