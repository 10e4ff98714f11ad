package org.quietroom.core.preset;

import java.util.ArrayList;
import java.util.List;

/**
 * What an advocate's link changes on the page: who sent it, how to reach them, the page's language, title and
 * quick-exit target, the country it is meant for, and a short message. Immutable, and valid by construction:
 * the only way to get one is {@link Builder#build()} (directly, or through {@link PresetCodec#decode}), which
 * checks every field against {@link PresetLimits}, {@link PresetText}, {@link NameRules}, {@link PhoneNumber},
 * {@link HttpsUrl}, {@link ExitRule}, {@link CountryCode} and {@link LanguageTag}, and also that the preset fits
 * in one link.
 *
 * <p>An absent text field is the empty string.
 */
public final class Preset {
    private final String organisation;
    private final List<Contact> contacts;
    private final String language;
    private final String exitAddress;
    private final String exitId;
    private final String title;
    private final String message;
    private final String country;

    private Preset(Builder b, List<Contact> contacts) {
        this.organisation = b.organisation;
        this.contacts = List.copyOf(contacts);
        this.language = b.language;
        this.exitAddress = b.exitAddress;
        this.exitId = b.exitId;
        this.title = b.title;
        this.message = b.message;
        this.country = b.country;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The organisation that made the link, e.g. "Riverside Women's Aid"; empty when not given. */
    public String organisation() {
        return organisation;
    }

    /** Up to {@link PresetLimits#CONTACTS} contacts, in the advocate's order. */
    public List<Contact> contacts() {
        return contacts;
    }

    /** A language tag ({@link LanguageTag}) for the page; empty for the page's own choice. */
    public String language() {
        return language;
    }

    /**
     * Where the quick exit goes: the address of the built-in target {@link #exitId()}, or the advocate's own
     * {@link #exitAddress()}; empty for the page's default ({@link ExitSites#defaultFor}).
     */
    public String exit() {
        if (!exitId.isEmpty()) {
            return ExitSites.byId(exitId).url();
        }
        return exitAddress;
    }

    /** The advocate's own exit address ({@link ExitRule}); empty when not given. */
    public String exitAddress() {
        return exitAddress;
    }

    /** The id of a built-in exit target ({@link ExitSites}); empty when not given. */
    public String exitId() {
        return exitId;
    }

    /** A neutral tab title (so the tab does not say what the page is about); empty for the default. */
    public String title() {
        return title;
    }

    /** A short plain-text message from the advocate; empty when not given. */
    public String message() {
        return message;
    }

    /** The country the link is meant for, an ISO 3166-1 alpha-2 code ({@link CountryCode}); empty when not given. */
    public String country() {
        return country;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Preset)) {
            return false;
        }
        Preset p = (Preset) o;
        return organisation.equals(p.organisation) && contacts.equals(p.contacts) && language.equals(p.language)
                && exitAddress.equals(p.exitAddress) && exitId.equals(p.exitId) && title.equals(p.title)
                && message.equals(p.message) && country.equals(p.country);
    }

    @Override
    public int hashCode() {
        int h = organisation.hashCode();
        h = 31 * h + contacts.hashCode();
        h = 31 * h + language.hashCode();
        h = 31 * h + exitAddress.hashCode();
        h = 31 * h + exitId.hashCode();
        h = 31 * h + title.hashCode();
        h = 31 * h + message.hashCode();
        return 31 * h + country.hashCode();
    }

    @Override
    public String toString() {
        return "Preset[organisation=" + organisation + ", contacts=" + contacts + ", language=" + language
                + ", exitAddress=" + exitAddress + ", exitId=" + exitId + ", title=" + title + ", message=" + message
                + ", country=" + country + "]";
    }

    /**
     * Collects raw values and checks them all in {@link #build()}. Setters never throw; {@code null} means
     * "absent". Text must already be clean: a form should pass typed text through {@link PresetText#clean}
     * and addresses through {@link HttpsUrl#normalise} first. Nothing is repaired here, so a link decodes to
     * exactly what was checked.
     */
    public static final class Builder {
        private String organisation = "";
        private String language = "";
        private String exitAddress = "";
        private String exitId = "";
        private String title = "";
        private String message = "";
        private String country = "";
        private boolean dropRefusedExit;
        private final List<String[]> contacts = new ArrayList<>();

        private Builder() {
        }

        public Builder organisation(String value) {
            this.organisation = orEmpty(value);
            return this;
        }

        public Builder language(String value) {
            this.language = orEmpty(value);
            return this;
        }

        /** The advocate's own exit address. A preset has this or {@link #exitId}, not both. */
        public Builder exit(String value) {
            this.exitAddress = orEmpty(value);
            return this;
        }

        /** The id of a built-in exit target ({@link ExitSites}). */
        public Builder exitId(String value) {
            this.exitId = orEmpty(value);
            return this;
        }

        public Builder title(String value) {
            this.title = orEmpty(value);
            return this;
        }

        public Builder message(String value) {
            this.message = orEmpty(value);
            return this;
        }

        public Builder country(String value) {
            this.country = orEmpty(value);
            return this;
        }

        /**
         * What a link's reader does: an exit the rules refuse is dropped, and the rest still applies
         * ({@link PresetResult#exitRefused()} says why). A link-making form leaves this off, so the advocate
         * is told instead.
         */
        Builder dropRefusedExit() {
            this.dropRefusedExit = true;
            return this;
        }

        /** Adds a contact; only {@code label} is required. */
        public Builder contact(String label, String phone, String sms, String web, String hours) {
            contacts.add(new String[] {orEmpty(label), orEmpty(phone), orEmpty(sms), orEmpty(web), orEmpty(hours)});
            return this;
        }

        /**
         * The preset, or the first problem found, in field order: organisation, language, exit, title,
         * message, country, the number of contacts, then each contact's label, phone, SMS, web and hours, then
         * names that look like a built-in helpline's. Any invalid field but the exit rejects the whole preset:
         * half a preset could show a stranger's number under a trusted organisation's name, or the other way
         * round. A refused exit is dropped alone when {@link #dropRefusedExit()} was asked for: it names no
         * one, and the page's default exit is always a safe replacement.
         */
        public PresetResult build() {
            PresetResult exitProblem = exitProblem();
            PresetError refusedExit = null;
            if (exitProblem != null) {
                if (!dropRefusedExit) {
                    return exitProblem;
                }
                refusedExit = exitProblem.error();
                exitAddress = "";
                exitId = "";
            }
            PresetResult problem = firstProblem();
            if (problem != null) {
                return problem;
            }
            List<Contact> built = new ArrayList<>(contacts.size());
            for (String[] c : contacts) {
                built.add(new Contact(c[0], c[1], c[2], c[3], c[4]));
            }
            Preset preset = new Preset(this, built);
            PresetResult lookalike = NameRules.lookalikeProblem(preset);
            if (lookalike != null) {
                return lookalike;
            }
            if (PresetCodec.encode(preset).length() > PresetLimits.FRAGMENT) {
                return PresetResult.failure(PresetError.TOO_LONG);
            }
            return refusedExit == null ? PresetResult.ok(preset) : PresetResult.okWithoutExit(preset, refusedExit);
        }

        private PresetResult exitProblem() {
            if (!exitAddress.isEmpty() && !exitId.isEmpty()) {
                return PresetResult.failure(PresetError.INVALID_FIELD, PresetField.EXIT);
            }
            if (!exitId.isEmpty() && ExitSites.byId(exitId) == null) {
                return PresetResult.failure(PresetError.EXIT_UNKNOWN, PresetField.EXIT);
            }
            PresetError e = ExitRule.problem(exitAddress);
            return e == null ? null : PresetResult.failure(e, PresetField.EXIT);
        }

        private PresetResult firstProblem() {
            PresetError e = name(organisation, PresetLimits.ORGANISATION);
            if (e != null) {
                return PresetResult.failure(e, PresetField.ORGANISATION);
            }
            if (!language.isEmpty() && !LanguageTag.isValid(language)) {
                return PresetResult.failure(PresetError.INVALID_FIELD, PresetField.LANGUAGE);
            }
            e = text(title, PresetLimits.TITLE);
            if (e != null) {
                return PresetResult.failure(e, PresetField.TITLE);
            }
            e = text(message, PresetLimits.MESSAGE);
            if (e != null) {
                return PresetResult.failure(e, PresetField.MESSAGE);
            }
            if (!country.isEmpty() && !CountryCode.isValid(country)) {
                return PresetResult.failure(PresetError.INVALID_FIELD, PresetField.COUNTRY);
            }
            if (contacts.size() > PresetLimits.CONTACTS) {
                return PresetResult.failure(PresetError.TOO_MANY_CONTACTS, PresetField.CONTACTS);
            }
            for (int i = 0; i < contacts.size(); i++) {
                PresetResult p = contactProblem(contacts.get(i), i);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }

        private static PresetResult contactProblem(String[] c, int index) {
            if (!PresetText.hasVisible(c[0]) && PresetText.isClean(c[0])) {
                return PresetResult.failure(PresetError.MISSING_FIELD, PresetField.CONTACT_LABEL, index);
            }
            PresetError e = name(c[0], PresetLimits.LABEL);
            if (e != null) {
                return PresetResult.failure(e, PresetField.CONTACT_LABEL, index);
            }
            if (!c[1].isEmpty() && !PhoneNumber.isValid(c[1])) {
                return PresetResult.failure(PresetError.INVALID_PHONE, PresetField.CONTACT_PHONE, index);
            }
            if (!c[2].isEmpty() && !PhoneNumber.isValid(c[2])) {
                return PresetResult.failure(PresetError.INVALID_PHONE, PresetField.CONTACT_SMS, index);
            }
            if (!c[3].isEmpty() && !HttpsUrl.isValid(c[3])) {
                return PresetResult.failure(PresetError.INVALID_FIELD, PresetField.CONTACT_WEB, index);
            }
            if (!c[3].isEmpty() && HttpsUrl.hasPunycode(HttpsUrl.host(c[3]))) {
                return PresetResult.failure(PresetError.PUNYCODE_HOST, PresetField.CONTACT_WEB, index);
            }
            e = text(c[4], PresetLimits.HOURS);
            if (e != null) {
                return PresetResult.failure(e, PresetField.CONTACT_HOURS, index);
            }
            return null;
        }

        /** {@link #text}, then the rules for names ({@link NameRules}) when there is a name. */
        private static PresetError name(String value, int max) {
            PresetError e = text(value, max);
            if (e != null || value.isEmpty()) {
                return e;
            }
            return NameRules.problem(value);
        }

        /**
         * Null when {@code value} is acceptable text of at most {@code max} code points: empty, or clean with
         * something that shows.
         */
        private static PresetError text(String value, int max) {
            if (!PresetText.isClean(value) || (!value.isEmpty() && !PresetText.hasVisible(value))) {
                return PresetError.INVALID_FIELD;
            }
            return PresetText.length(value) > max ? PresetError.FIELD_TOO_LONG : null;
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
