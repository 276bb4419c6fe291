package org.dgsm.mslookup.wire;

import java.util.Objects;

/**
 * A subscriber identity: an IMSI (6 to 15 digits) or an MSISDN (1 to 15 digits), digits only.
 *
 * @throws IllegalArgumentException from the constructor when the digits do not fit the type
 */
public record MslookupId(IdType type, String digits) {

    public MslookupId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(digits, "digits");
        if (digits.length() < type.minDigits() || digits.length() > type.maxDigits()) {
            throw new IllegalArgumentException(type.wireName() + " must have " + type.minDigits() + " to "
                    + type.maxDigits() + " digits, got " + digits.length() + ": '" + digits + "'");
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(type.wireName() + " must contain digits only: '" + digits + "'");
            }
        }
    }

    public static MslookupId imsi(String digits) {
        return new MslookupId(IdType.IMSI, digits);
    }

    public static MslookupId msisdn(String digits) {
        return new MslookupId(IdType.MSISDN, digits);
    }

    /** {@code digits.idtype}, e.g. {@code 1001.msisdn}. */
    @Override
    public String toString() {
        return digits + "." + type.wireName();
    }
}
