package org.dgsm.mslookup.cli;

import java.util.OptionalLong;

/**
 * Parses numbers in command-line arguments the way osmo-mslookup-client does ({@code strtoll} base 10, then a range
 * check): optional leading white space, an optional sign, decimal digits, nothing after them. An empty string is 0
 * (strtoll reads nothing and stops at the end); a string of only blanks or a lone sign is invalid.
 */
public final class OsmoNumber {

    private OsmoNumber() {
    }

    /** The value if {@code text} is a valid number in {@code min..max}, else empty. */
    public static OptionalLong parse(String text, long min, long max) {
        if (text.isEmpty()) {
            return 0 >= min && 0 <= max ? OptionalLong.of(0) : OptionalLong.empty();
        }
        int i = 0;
        while (i < text.length() && isCSpace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int firstDigit = i;
        long magnitude = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
            if (magnitude > (Long.MAX_VALUE - (c - '0')) / 10) {
                return OptionalLong.empty(); // strtoll overflows: ERANGE
            }
            magnitude = magnitude * 10 + (c - '0');
        }
        if (i == firstDigit) {
            return OptionalLong.empty();
        }
        long value = negative ? -magnitude : magnitude;
        return value >= min && value <= max ? OptionalLong.of(value) : OptionalLong.empty();
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }
}
