package org.quietroom.core.helplines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which country's helplines the page shows first, from what the page already has and nothing it must ask for:
 * a country named by an advocate's link, the browser's time zone
 * ({@code Intl.DateTimeFormat().resolvedOptions().timeZone}) and its languages ({@code navigator.languages}).
 * No request, nothing stored. The result says how it guessed ({@link Reason} and {@link Guess#evidence()}) so
 * the page can say it plainly ("because this device's clock is set to Mexico City's time"), and the person can
 * pick another country.
 *
 * <p>Order: the link's country wins (an advocate knows where the person is); then the time zone, which says
 * where the device's clock is set, not where the person's language comes from; a zone shared by two countries
 * (the POSIX-style {@code EST5EDT} family is used by both the United States and Canada) is settled by a
 * language that names one of them ({@code en-CA}, {@code fr-CA}, {@code es-US}); then a language's region
 * alone ({@code es-MX}); else no guess. A language without a region ({@code es}) never picks a country:
 * Spanish is spoken in many. The table covers {@link Helplines#COUNTRIES}; a zone outside it is no evidence.
 */
public final class CountryGuess {

    /** How the country was chosen. */
    public enum Reason {
        /** The advocate's link named it. */
        LINK,
        /** The device's time zone belongs to it. */
        TIME_ZONE,
        /** The time zone is shared by several countries and a browser language named one of them. */
        TIME_ZONE_AND_LANGUAGE,
        /** A browser language's region named it (the time zone said nothing). */
        LANGUAGE,
        /** Nothing pointed to a country. */
        NONE
    }

    /**
     * The guess.
     *
     * @param country  ISO 3166-1 alpha-2, upper case; empty for {@link Reason#NONE}
     * @param reason   how it was chosen
     * @param evidence what the page can quote: the link's country code, the time-zone id, or the language tag
     *                 (for {@link Reason#TIME_ZONE_AND_LANGUAGE}, the language tag); empty for NONE
     */
    public record Guess(String country, Reason reason, String evidence) {
    }

    private static final Guess NO_GUESS = new Guess("", Reason.NONE, "");

    private static final Map<String, String> ZONES = new HashMap<>();
    private static final Map<String, List<String>> SHARED = new HashMap<>();

    static {
        zones("US", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
                "America/Phoenix", "America/Anchorage", "Pacific/Honolulu", "America/Detroit", "America/Boise",
                "America/Juneau", "America/Sitka", "America/Nome", "America/Adak", "America/Metlakatla",
                "America/Yakutat", "America/Menominee", "America/Indiana/Indianapolis", "America/Indiana/Knox",
                "America/Indiana/Marengo", "America/Indiana/Petersburg", "America/Indiana/Tell_City",
                "America/Indiana/Vevay", "America/Indiana/Vincennes", "America/Indiana/Winamac",
                "America/Indianapolis", "America/Fort_Wayne", "America/Knox_IN", "America/Louisville",
                "America/Kentucky/Louisville", "America/Kentucky/Monticello", "America/North_Dakota/Beulah",
                "America/North_Dakota/Center", "America/North_Dakota/New_Salem", "America/Shiprock",
                "America/Atka", "Pacific/Johnston", "US/Eastern", "US/Central", "US/Mountain", "US/Pacific",
                "US/Arizona", "US/Alaska", "US/Hawaii", "US/Aleutian", "US/East-Indiana", "US/Indiana-Starke",
                "US/Michigan", "Navajo");
        zones("CA", "America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
                "America/Halifax", "America/St_Johns", "America/Regina", "America/Moncton", "America/Glace_Bay",
                "America/Goose_Bay", "America/Whitehorse", "America/Dawson", "America/Dawson_Creek",
                "America/Fort_Nelson", "America/Creston", "America/Iqaluit", "America/Rankin_Inlet",
                "America/Resolute", "America/Cambridge_Bay", "America/Inuvik", "America/Swift_Current",
                "America/Atikokan", "America/Blanc-Sablon", "America/Nipigon", "America/Thunder_Bay",
                "America/Rainy_River", "America/Pangnirtung", "America/Yellowknife", "America/Montreal",
                "America/Coral_Harbour", "Canada/Eastern", "Canada/Central", "Canada/Mountain", "Canada/Pacific",
                "Canada/Atlantic", "Canada/Newfoundland", "Canada/Saskatchewan", "Canada/Yukon");
        zones("GB", "Europe/London", "Europe/Belfast", "GB", "GB-Eire");
        zones("IE", "Europe/Dublin", "Eire");
        zones("AU", "Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth",
                "Australia/Adelaide", "Australia/Hobart", "Australia/Darwin", "Australia/Lindeman",
                "Australia/Broken_Hill", "Australia/Eucla", "Australia/Lord_Howe", "Australia/Currie",
                "Australia/ACT", "Australia/Canberra", "Australia/NSW", "Australia/North", "Australia/Queensland",
                "Australia/South", "Australia/Tasmania", "Australia/Victoria", "Australia/West",
                "Australia/Yancowinna", "Australia/LHI", "Antarctica/Macquarie");
        zones("NZ", "Pacific/Auckland", "Pacific/Chatham", "NZ", "NZ-CHAT");
        zones("ES", "Europe/Madrid", "Africa/Ceuta", "Atlantic/Canary");
        zones("MX", "America/Mexico_City", "America/Cancun", "America/Merida", "America/Monterrey",
                "America/Matamoros", "America/Chihuahua", "America/Ciudad_Juarez", "America/Ojinaga",
                "America/Mazatlan", "America/Bahia_Banderas", "America/Hermosillo", "America/Tijuana",
                "America/Ensenada", "America/Santa_Isabel", "Mexico/General", "Mexico/BajaNorte",
                "Mexico/BajaSur");
        zones("AR", "America/Argentina/Buenos_Aires", "America/Argentina/Cordoba", "America/Argentina/Salta",
                "America/Argentina/Jujuy", "America/Argentina/Tucuman", "America/Argentina/Catamarca",
                "America/Argentina/La_Rioja", "America/Argentina/San_Juan", "America/Argentina/Mendoza",
                "America/Argentina/San_Luis", "America/Argentina/Rio_Gallegos", "America/Argentina/Ushuaia",
                "America/Argentina/ComodRivadavia", "America/Buenos_Aires", "America/Cordoba",
                "America/Catamarca", "America/Jujuy", "America/Mendoza", "America/Rosario");
        zones("CO", "America/Bogota");
        zones("CL", "America/Santiago", "America/Punta_Arenas", "Pacific/Easter", "Chile/Continental",
                "Chile/EasterIsland");
        zones("PE", "America/Lima");
        List<String> northAmerica = List.of("US", "CA");
        for (String zone : new String[] {"EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT"}) {
            SHARED.put(zone, northAmerica);
        }
    }

    private CountryGuess() {
    }

    private static void zones(String country, String... ids) {
        for (String id : ids) {
            ZONES.put(id, country);
        }
    }

    /**
     * The guess.
     *
     * @param linkCountry the country an advocate's link names, or empty (the link format's optional
     *                    {@code country} field); any two ASCII letters, case ignored
     * @param timeZone    the browser's IANA time-zone id, or empty when unknown
     * @param languages   the browser's language tags, most preferred first; may be empty
     */
    public static Guess guess(String linkCountry, String timeZone, List<String> languages) {
        String link = alpha2(linkCountry);
        if (!link.isEmpty()) {
            return new Guess(link, Reason.LINK, link);
        }
        String zone = timeZone == null ? "" : timeZone;
        String byZone = ZONES.get(zone);
        if (byZone != null) {
            return new Guess(byZone, Reason.TIME_ZONE, zone);
        }
        List<String> shared = SHARED.get(zone);
        if (shared != null) {
            for (String tag : languages) {
                String region = region(tag);
                if (shared.contains(region)) {
                    return new Guess(region, Reason.TIME_ZONE_AND_LANGUAGE, tag);
                }
            }
            return NO_GUESS;
        }
        for (String tag : languages) {
            String region = region(tag);
            if (Helplines.isKnownCountry(region)) {
                return new Guess(region, Reason.LANGUAGE, tag);
            }
        }
        return NO_GUESS;
    }

    /** The country a time-zone id belongs to in the table, or empty (unknown or shared). */
    public static String countryOfZone(String timeZone) {
        String c = ZONES.get(timeZone);
        return c == null ? "" : c;
    }

    /**
     * The place a time-zone id is named after, for the page's sentence: its last part with underscores as
     * spaces ({@code America/Argentina/Buenos_Aires} is "Buenos Aires", {@code America/Mexico_City} is "Mexico
     * City"). The id's English name; the page quotes it as the device's setting.
     */
    public static String placeOfZone(String timeZone) {
        int slash = timeZone.lastIndexOf('/');
        return timeZone.substring(slash + 1).replace('_', ' ');
    }

    /**
     * The region subtag of a BCP 47 language tag, upper case: {@code es-MX} is MX, {@code zh-Hant-TW} is TW,
     * {@code en_GB} is GB; empty when the tag has no two-letter region ({@code es}, {@code es-419}).
     */
    static String region(String tag) {
        if (tag == null) {
            return "";
        }
        String t = tag.replace('_', '-');
        int start = t.indexOf('-');
        while (start >= 0) {
            int end = t.indexOf('-', start + 1);
            String sub = end < 0 ? t.substring(start + 1) : t.substring(start + 1, end);
            if (sub.length() == 1) {
                return "";
            }
            if (sub.length() == 2 && isLetter(sub.charAt(0)) && isLetter(sub.charAt(1))) {
                return upper(sub);
            }
            if (sub.length() == 3 && isDigit(sub.charAt(0))) {
                return "";
            }
            start = end;
        }
        return "";
    }

    private static String alpha2(String code) {
        if (code == null || code.length() != 2 || !isLetter(code.charAt(0)) || !isLetter(code.charAt(1))) {
            return "";
        }
        return upper(code);
    }

    private static String upper(String ascii) {
        char[] out = new char[ascii.length()];
        for (int i = 0; i < out.length; i++) {
            char c = ascii.charAt(i);
            out[i] = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
        }
        return new String(out);
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
