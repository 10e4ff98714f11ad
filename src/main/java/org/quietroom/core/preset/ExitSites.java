package org.quietroom.core.preset;

import java.util.List;

/**
 * The built-in list of exit targets an advocate can choose by id, and the default the page uses when a link
 * names none. Each is a public page that answers 200 with HTML and needs no account: a weather service, a news
 * front page or a recipe site. The list is short on purpose: each entry is a promise that the page is harmless
 * and works without a cookie banner hiding it.
 */
public final class ExitSites {
    public static final ExitSite BBC_WEATHER = new ExitSite("bbc-weather", "https://www.bbc.co.uk/weather",
            "BBC Weather", "en", "GB");
    public static final ExitSite WEATHER_GOV = new ExitSite("weather-gov", "https://www.weather.gov/",
            "weather.gov", "en", "US");
    public static final ExitSite WEATHER_CA = new ExitSite("weather-ca", "https://weather.gc.ca/",
            "weather.gc.ca", "en", "CA");
    public static final ExitSite MET_EIREANN = new ExitSite("met-eireann", "https://www.met.ie/",
            "Met \u00c9ireann", "en", "IE");
    public static final ExitSite BOM = new ExitSite("bom", "https://www.bom.gov.au/", "Bureau of Meteorology",
            "en", "AU");
    public static final ExitSite BBC_NEWS = new ExitSite("bbc-news", "https://www.bbc.co.uk/news", "BBC News",
            "en", "");
    public static final ExitSite BBC_FOOD = new ExitSite("bbc-food", "https://www.bbc.co.uk/food", "BBC Food",
            "en", "");
    public static final ExitSite BBC_MUNDO = new ExitSite("bbc-mundo", "https://www.bbc.com/mundo", "BBC Mundo",
            "es", "");
    public static final ExitSite AEMET = new ExitSite("aemet", "https://www.aemet.es/es/portada", "AEMET",
            "es", "ES");
    public static final ExitSite SMN_AR = new ExitSite("smn-ar", "https://www.smn.gob.ar/",
            "Servicio Meteorol\u00f3gico Nacional (Argentina)", "es", "AR");
    public static final ExitSite SMN_MX = new ExitSite("smn-mx", "https://smn.conagua.gob.mx/es/",
            "Servicio Meteorol\u00f3gico Nacional (M\u00e9xico)", "es", "MX");

    /** Every built-in exit target, in the order the link-making page lists them. */
    public static final List<ExitSite> ALL = List.of(BBC_WEATHER, WEATHER_GOV, WEATHER_CA, MET_EIREANN, BOM,
            BBC_NEWS, BBC_FOOD, BBC_MUNDO, AEMET, SMN_AR, SMN_MX);

    private ExitSites() {
    }

    /** The built-in target with this id, or {@code null}. */
    public static ExitSite byId(String id) {
        for (ExitSite s : ALL) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The default for a page in {@code language} (a catalog language such as {@code en} or {@code es}, or a tag
     * such as {@code es-MX}): the first listed site for that language with no region, or with the tag's region
     * when it has one; BBC Weather for any other language.
     */
    public static ExitSite defaultFor(String language) {
        String lang = language == null ? "" : language;
        int dash = lang.indexOf('-');
        String base = dash < 0 ? lang : lang.substring(0, dash);
        String region = dash < 0 ? "" : lang.substring(dash + 1);
        if (!region.isEmpty()) {
            for (ExitSite s : ALL) {
                if (s.language().equals(base) && s.region().equals(region)) {
                    return s;
                }
            }
        }
        if ("es".equals(base)) {
            return BBC_MUNDO;
        }
        return BBC_WEATHER;
    }

    /**
     * Where the quick exit goes for a page in {@code pageLanguage} opened with {@code result} (a decoded link, or
     * {@code null} for none): the link's built-in target or own address when it has one and it was not refused,
     * else {@link #defaultFor} the page's language. Every page with a quick exit (the page for the person, the
     * apps page) asks this, so they all leave for the same place. An own address comes back as an
     * {@link ExitSite} with an empty id, its host as its name.
     */
    public static ExitSite forLink(PresetResult result, String pageLanguage) {
        if (result != null && result.isOk()) {
            Preset p = result.preset();
            if (!p.exitId().isEmpty()) {
                return byId(p.exitId());
            }
            if (!p.exitAddress().isEmpty()) {
                return new ExitSite("", p.exitAddress(), nameOf(p.exitAddress()), "", "");
            }
        }
        return defaultFor(pageLanguage);
    }

    /**
     * The name to show for an exit address: the built-in site's name when the address is one of the list's,
     * else its host ({@code www.example.org}).
     */
    public static String nameOf(String url) {
        for (ExitSite s : ALL) {
            if (s.url().equals(url)) {
                return s.name();
            }
        }
        return HttpsUrl.host(url);
    }
}
