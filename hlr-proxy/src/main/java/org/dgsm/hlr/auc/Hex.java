package org.dgsm.hlr.auc;

import java.util.HexFormat;

/** Strict hex parsing of stored key columns (case-insensitive, even length, digits only). */
final class Hex {

    private static final HexFormat FORMAT = HexFormat.of();

    private Hex() {
    }

    /**
     * Decodes {@code text}. The message of the thrown exception never repeats the input, which
     * may be a key.
     *
     * @throws IllegalArgumentException if the text is not an even number of hex digits
     */
    static byte[] decode(String text) {
        if (text.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits (" + text.length() + ")");
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isHexDigit(text.charAt(i))) {
                throw new IllegalArgumentException("non-hex character at position " + i);
            }
        }
        return FORMAT.parseHex(text);
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static String encode(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }
}
