package org.dgsm.hlr.ctrl;

import java.math.BigInteger;
import java.util.OptionalLong;

/** The C library's readings of digits that osmo-hlr's CTRL commands rely on, reproduced for identical answers. */
final class CNumbers {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private CNumbers() {
    }

    /** 'min' to 'max' decimal digits and nothing else (libosmocore's IMSI/MSISDN check). */
    static boolean isDigits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** 'minDigits' to 'maxDigits' hex digits, an even number of them (libosmocore's {@code osmo_is_hexstr}). */
    static boolean isHexString(String s, int minDigits, int maxDigits) {
        if (s.length() < minDigits || s.length() > maxDigits || (s.length() & 1) != 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isHexDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * A whole string read as a signed 64-bit decimal number, as {@code strtoll} with an end and overflow check does:
     * optional leading white space and sign, then digits to the end. An empty string reads as 0 (strtoll converts
     * nothing and stops at the end). Empty result for anything else, including overflow.
     */
    static OptionalLong wholeLong(String s) {
        int i = skipSpace(s, 0);
        int signAt = i;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digitsAt = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digitsAt) {
            return s.isEmpty() ? OptionalLong.of(0) : OptionalLong.empty();
        }
        if (i != s.length()) {
            return OptionalLong.empty();
        }
        BigInteger value = new BigInteger(s.substring(signAt, i).replace("+", ""));
        if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(value.longValue());
    }

    /**
     * {@code atoi} as glibc computes it on 64-bit Linux: {@code (int) strtol(s, NULL, 10)} — leading white space, an
     * optional sign, as many digits as there are (none gives 0), saturated to the 64-bit range, then truncated to 32
     * bits.
     */
    static int atoi(String s) {
        int i = skipSpace(s, 0);
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        boolean saturated = false;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            int digit = s.charAt(i) - '0';
            if (!saturated) {
                // accumulate negatively so that Long.MIN_VALUE is reachable
                if (value < (Long.MIN_VALUE + digit) / 10) {
                    saturated = true;
                } else {
                    value = value * 10 - digit;
                }
            }
        }
        long result;
        if (saturated) {
            result = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else if (negative) {
            result = value;
        } else {
            result = value == Long.MIN_VALUE ? Long.MAX_VALUE : -value;
        }
        return (int) result;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && isCSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
