package org.quietroom.core.preset;

import java.util.ArrayList;
import java.util.List;

/**
 * What an advocate's link changes on the page: who sent it, how to reach them, the page's language, title and
 * quick-exit target, which sections show, and a short message. Immutable, and valid by construction: the only
 * way to get one is {@link Builder#build()} (directly, or through {@link PresetCodec#decode}), which checks
 * every field against {@link PresetLimits}, {@link PresetText}, {@link PhoneNumber}, {@link HttpsUrl} and
 * {@link LanguageTag}, and also that the preset fits in one link.
 *
 * <p>An absent text field is the empty string; absent sections are {@link Sections#BOTH}.
 */
public final class Preset {
    private final String organisation;
    private final List<Contact> contacts;
    private final String language;
    private final String exit;
    private final String title;
    private final Sections sections;
    private final String message;

    private Preset(Builder b, List<Contact> contacts) {
        this.organisation = b.organisation;
        this.contacts = List.copyOf(contacts);
        this.language = b.language;
        this.exit = b.exit;
        this.title = b.title;
        this.sections = b.sections;
        this.message = b.message;
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

    /** Where the quick exit goes, an {@code https://} address; empty for the page's default. */
    public String exit() {
        return exit;
    }

    /** A neutral tab title (so the tab does not say what the page is about); empty for the default. */
    public String title() {
        return title;
    }

    public Sections sections() {
        return sections;
    }

    /** A short plain-text message from the advocate; empty when not given. */
    public String message() {
        return message;
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
                && exit.equals(p.exit) && title.equals(p.title) && sections == p.sections
                && message.equals(p.message);
    }

    @Override
    public int hashCode() {
        int h = organisation.hashCode();
        h = 31 * h + contacts.hashCode();
        h = 31 * h + language.hashCode();
        h = 31 * h + exit.hashCode();
        h = 31 * h + title.hashCode();
        h = 31 * h + sections.hashCode();
        return 31 * h + message.hashCode();
    }

    @Override
    public String toString() {
        return "Preset[organisation=" + organisation + ", contacts=" + contacts + ", language=" + language
                + ", exit=" + exit + ", title=" + title + ", sections=" + sections + ", message=" + message + "]";
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
        private String exit = "";
        private String title = "";
        private Sections sections = Sections.BOTH;
        private String message = "";
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

        public Builder exit(String value) {
            this.exit = orEmpty(value);
            return this;
        }

        public Builder title(String value) {
            this.title = orEmpty(value);
            return this;
        }

        /** {@code null} means the default, {@link Sections#BOTH}. */
        public Builder sections(Sections value) {
            this.sections = value == null ? Sections.BOTH : value;
            return this;
        }

        public Builder message(String value) {
            this.message = orEmpty(value);
            return this;
        }

        /** Adds a contact; only {@code label} is required. */
        public Builder contact(String label, String phone, String sms, String web, String hours) {
            contacts.add(new String[] {orEmpty(label), orEmpty(phone), orEmpty(sms), orEmpty(web), orEmpty(hours)});
            return this;
        }

        /**
         * The preset, or the first problem found, in field order: organisation, language, exit, title,
         * message, the number of contacts, then each contact's label, phone, SMS, web and hours. Any invalid
         * field rejects the whole preset: half a preset could show a stranger's number under a trusted
         * organisation's name, or the other way round.
         */
        public PresetResult build() {
            PresetResult problem = firstProblem();
            if (problem != null) {
                return problem;
            }
            List<Contact> built = new ArrayList<>(contacts.size());
            for (String[] c : contacts) {
                built.add(new Contact(c[0], c[1], c[2], c[3], c[4]));
            }
            Preset preset = new Preset(this, built);
            if (PresetCodec.encode(preset).length() > PresetLimits.FRAGMENT) {
                return PresetResult.failure(PresetError.TOO_LONG);
            }
            return PresetResult.ok(preset);
        }

        private PresetResult firstProblem() {
            PresetError e = text(organisation, PresetLimits.ORGANISATION);
            if (e != null) {
                return PresetResult.failure(e, PresetField.ORGANISATION);
            }
            if (!language.isEmpty() && !LanguageTag.isValid(language)) {
                return PresetResult.failure(PresetError.INVALID_FIELD, PresetField.LANGUAGE);
            }
            if (!exit.isEmpty() && !HttpsUrl.isValid(exit)) {
                return PresetResult.failure(PresetError.INVALID_FIELD, PresetField.EXIT);
            }
            e = text(title, PresetLimits.TITLE);
            if (e != null) {
                return PresetResult.failure(e, PresetField.TITLE);
            }
            e = text(message, PresetLimits.MESSAGE);
            if (e != null) {
                return PresetResult.failure(e, PresetField.MESSAGE);
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
            PresetError e = text(c[0], PresetLimits.LABEL);
            if (e != null) {
                return PresetResult.failure(e, PresetField.CONTACT_LABEL, index);
            }
            if (!c[1].isEmpty() && !PhoneNumber.isValid(c[1])) {
                return PresetResult.failure(PresetError.INVALID_FIELD, PresetField.CONTACT_PHONE, index);
            }
            if (!c[2].isEmpty() && !PhoneNumber.isValid(c[2])) {
                return PresetResult.failure(PresetError.INVALID_FIELD, PresetField.CONTACT_SMS, index);
            }
            if (!c[3].isEmpty() && !HttpsUrl.isValid(c[3])) {
                return PresetResult.failure(PresetError.INVALID_FIELD, PresetField.CONTACT_WEB, index);
            }
            e = text(c[4], PresetLimits.HOURS);
            if (e != null) {
                return PresetResult.failure(e, PresetField.CONTACT_HOURS, index);
            }
            return null;
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
