package org.quietroom.core.helplines;

import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.Words;
import org.quietroom.core.helplines.CountryGuess.Guess;

/**
 * What the page says about the country whose helplines it shows first: how it guessed, in plain words ("because
 * this device's clock is set to Mexico City's time"), or that the person chose it. The sentences are in the
 * catalogs under {@code helplines.guess.*}; a country's name under {@code country.<code>}.
 */
public final class CountryGuessText {
    /** The sentence after the person picked a country, and after they picked every country. */
    public static final String CHOSEN_KEY = "helpline-list.chosen";
    public static final String CHOSEN_ALL_KEY = "helpline-list.chosen-all";

    private CountryGuessText() {
    }

    /** The catalog key of a country's name. */
    public static String countryKey(String country) {
        return "country." + country;
    }

    /** The catalog key of the sentence for a guess. */
    public static String key(Guess guess) {
        switch (guess.reason()) {
            case LINK:
                return "helpline-list.guess.link";
            case TIME_ZONE:
                return "helpline-list.guess.time-zone";
            case TIME_ZONE_AND_LANGUAGE:
                return "helpline-list.guess.time-zone-language";
            case LANGUAGE:
                return "helpline-list.guess.language";
            default:
                return "helpline-list.guess.none";
        }
    }

    /** The sentence for a guess: {0} the country's name, {1} the place of the time zone or the language tag. */
    public static String sentence(Guess guess, Words words) {
        if (guess.country().isEmpty()) {
            return words.get(key(guess));
        }
        String name = words.get(countryKey(guess.country()));
        String evidence = guess.reason() == CountryGuess.Reason.TIME_ZONE
                ? CountryGuess.placeOfZone(guess.evidence()) : guess.evidence();
        return Text.fill(words.get(key(guess)), List.of(name, evidence));
    }

    /** The sentence once the person picked a country (empty: every country). */
    public static String chosen(String country, Words words) {
        if (country.isEmpty()) {
            return words.get(CHOSEN_ALL_KEY);
        }
        return Text.fill(words.get(CHOSEN_KEY), List.of(words.get(countryKey(country))));
    }

    /** Every key this class may read, for the catalog tests. */
    public static List<String> possibleKeys() {
        String[] keys = new String[Helplines.COUNTRIES.size() + 7];
        int i = 0;
        for (String c : Helplines.COUNTRIES) {
            keys[i++] = countryKey(c);
        }
        for (CountryGuess.Reason r : CountryGuess.Reason.values()) {
            keys[i++] = key(new Guess("", r, ""));
        }
        keys[i++] = CHOSEN_KEY;
        keys[i] = CHOSEN_ALL_KEY;
        return List.of(keys);
    }
}
