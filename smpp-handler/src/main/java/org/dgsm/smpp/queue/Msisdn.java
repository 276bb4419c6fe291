package org.dgsm.smpp.queue;

import java.util.Optional;

/** Which destination addresses can be looked up as {@code smpp.sms.<digits>.msisdn}. */
final class Msisdn {

    static final int MAX_DIGITS = 15;

    private Msisdn() {
    }

    /** The digits to look up: 1 to 15 decimal digits, optionally after one leading '+'. */
    static Optional<String> lookupDigits(String address) {
        String digits = address.startsWith("+") ? address.substring(1) : address;
        if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(digits);
    }
}
