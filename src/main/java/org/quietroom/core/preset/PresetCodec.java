package org.quietroom.core.preset;

/**
 * Reads and writes a preset as a URL fragment. The wire format is described in {@code package-info.java};
 * in short: {@code "q2"} followed by the unpadded base64url (RFC 4648 §5) of a list of tag, length, UTF-8
 * value fields. Links of version 1 ({@code "q1"}, the same fields plus "sections", without the exit id and
 * country) are still read, with today's rules; their "sections" field is ignored.
 *
 * <p>Only the canonical encoding is accepted: fields in tag order, each at most once, none empty, none equal
 * to its default, lengths in their shortest form, canonical base64url. So a version 2 link decodes to exactly
 * one preset, and {@code encode(decode(f).preset())} gives {@code f} back (without its {@code #}), character
 * for character, unless its exit was refused and dropped ({@link PresetResult#exitRefused()}).
 */
public final class PresetCodec {
    /** The version prefix of this format. A page reading an unknown version says so instead of guessing. */
    public static final String VERSION = "q2";
    /** The first version, still read: what the link-making page wrote before the exit rules and the country. */
    public static final String VERSION_1 = "q1";

    static final int TAG_ORGANISATION = 0x01;
    static final int TAG_LANGUAGE = 0x02;
    static final int TAG_EXIT = 0x03;
    static final int TAG_TITLE = 0x04;
    /** Version 1 only: which sections to show. Read and ignored: nothing on the page used it. */
    static final int TAG_SECTIONS_V1 = 0x05;
    static final int TAG_MESSAGE = 0x06;
    /** Version 2: the id of a built-in exit target ({@link ExitSites}); never with {@link #TAG_EXIT}. */
    static final int TAG_EXIT_ID = 0x07;
    /** Version 2: an ISO 3166-1 alpha-2 country code ({@link CountryCode}). */
    static final int TAG_COUNTRY = 0x08;
    static final int TAG_CONTACT_LABEL = 0x10;
    static final int TAG_CONTACT_PHONE = 0x11;
    static final int TAG_CONTACT_SMS = 0x12;
    static final int TAG_CONTACT_WEB = 0x13;
    static final int TAG_CONTACT_HOURS = 0x14;

    private PresetCodec() {
    }

    /** The fragment for {@code preset}, without the {@code #}. Never longer than {@link PresetLimits#FRAGMENT}. */
    public static String encode(Preset preset) {
        Bytes out = new Bytes();
        writeText(out, TAG_ORGANISATION, preset.organisation());
        writeText(out, TAG_LANGUAGE, preset.language());
        writeText(out, TAG_EXIT, preset.exitAddress());
        writeText(out, TAG_TITLE, preset.title());
        writeText(out, TAG_MESSAGE, preset.message());
        writeText(out, TAG_EXIT_ID, preset.exitId());
        writeText(out, TAG_COUNTRY, preset.country());
        for (Contact c : preset.contacts()) {
            writeText(out, TAG_CONTACT_LABEL, c.label());
            writeText(out, TAG_CONTACT_PHONE, c.phone());
            writeText(out, TAG_CONTACT_SMS, c.sms());
            writeText(out, TAG_CONTACT_WEB, c.web());
            writeText(out, TAG_CONTACT_HOURS, c.hours());
        }
        return VERSION + Base64Url.encode(out.toByteArray());
    }

    /**
     * The preset in {@code fragment} (with or without its leading {@code #}), or why there is none. Never
     * throws, whatever the input: {@code null}, huge, binary, or not even well-formed UTF-16.
     */
    public static PresetResult decode(String fragment) {
        try {
            return decodeChecked(fragment);
        } catch (RuntimeException e) {
            // Not expected (the fuzz test calls decodeChecked directly to prove it): a last guard so that no
            // link can ever stop the page.
            return PresetResult.failure(PresetError.MALFORMED);
        }
    }

    /** {@link #decode} without its last-resort guard, so tests see any exception. */
    static PresetResult decodeChecked(String fragment) {
        if (fragment == null) {
            return PresetResult.failure(PresetError.EMPTY);
        }
        int start = fragment.startsWith("#") ? 1 : 0;
        if (fragment.length() == start) {
            return PresetResult.failure(PresetError.EMPTY);
        }
        if (fragment.length() < start + 2 || fragment.charAt(start) != 'q' || !isDigit(fragment.charAt(start + 1))) {
            return PresetResult.failure(PresetError.NOT_A_PRESET);
        }
        boolean v1 = fragment.startsWith(VERSION_1, start);
        if (!v1 && !fragment.startsWith(VERSION, start)) {
            return PresetResult.failure(PresetError.UNSUPPORTED_VERSION);
        }
        if (fragment.length() - start > PresetLimits.FRAGMENT) {
            return PresetResult.failure(PresetError.TOO_LONG);
        }
        byte[] payload = Base64Url.decode(fragment, start + VERSION.length());
        if (payload == null) {
            return PresetResult.failure(PresetError.MALFORMED);
        }
        return new PayloadReader(payload, v1).read();
    }

    private static void writeText(Bytes out, int tag, String value) {
        if (value.isEmpty()) {
            return;
        }
        byte[] bytes = Utf8.encode(value);
        out.write(tag);
        if (bytes.length < 0x80) {
            out.write(bytes.length);
        } else {
            out.write(0x80 | (bytes.length & 0x7F));
            out.write(bytes.length >>> 7);
        }
        out.write(bytes);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A growing byte array: all the writer needs, without {@code java.io}. */
    private static final class Bytes {
        private byte[] buf = new byte[256];
        private int size;

        void write(int b) {
            if (size == buf.length) {
                byte[] bigger = new byte[buf.length * 2];
                System.arraycopy(buf, 0, bigger, 0, size);
                buf = bigger;
            }
            buf[size++] = (byte) b;
        }

        void write(byte[] bytes) {
            for (byte b : bytes) {
                write(b);
            }
        }

        byte[] toByteArray() {
            byte[] out = new byte[size];
            System.arraycopy(buf, 0, out, 0, size);
            return out;
        }
    }

    /** One pass over a payload; {@code read} returns at the first problem. */
    private static final class PayloadReader {
        private final byte[] bytes;
        private final int lastTopTag;
        private final boolean v1;
        private int pos;
        private final Preset.Builder builder = Preset.builder().dropRefusedExit();
        private String[] contact;

        PayloadReader(byte[] bytes, boolean v1) {
            this.bytes = bytes;
            this.v1 = v1;
            this.lastTopTag = v1 ? TAG_MESSAGE : TAG_COUNTRY;
        }

        PresetResult read() {
            int lastTop = 0;
            int lastContactTag = 0;
            int contacts = 0;
            while (pos < bytes.length) {
                int tag = bytes[pos++] & 0xFF;
                int length = readLength();
                if (length <= 0 || length > bytes.length - pos) {
                    return PresetResult.failure(PresetError.MALFORMED);
                }
                int from = pos;
                pos += length;
                if (tag >= TAG_ORGANISATION && tag <= lastTopTag) {
                    if (contact != null || tag <= lastTop) {
                        return PresetResult.failure(PresetError.MALFORMED);
                    }
                    lastTop = tag;
                    if (tag == TAG_SECTIONS_V1) {
                        if (!v1) {
                            return PresetResult.failure(PresetError.MALFORMED);
                        }
                        // Version 1's sections: its value is not read, as nothing ever used it.
                        continue;
                    }
                } else if (tag == TAG_CONTACT_LABEL) {
                    if (++contacts > PresetLimits.CONTACTS) {
                        return PresetResult.failure(PresetError.TOO_MANY_CONTACTS, PresetField.CONTACTS);
                    }
                    flushContact();
                    contact = new String[] {"", "", "", "", ""};
                    lastContactTag = tag;
                } else if (tag > TAG_CONTACT_LABEL && tag <= TAG_CONTACT_HOURS) {
                    if (contact == null || tag <= lastContactTag) {
                        return PresetResult.failure(PresetError.MALFORMED);
                    }
                    lastContactTag = tag;
                } else {
                    return PresetResult.failure(PresetError.MALFORMED);
                }
                String value = Utf8.decode(bytes, from, length);
                if (value == null) {
                    return PresetResult.failure(PresetError.MALFORMED);
                }
                set(tag, value);
            }
            flushContact();
            return builder.build();
        }

        /** A length of 1 or 2 bytes (LEB128, shortest form only), or -1. */
        private int readLength() {
            if (pos >= bytes.length) {
                return -1;
            }
            int b0 = bytes[pos++] & 0xFF;
            if (b0 < 0x80) {
                return b0;
            }
            if (pos >= bytes.length) {
                return -1;
            }
            int b1 = bytes[pos++] & 0xFF;
            if (b1 == 0 || b1 >= 0x80) {
                return -1;
            }
            return (b0 & 0x7F) | (b1 << 7);
        }

        private void set(int tag, String value) {
            switch (tag) {
                case TAG_ORGANISATION:
                    builder.organisation(value);
                    break;
                case TAG_LANGUAGE:
                    builder.language(value);
                    break;
                case TAG_EXIT:
                    builder.exit(value);
                    break;
                case TAG_TITLE:
                    builder.title(value);
                    break;
                case TAG_MESSAGE:
                    builder.message(value);
                    break;
                case TAG_EXIT_ID:
                    builder.exitId(value);
                    break;
                case TAG_COUNTRY:
                    builder.country(value);
                    break;
                default:
                    contact[tag - TAG_CONTACT_LABEL] = value;
                    break;
            }
        }

        private void flushContact() {
            if (contact != null) {
                builder.contact(contact[0], contact[1], contact[2], contact[3], contact[4]);
            }
        }
    }
}
