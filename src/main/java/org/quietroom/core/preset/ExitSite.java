package org.quietroom.core.preset;

/**
 * One everyday website the quick exit can lead to: a page that answers 200 with HTML to anyone, with nothing
 * personal in its address, that a person might plausibly have open (weather, news, recipes).
 *
 * @param id       stable id, carried by a link ({@link PresetCodec}) and used in message keys; lower-case ASCII
 * @param url      the {@code https://} address, with no query and no fragment
 * @param name     what the page shows as "Exit goes to: ..." (a proper name, the same in every language)
 * @param language the page language this site suits best ({@code en}, {@code es}), or empty for any
 * @param region   ISO 3166-1 alpha-2 code of the country it suits best, or empty for any
 */
public record ExitSite(String id, String url, String name, String language, String region) {
    public ExitSite {
        if (id == null || url == null || name == null || language == null || region == null) {
            throw new IllegalArgumentException("every part of an exit site must be non-null");
        }
    }

    /** The host of {@link #url()}, e.g. {@code www.bbc.co.uk}. */
    public String host() {
        return HttpsUrl.host(url);
    }
}
