package org.quietroom.core.helplines;

import static org.quietroom.core.helplines.Helpline.Facet.CHANNELS;
import static org.quietroom.core.helplines.Helpline.Facet.COST;
import static org.quietroom.core.helplines.Helpline.Facet.HOURS;
import static org.quietroom.core.helplines.Helpline.Facet.LABEL;
import static org.quietroom.core.helplines.Helpline.Facet.NOTE;
import static org.quietroom.core.helplines.Helpline.Facet.TRACES;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.helplines.Helpline.Facet;
import org.quietroom.core.helplines.Helpline.Kind;

/**
 * The built-in helplines and emergency numbers, by country. "No source, no ship": an entry is here only when
 * its numbers were read on the service's own page or a government page, and the verbatim excerpt is in
 * {@code src/main/helplines/sources.tsv}; {@code HelplineSourcesTest} fails when a number, or a number in an
 * entry's wording, is not in its excerpt. Countries and services that could not be sourced are listed in the
 * README with the reason. Adding one: README, "Built-in helplines by country".
 */
public final class Helplines {
    /** The day every entry below was checked against its source. */
    public static final String CHECKED_ON = "2026-12-03";

    /**
     * Countries the page knows about (the time-zone table maps to these), in the order the country picker lists
     * them. A country may have no entry yet (its sources were not found): the page then says so and shows the
     * general emergency advice.
     */
    public static final List<String> COUNTRIES = List.of("US", "CA", "GB", "IE", "AU", "NZ", "ES", "MX", "AR",
            "CO", "CL", "PE");

    /** Every entry, grouped by country in the order of {@link #COUNTRIES}, the helpline before the emergency. */
    public static final List<Helpline> ALL = List.of(
            helpline("us-hotline", "US", "800-799-7233", "88788", "", "",
                    "https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts",
                    LABEL, HOURS, CHANNELS, NOTE),
            emergency("ca-emergency", "CA", "9-1-1", "https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html",
                    LABEL, NOTE),
            helpline("gb-helpline", "GB", "0808 2000 247", "", "", "https://www.nationaldahelpline.org.uk/",
                    "https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims",
                    LABEL, HOURS, COST),
            emergency("gb-emergency", "GB", "999",
                    "https://youth.devon-cornwall.police.uk/young-people/crime-and-the-law/contacting-the-police",
                    LABEL, COST),
            helpline("ie-womens-aid", "IE", "1800 341 900", "", "", "",
                    "https://gov.ie/ga/an-roinn-dl%C3%AD-agus-cirt/foilseachain/information-for-survivors-of-domestic-violence",
                    LABEL, HOURS, COST, NOTE),
            helpline("ie-male-advice", "IE", "1800 816 588", "", "", "",
                    "https://gov.ie/ga/an-roinn-dl%C3%AD-agus-cirt/foilseachain/information-for-survivors-of-domestic-violence",
                    LABEL, NOTE),
            emergency("ie-emergency", "IE", "999",
                    "https://gov.ie/ga/an-roinn-dl%C3%AD-agus-cirt/foilseachain/information-for-survivors-of-domestic-violence",
                    LABEL, NOTE),
            helpline("au-1800respect", "AU", "1800 737 732", "", "", "",
                    "https://www.surfcoast.vic.gov.au/My_Community/Domestic_violence", LABEL, HOURS),
            emergency("au-emergency", "AU", "000", "https://www.surfcoast.vic.gov.au/My_Community/Domestic_violence",
                    LABEL),
            helpline("nz-womens-refuge", "NZ", "0800 733 843", "", "", "",
                    "https://womensrefuge.org.nz/home/covid-19-update/", LABEL, HOURS, NOTE),
            emergency("nz-emergency", "NZ", "111", "https://womensrefuge.org.nz/home/covid-19-update/", LABEL),
            helpline("es-016", "ES", "016", "", "600 000 016", "",
                    "https://mugardos.gal/a-delegacion-do-goberno-contra-a-violencia-de-xenero-informa/",
                    LABEL, CHANNELS, NOTE, TRACES),
            helpline("co-155", "CO", "155", "", "", "",
                    "https://www.policia.gov.co/noticia/policia-nacional-sensibiliza-comunidad-sobre-uso-las-lineas-emergencia-123-155",
                    LABEL, HOURS),
            emergency("co-emergency", "CO", "123",
                    "https://www.policia.gov.co/noticia/policia-nacional-sensibiliza-comunidad-sobre-uso-las-lineas-emergencia-123-155",
                    LABEL, HOURS, COST),
            helpline("cl-1455", "CL", "1455", "", "", "", "https://minmujeryeg.gob.cl/?page_id=4023",
                    LABEL, HOURS, COST, NOTE));

    private Helplines() {
    }

    /** The entries of one country, in the order of {@link #ALL}; empty when it has none. */
    public static List<Helpline> forCountry(String country) {
        List<Helpline> out = new ArrayList<>();
        for (Helpline h : ALL) {
            if (h.country().equals(country)) {
                out.add(h);
            }
        }
        return out;
    }

    /** True when {@code country} is one of {@link #COUNTRIES}. */
    public static boolean isKnownCountry(String country) {
        return COUNTRIES.contains(country);
    }

    /** Every catalog key the entries use, for the catalog tests. */
    public static List<String> possibleKeys() {
        List<String> keys = new ArrayList<>();
        for (Helpline h : ALL) {
            keys.addAll(h.keys());
        }
        return keys;
    }

    private static Helpline helpline(String id, String country, String phone, String sms, String whatsapp,
            String web, String source, Facet... facets) {
        return new Helpline(id, country, Kind.HELPLINE, phone, sms, whatsapp, web, source, CHECKED_ON,
                List.of(facets));
    }

    private static Helpline emergency(String id, String country, String phone, String source, Facet... facets) {
        return new Helpline(id, country, Kind.EMERGENCY, phone, "", "", "", source, CHECKED_ON, List.of(facets));
    }
}
