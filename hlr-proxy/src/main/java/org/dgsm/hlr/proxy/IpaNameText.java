package org.dgsm.hlr.proxy;

import org.dgsm.hlr.gsup.Octets;

import java.nio.charset.StandardCharsets;

/** IPA names as they travel ({@code msc-B1\0}) and as the roaming cache stores them ({@code msc-B1}). */
final class IpaNameText {

    private IpaNameText() {
    }

    /** The bytes before the first NUL, as UTF-8. */
    static String toText(Octets name) {
        byte[] bytes = name.toByteArray();
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** The text plus its trailing NUL, as peers present it. */
    static Octets toOctets(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withNul = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, withNul, 0, utf8.length);
        return Octets.of(withNul);
    }

    /** For logs: printable ASCII, other bytes escaped, the trailing NUL left out. */
    static String printable(Octets name) {
        if (name == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            int b = name.get(i);
            if (b == 0 && i == name.length() - 1) {
                break;
            }
            out.append(b < 0x20 || b >= 0x7f ? String.format("\\x%02x", b) : String.valueOf((char) b));
        }
        return out.toString();
    }
}
