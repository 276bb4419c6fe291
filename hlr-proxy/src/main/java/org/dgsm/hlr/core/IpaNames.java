package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.Octets;

import java.nio.charset.StandardCharsets;

/**
 * Conversions between IPA names as they travel (raw bytes, normally ending in NUL: {@code msc-B1\0}) and the text
 * osmo-hlr writes to the database ({@code vlr_number}, {@code ind.vlr}): the bytes before the first NUL.
 */
final class IpaNames {

    /** osmo keeps an IPA name in a 128-byte buffer; longer names cannot be handled (routing error). */
    static final int MAX_LENGTH = 128;

    private IpaNames() {
    }

    /** The database text of a name: the bytes before the first NUL (all of them if there is none), as UTF-8. */
    static String toText(Octets name) {
        byte[] bytes = name.toByteArray();
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** The name as peers send it: the text plus its trailing NUL. */
    static Octets fromText(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withNul = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, withNul, 0, utf8.length);
        return Octets.of(withNul);
    }

    /** For logs: the name with control bytes escaped, never raw NULs. */
    static String printable(Octets name) {
        if (name == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(name.length() + 2);
        for (int i = 0; i < name.length(); i++) {
            int b = name.get(i);
            if (b == 0 && i == name.length() - 1) {
                break;
            }
            if (b < 0x20 || b >= 0x7f) {
                out.append(String.format("\\x%02x", b));
            } else {
                out.append((char) b);
            }
        }
        return out.toString();
    }
}
