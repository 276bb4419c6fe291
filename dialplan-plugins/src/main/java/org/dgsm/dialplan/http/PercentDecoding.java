package org.dgsm.dialplan.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-decoding of URL path segments and form fields, strict about malformed escapes. */
final class PercentDecoding {

    private PercentDecoding() {
    }

    /** Decodes {@code %XX} escapes (UTF-8); '+' stays '+'. @throws IllegalArgumentException for a bad escape */
    static String decode(String text) {
        return decode(text, false);
    }

    /** As {@link #decode} but '+' means a space, as in {@code application/x-www-form-urlencoded}. */
    static String decodeFormField(String text) {
        return decode(text, true);
    }

    private static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("truncated %-escape at position " + i);
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("invalid %-escape at position " + i);
                }
                out.write(high << 4 | low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '%' && !(plusIsSpace && text.charAt(end) == '+')) {
                    end++;
                }
                byte[] bytes = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
                i = end - 1;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
