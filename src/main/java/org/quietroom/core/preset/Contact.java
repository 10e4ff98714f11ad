package org.quietroom.core.preset;

/**
 * One way to reach the advocate's service, as the link gave it. Every part but the label is optional and is
 * the empty string when absent. A contact exists only inside a {@link Preset}, whose builder has checked each
 * part: text by {@link PresetText}, numbers by {@link PhoneNumber}, the address by {@link HttpsUrl}.
 */
public final class Contact {
    private final String label;
    private final String phone;
    private final String sms;
    private final String web;
    private final String hours;

    Contact(String label, String phone, String sms, String web, String hours) {
        this.label = label;
        this.phone = phone;
        this.sms = sms;
        this.web = web;
        this.hours = hours;
    }

    /** Who or what this is, e.g. "Out-of-hours line". Never empty. */
    public String label() {
        return label;
    }

    /** A number to call, as written ({@code +44 808 2000 247}); empty when absent. */
    public String phone() {
        return phone;
    }

    /** A number to text, as written; empty when absent. */
    public String sms() {
        return sms;
    }

    /** An {@code https://} address; empty when absent. */
    public String web() {
        return web;
    }

    /** When someone answers, as free text ("Mon–Fri 9–5"); empty when absent. */
    public String hours() {
        return hours;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Contact)) {
            return false;
        }
        Contact c = (Contact) o;
        return label.equals(c.label) && phone.equals(c.phone) && sms.equals(c.sms) && web.equals(c.web)
                && hours.equals(c.hours);
    }

    @Override
    public int hashCode() {
        int h = label.hashCode();
        h = 31 * h + phone.hashCode();
        h = 31 * h + sms.hashCode();
        h = 31 * h + web.hashCode();
        return 31 * h + hours.hashCode();
    }

    @Override
    public String toString() {
        return "Contact[label=" + label + ", phone=" + phone + ", sms=" + sms + ", web=" + web + ", hours=" + hours
                + "]";
    }
}
