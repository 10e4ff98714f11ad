package org.quietroom.core.preset;

import java.util.ArrayList;
import java.util.List;

/**
 * What an advocate typed on the link-making page, checked field by field so that the page can put a message
 * next to every box that needs fixing, not only the first one.
 *
 * <p>Typed text is tidied the way {@link Preset.Builder} asks: text, phone and SMS numbers through
 * {@link PresetText#clean} (so a doubled space or a pasted line break is not an error), addresses through
 * {@link HttpsUrl#normalise}. Nothing else is repaired: a value that is still not allowed is a problem to show.
 *
 * <p>Contacts are typed into {@link PresetLimits#CONTACTS} numbered slots. A slot left completely empty is not
 * a contact; a slot with anything in it must have a name. Problems name the slot (0-based) in
 * {@link PresetResult#contactIndex()}, so an empty first slot does not shift the messages of the others.
 */
public final class PresetForm {
    /** A label that is always valid, to check one part of a contact on its own. */
    private static final String STAND_IN_LABEL = "x";

    private String organisation = "";
    private String language = "";
    private String exit = "";
    private String exitId = "";
    private String title = "";
    private String message = "";
    private String country = "";
    private final String[][] slots = new String[PresetLimits.CONTACTS][];

    public PresetForm organisation(String raw) {
        organisation = PresetText.clean(raw);
        return this;
    }

    /** A language tag from the page's list, or empty (or {@code null}) for the page's own choice. */
    public PresetForm language(String value) {
        language = value == null ? "" : value;
        return this;
    }

    /** The advocate's own exit address, as typed. */
    public PresetForm exit(String raw) {
        exit = HttpsUrl.normalise(raw);
        return this;
    }

    /** A built-in exit target's id ({@link ExitSites}), or empty (or {@code null}) for none. */
    public PresetForm exitId(String id) {
        exitId = id == null ? "" : id;
        return this;
    }

    /** The country the link is for, as typed: spaces trimmed, letters made upper case ({@code mx} is MX). */
    public PresetForm country(String raw) {
        String c = raw == null ? "" : raw.trim();
        StringBuilder sb = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            sb.append(ch >= 'a' && ch <= 'z' ? (char) (ch - ('a' - 'A')) : ch);
        }
        country = sb.toString();
        return this;
    }

    public PresetForm title(String raw) {
        title = PresetText.clean(raw);
        return this;
    }

    public PresetForm message(String raw) {
        message = PresetText.clean(raw);
        return this;
    }

    /** The contact typed in slot {@code slot} (0 to {@link PresetLimits#CONTACTS} - 1). */
    public PresetForm contact(int slot, String label, String phone, String sms, String web, String hours) {
        if (slot < 0 || slot >= slots.length) {
            throw new IllegalArgumentException("no contact slot " + slot);
        }
        slots[slot] = new String[] {PresetText.clean(label), PresetText.clean(phone), PresetText.clean(sms),
            HttpsUrl.normalise(web), PresetText.clean(hours)};
        return this;
    }

    /** Checks every field on its own, then the preset as a whole. */
    public Result check() {
        List<PresetResult> problems = new ArrayList<>();
        add(problems, Preset.builder().organisation(organisation).build());
        add(problems, Preset.builder().language(language).build());
        add(problems, Preset.builder().exit(exit).exitId(exitId).build());
        add(problems, Preset.builder().title(title).build());
        add(problems, Preset.builder().message(message).build());
        add(problems, Preset.builder().country(country).build());
        Preset.Builder whole = Preset.builder().organisation(organisation).language(language).exit(exit)
                .exitId(exitId).title(title).message(message).country(country);
        List<Integer> slotOf = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            String[] c = slots[i];
            if (c == null || isEmpty(c)) {
                continue;
            }
            whole.contact(c[0], c[1], c[2], c[3], c[4]);
            slotOf.add(i);
            addForSlot(problems, Preset.builder().contact(c[0], "", "", "", "").build(), i);
            addForSlot(problems, Preset.builder().contact(STAND_IN_LABEL, c[1], "", "", "").build(), i);
            addForSlot(problems, Preset.builder().contact(STAND_IN_LABEL, "", c[2], "", "").build(), i);
            addForSlot(problems, Preset.builder().contact(STAND_IN_LABEL, "", "", c[3], "").build(), i);
            addForSlot(problems, Preset.builder().contact(STAND_IN_LABEL, "", "", "", c[4]).build(), i);
        }
        PresetResult result = whole.build();
        if (!result.isOk() && problems.isEmpty() && result.error() == PresetError.NAME_LOOKALIKE) {
            // Only the whole preset shows a look-alike: a helpline's name beside numbers that are not its own.
            int index = result.contactIndex();
            problems.add(PresetResult.failure(result.error(), result.field(), index < 0 ? -1 : slotOf.get(index)));
        } else if (!result.isOk() && problems.isEmpty()) {
            // Only the link as a whole can be wrong now (too long): say so against the link, not a field.
            problems.add(PresetResult.failure(result.error(), PresetField.NONE));
        }
        return new Result(result, problems);
    }

    private static boolean isEmpty(String[] contact) {
        for (String part : contact) {
            if (!part.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<PresetResult> problems, PresetResult r) {
        if (!r.isOk()) {
            problems.add(r);
        }
    }

    private static void addForSlot(List<PresetResult> problems, PresetResult r, int slot) {
        if (!r.isOk()) {
            problems.add(PresetResult.failure(r.error(), r.field(), slot));
        }
    }

    /** The outcome of {@link #check()}: the preset, or every problem in field order. */
    public static final class Result {
        private final PresetResult whole;
        private final List<PresetResult> problems;

        Result(PresetResult whole, List<PresetResult> problems) {
            this.whole = whole;
            this.problems = List.copyOf(problems);
        }

        /** True when there is a preset, so a link can be made. Then {@link #problems()} is empty. */
        public boolean isOk() {
            return whole.isOk() && problems.isEmpty();
        }

        /** The preset. Throws {@link IllegalStateException} if there is none: check {@link #isOk()} first. */
        public Preset preset() {
            return whole.preset();
        }

        /**
         * Every problem: one per field at fault (field, and slot for contact fields), or one with
         * {@link PresetField#NONE} when only the link as a whole is wrong.
         */
        public List<PresetResult> problems() {
            return problems;
        }

        /** The problem with {@code field} (in contact slot {@code slot}, or -1), or {@code null}. */
        public PresetResult problem(PresetField field, int slot) {
            for (PresetResult p : problems) {
                if (p.field() == field && p.contactIndex() == slot) {
                    return p;
                }
            }
            return null;
        }
    }
}
