package org.dgsm.hlr.gsup;

/**
 * Telephony BCD as osmo uses it for IMSIs and numbers: two digits per byte, first digit in the low nibble, an odd
 * count padded with {@code F} in the high nibble of the last byte. Nibbles 0–9 are digits, A–E stand for
 * {@code * # a b c}; an {@code F} nibble ends the string wherever it appears (later bytes are ignored, as osmo does).
 */
public final class Tbcd {

    /** The characters a TBCD string may hold, indexed by nibble value. */
    public static final String ALPHABET = "0123456789*#abc";

    private Tbcd() {
    }

    public static String decode(byte[] bytes, int offset, int length) {
        StringBuilder out = new StringBuilder(2 * length);
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xff;
            if ((b & 0x0f) == 0x0f) {
                break;
            }
            out.append(ALPHABET.charAt(b & 0x0f));
            if (b >>> 4 == 0x0f) {
                break;
            }
            out.append(ALPHABET.charAt(b >>> 4));
        }
        return out.toString();
    }

    public static String decode(Octets octets) {
        return decode(octets.toByteArray(), 0, octets.length());
    }

    /** @throws IllegalArgumentException if {@code digits} has a character outside {@link #ALPHABET} */
    public static byte[] encode(String digits) {
        byte[] out = new byte[(digits.length() + 1) / 2];
        for (int i = 0; i < digits.length(); i++) {
            int nibble = nibble(digits, i);
            if (i % 2 == 0) {
                out[i / 2] = (byte) (0xf0 | nibble);
            } else {
                out[i / 2] = (byte) ((out[i / 2] & 0x0f) | nibble << 4);
            }
        }
        return out;
    }

    public static boolean isValid(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (ALPHABET.indexOf(digits.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int nibble(String digits, int index) {
        int value = ALPHABET.indexOf(digits.charAt(index));
        if (value < 0) {
            throw new IllegalArgumentException("not a TBCD digit: '" + digits.charAt(index) + "' at index " + index
                    + " of \"" + digits + "\" (allowed: " + ALPHABET + ")");
        }
        return value;
    }
}
