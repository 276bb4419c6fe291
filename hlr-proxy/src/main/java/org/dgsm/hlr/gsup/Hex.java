package org.dgsm.hlr.gsup;

/**
 * Strict hex text ⇄ bytes. Parsing accepts upper and lower case digits only: no whitespace, no {@code 0x} prefix,
 * no separators. Formatting writes lower case, as the spec's vectors do.
 */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /**
     * @throws IllegalArgumentException on an odd number of characters or a character that is not a hex digit; the
     *                                  message names the offending character and its index
     */
    public static byte[] parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("hex string is null");
        }
        if (text.length() % 2 != 0) {
            throw new IllegalArgumentException("hex string has an odd number of digits (" + text.length() + ")");
        }
        byte[] out = new byte[text.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (digit(text, 2 * i) << 4 | digit(text, 2 * i + 1));
        }
        return out;
    }

    public static String format(byte[] bytes) {
        return format(bytes, 0, bytes.length);
    }

    public static String format(byte[] bytes, int offset, int length) {
        char[] out = new char[2 * length];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xff;
            out[2 * i] = DIGITS[b >>> 4];
            out[2 * i + 1] = DIGITS[b & 0x0f];
        }
        return new String(out);
    }

    private static int digit(String text, int index) {
        char c = text.charAt(index);
        int value = Character.digit(c, 16);
        if (value < 0 || c > 'f') {
            throw new IllegalArgumentException("not a hex digit: '" + c + "' at index " + index + " of \"" + text + "\"");
        }
        return value;
    }
}
