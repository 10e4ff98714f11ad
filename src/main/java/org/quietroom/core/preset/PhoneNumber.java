package org.quietroom.core.preset;

/**
 * The syntax of a phone or SMS number in a preset: what a person reads and what a {@code tel:} or {@code sms:}
 * link (RFC 3966, RFC 5724) dials.
 *
 * <p>Only ASCII: an optional leading {@code +}, then digits {@code 0-9} with single spaces, hyphens and
 * parenthesised groups between them, {@value PresetLimits#PHONE_MIN_DIGITS} to
 * {@value PresetLimits#PHONE_MAX_DIGITS} digits in all. The leading {@code +} is optional because national
 * freephone numbers ({@code 0808 2000 247}) and SMS short codes ({@code 88788}) have no international form.
 * Digits from other scripts are refused although they look alike (fullwidth {@code １}, Arabic-Indic
 * {@code ١}): a number must read and dial the same, and the dialled string is built from ASCII digits only.
 *
 * <p>In a number with {@code +}, a group in parentheses may not start with {@code 0}: {@code +44 (0)20 ...}
 * means "drop the 0 when dialling from abroad" (ITU-T E.123 advises against it), but a {@code tel:} link
 * would dial the 0 and fail. The advocate writes {@code +44 20 ...} or {@code 020 ...} instead.
 */
public final class PhoneNumber {
    private PhoneNumber() {
    }

    /** True when {@code number} is a phone or SMS number a preset may carry. */
    public static boolean isValid(String number) {
        if (number == null || number.isEmpty() || number.length() > PresetLimits.PHONE_CHARS) {
            return false;
        }
        int digits = 0;
        boolean inGroup = false;
        int groupDigits = 0;
        char previous = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                if (inGroup && groupDigits == 0 && c == '0' && number.charAt(0) == '+') {
                    return false;
                }
                digits++;
                groupDigits++;
            } else if (c == '+') {
                if (i != 0) {
                    return false;
                }
            } else if (c == ' ' || c == '-') {
                if (i == 0 || previous == ' ' || previous == '-' || previous == '+' || inGroup) {
                    return false;
                }
            } else if (c == '(') {
                if (inGroup || (previous >= '0' && previous <= '9')) {
                    return false;
                }
                inGroup = true;
                groupDigits = 0;
            } else if (c == ')') {
                if (!inGroup || groupDigits == 0) {
                    return false;
                }
                inGroup = false;
            } else {
                return false;
            }
            previous = c;
        }
        return !inGroup && previous >= '0' && previous <= '9'
                && digits >= PresetLimits.PHONE_MIN_DIGITS && digits <= PresetLimits.PHONE_MAX_DIGITS;
    }

    /**
     * What to dial: the {@code +} if there is one, then the digits, for a {@code tel:} or {@code sms:} link.
     * Empty when {@code number} is not valid.
     */
    public static String dialString(String number) {
        if (!isValid(number)) {
            return "";
        }
        StringBuilder out = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == '+' || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
