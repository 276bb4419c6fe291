package org.dgsm.hlr.store;

import java.util.Objects;

/** Validation of the identifiers and names the store writes; every failure is an {@link IllegalArgumentException}. */
final class SubscriberIdentifiers {

    private SubscriberIdentifiers() {
    }

    /** An IMSI: 6 to 15 decimal digits (osmo-hlr's rule). */
    static String requireImsi(String imsi) {
        return requireDigits("IMSI", imsi, 6, 15);
    }

    /** An MSISDN: 1 to 15 decimal digits. */
    static String requireMsisdn(String msisdn) {
        return requireDigits("MSISDN", msisdn, 1, 15);
    }

    /** An IMEI as osmo-hlr stores it: exactly 14 digits, without the check digit. */
    static String requireImei(String imei) {
        return requireDigits("IMEI (14 digits, without check digit)", imei, 14, 14);
    }

    /** A VLR, SGSN or proxy IPA name as stored: not empty, without NUL characters (drop the trailing NUL first). */
    static String requireNodeName(String what, String name) {
        Objects.requireNonNull(name, what);
        if (name.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " must not contain NUL characters"
                    + " (strip the IPA name's trailing NUL before storing it): '" + printable(name) + "'");
        }
        return name;
    }

    static boolean isDigits(String s, int minLength, int maxLength) {
        if (s.length() < minLength || s.length() > maxLength) {
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

    private static String requireDigits(String what, String value, int minLength, int maxLength) {
        Objects.requireNonNull(value, what);
        if (!isDigits(value, minLength, maxLength)) {
            String range = minLength == maxLength ? "exactly " + minLength : minLength + " to " + maxLength;
            throw new IllegalArgumentException(
                    what + " must be " + range + " decimal digits, got '" + printable(value) + "'");
        }
        return value;
    }

    /** Shows control characters as \\uXXXX so an error message never carries raw NULs or newlines. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), 64) + 8);
        for (int i = 0; i < s.length() && i < 64; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (s.length() > 64) {
            out.append("...");
        }
        return out.toString();
    }
}
