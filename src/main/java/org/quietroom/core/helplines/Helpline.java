package org.quietroom.core.helplines;

import java.util.List;

/**
 * One built-in service of one country: a domestic-abuse helpline or the emergency number. Only numbers and
 * addresses are here; its words (name, hours, languages, cost, what it leaves behind) are in the catalogs under
 * {@code helplines.<id>.*}, one key per {@link Facet} the entry has, so they can be translated. Each entry was
 * copied from {@link #sourceUrl()} on {@link #checkedOn()}; the page shows that date ("checked on ..."), so a copy
 * hosted for years says how old its numbers are. The verbatim excerpt each number was taken from is kept beside
 * the data in {@code src/main/helplines/sources.tsv} (not compiled into the page) and a JVM test checks every
 * number against it.
 *
 * @param id        stable id, used in message keys and in {@code sources.tsv}
 * @param country   ISO 3166-1 alpha-2 code, upper case
 * @param kind      helpline or emergency number
 * @param phone     a number to call, as the source writes it (digits, spaces, hyphens); empty when none
 * @param sms       a number to text; empty when none
 * @param whatsapp  a WhatsApp number (messages only); empty when none
 * @param web       the service's own {@code https://} address, only when the source names it; empty when none
 * @param sourceUrl the page the numbers were copied from (the service's own or a government page)
 * @param checkedOn the day the source was read, {@code YYYY-MM-DD}
 * @param facets    the texts the catalogs hold for this entry, in the order the page shows them
 */
public record Helpline(String id, String country, Kind kind, String phone, String sms, String whatsapp, String web,
        String sourceUrl, String checkedOn, List<Facet> facets) {

    /** What sort of service an entry is. */
    public enum Kind {
        /** A domestic-abuse helpline: talk things through, plan, find local services. */
        HELPLINE,
        /** The number to call in danger now. */
        EMERGENCY
    }

    /** A text the catalogs hold for an entry, under {@code helplines.<id>.<facet key>}. */
    public enum Facet {
        /** Always present: the service's name. */
        LABEL("label"),
        /** When it answers, as the source states it. */
        HOURS("hours"),
        /** What it costs to call, as the source states it. */
        COST("cost"),
        /** Languages it answers in, as the source states it. */
        LANGUAGES("languages"),
        /** How to reach it other than by calling (text keyword, WhatsApp, chat), as the source states it. */
        CHANNELS("channels"),
        /** What a call leaves behind (bill, call log), the safer statement where sources disagree. */
        TRACES("traces"),
        /** Anything else the source says a caller should know first. */
        NOTE("note");

        private final String key;

        Facet(String key) {
            this.key = key;
        }

        /** The last part of the catalog key. */
        public String key() {
            return key;
        }
    }

    public Helpline {
        if (id == null || country == null || kind == null || phone == null || sms == null || whatsapp == null
                || web == null || sourceUrl == null || checkedOn == null || facets == null) {
            throw new IllegalArgumentException("every part of a helpline must be non-null");
        }
        if (facets.isEmpty() || facets.get(0) != Facet.LABEL) {
            throw new IllegalArgumentException("a helpline's first text is its name: " + id);
        }
        facets = List.copyOf(facets);
    }

    /** The catalog key of one of this entry's texts. */
    public String key(Facet facet) {
        return "helplines." + id + "." + facet.key();
    }

    /** Every catalog key this entry uses, in the order of {@link #facets()}. */
    public List<String> keys() {
        String[] out = new String[facets.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = key(facets.get(i));
        }
        return List.of(out);
    }
}
