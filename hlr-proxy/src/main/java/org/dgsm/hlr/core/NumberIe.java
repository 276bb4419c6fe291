package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.gsup.Tbcd;

import java.util.Optional;

/**
 * The MSISDN and IMEI IE values as osmo-hlr and osmo-msc write them (gsup-ipa.md §5.2): one octet giving the number
 * of TBCD bytes that follow, then the TBCD digits; no type-of-number octet.
 */
final class NumberIe {

    /** osmo-hlr requires an IMEI of exactly 14 digits (no check digit). */
    static final int IMEI_DIGITS = 14;

    private static final Octets NO_NUMBER = Octets.of((byte) 0);

    private NumberIe() {
    }

    /**
     * The MSISDN IE value for an Insert Subscriber Data: {@code [n][TBCD]}, or the single octet {@code 00} for a
     * subscriber without number.
     *
     * @throws IllegalArgumentException if the number has characters TBCD cannot carry or does not fit one IE
     */
    static Octets msisdn(String digits) {
        if (digits == null || digits.isEmpty()) {
            return NO_NUMBER;
        }
        byte[] tbcd = Tbcd.encode(digits);
        if (tbcd.length > 254) {
            throw new IllegalArgumentException("MSISDN of " + digits.length() + " digits does not fit a GSUP IE");
        }
        byte[] value = new byte[tbcd.length + 1];
        value[0] = (byte) tbcd.length;
        System.arraycopy(tbcd, 0, value, 1, tbcd.length);
        return Octets.of(value);
    }

    /**
     * The IMEI of a Check IMEI request, decoded as osmo-hlr decodes it (libosmocore's BCD decoder into a 15-byte
     * buffer, then a 14-decimal-digit check): the inner length octet must be 7 and must not point past the value,
     * and all 14 nibbles must be decimal digits. Bytes after the announced length are ignored.
     *
     * @return the 14 digits, or empty where osmo-hlr answers "invalid mandatory information"
     */
    static Optional<String> imei(Octets value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        int length = value.get(0);
        if (length != IMEI_DIGITS / 2 || length + 1 > value.length()) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(IMEI_DIGITS);
        for (int i = 1; i <= length; i++) {
            int b = value.get(i);
            int low = b & 0x0f;
            int high = b >>> 4;
            if (low > 9 || high > 9) {
                return Optional.empty();
            }
            digits.append((char) ('0' + low)).append((char) ('0' + high));
        }
        return Optional.of(digits.toString());
    }
}
