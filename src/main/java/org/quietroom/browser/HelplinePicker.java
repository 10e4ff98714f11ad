package org.quietroom.browser;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.helplines.CountryGuess;
import org.quietroom.core.helplines.CountryGuessText;
import org.quietroom.core.helplines.Helpline;
import org.quietroom.core.helplines.Helplines;
import org.quietroom.core.preset.PresetResult;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The built-in helplines of one country first: the page lists every country's (they show without JavaScript);
 * this picks the country from the advocate's link, the device's time zone and its languages
 * ({@link CountryGuess}), says how it guessed, and lets the person pick another. Nothing is requested or stored.
 */
final class HelplinePicker {
    private final JsWindow window;
    private final HTMLDocument document;
    private final Messages messages;
    private CountryGuess.Guess guess;
    private boolean chosen;
    private String country = "";
    private final List<Runnable> listeners = new ArrayList<>();

    private HelplinePicker(JsWindow window, Messages messages) {
        this.window = window;
        this.document = window.getDocument();
        this.messages = messages;
    }

    /**
     * Guesses from the link's country (if any), shows that country, offers the picker and says it again in each new
     * language. Null when that failed: the static list of every country's helplines stays, all of it shown, and the
     * plan names none.
     */
    static HelplinePicker start(JsWindow window, Messages messages, PresetResult link, LanguageSwitch languages) {
        try {
            HelplinePicker picker = new HelplinePicker(window, messages);
            picker.start(link.isOk() ? link.preset().country() : "");
            languages.onChange(picker::redraw);
            return picker;
        } catch (Throwable e) {
            return null;
        }
    }

    private void start(String linkCountry) {
        HTMLElement select = document.getElementById("helplines-country");
        if (select == null) {
            return;
        }
        guess = CountryGuess.guess(linkCountry, timeZone(), languages());
        show(guess.country());
        select.addEventListener("change", (EventListener<Event>) event -> {
            chosen = true;
            show(((JsValue) (JSObject) select).getValue());
            for (Runnable r : listeners) {
                r.run();
            }
        });
        Dom.setHidden(document.getElementById("helplines-pick"), false);
        Dom.setHidden(document.getElementById("helplines-guess"), false);
    }

    /** The country shown, or empty for every country. */
    String country() {
        return country;
    }

    /** The helplines of the country shown (none when every country shows): the plan names them. */
    List<Helpline> chosen() {
        return country.isEmpty() ? List.of() : Helplines.forCountry(country);
    }

    /** Runs after the person picks another country. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** The sentence about the choice, again in the page's language now. */
    void redraw() {
        HTMLElement said = document.getElementById("helplines-guess");
        if (said == null || guess == null) {
            return;
        }
        Dom.setText(document, said, chosen ? CountryGuessText.chosen(country, messages)
                : CountryGuessText.sentence(guess, messages));
    }

    private void show(String wanted) {
        country = Helplines.isKnownCountry(wanted) ? wanted : "";
        ((JsValue) (JSObject) document.getElementById("helplines-country")).setValue(country);
        NodeList<? extends Element> sections = document.querySelectorAll("#helplines section[data-country]");
        for (int i = 0; i < sections.getLength(); i++) {
            HTMLElement section = (HTMLElement) sections.get(i);
            // Every country: those with no helpline yet are left out, or the same sentence would show for each.
            boolean none = section.getAttribute("class").indexOf("helplines__country--none") >= 0;
            Dom.setHidden(section, country.isEmpty() ? none : !country.equals(section.getAttribute("data-country")));
        }
        redraw();
    }

    private String timeZone() {
        try {
            JsIntl intl = window.getIntl();
            if (Js.missing(intl)) {
                return "";
            }
            JSString zone = intl.dateTimeFormat().resolvedOptions().getTimeZone();
            return Js.missing(zone) ? "" : zone.stringValue();
        } catch (Throwable e) {
            return "";
        }
    }

    private List<String> languages() {
        return LanguageSwitch.browserLanguages(window);
    }
}
