package org.quietroom.core.preset;

/**
 * The whole link an advocate sends: the address of the page for the person they support, then {@code #} and
 * the preset ({@link PresetCodec#encode}). The preset stays after the {@code #}, so browsers never send it to
 * the server (RFC 3986 §3.5).
 */
public final class PresetLink {
    private PresetLink() {
    }

    /**
     * The address of the page for the person, seen from a page of the same site: the same scheme and host, and
     * the folder of {@code pathname} (the link-making page sits beside {@code index.html}). For
     * {@code https:}, {@code example.org} and {@code /quietroom/build.html} that is
     * {@code https://example.org/quietroom/}; at the root of a site it is the origin followed by {@code /}.
     * Any {@code ?query} is left out on purpose: it would reach the server.
     *
     * @param protocol {@code location.protocol}, with its colon ({@code https:})
     * @param host     {@code location.host}, with a port if there is one
     * @param pathname {@code location.pathname}
     */
    public static String pageAddress(String protocol, String host, String pathname) {
        String path = pathname == null ? "" : pathname;
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "/" : path.substring(0, slash + 1);
        return (protocol == null ? "" : protocol) + "//" + (host == null ? "" : host) + folder;
    }

    /** {@code pageAddress} followed by {@code #} and the encoded preset. */
    public static String of(String pageAddress, Preset preset) {
        return pageAddress + "#" + PresetCodec.encode(preset);
    }
}
