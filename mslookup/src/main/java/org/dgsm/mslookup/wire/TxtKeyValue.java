package org.dgsm.mslookup.wire;

import java.nio.charset.StandardCharsets;

/**
 * The RDATA of an mslookup TXT record: one character-string {@code key=value} (RFC 1035 §3.3.14), whose length byte
 * must equal RDLENGTH − 1.
 */
record TxtKeyValue(String key, String value) {

    static final String AGE = "age";
    static final String PORT = "port";

    /** Enough for any unsigned 32-bit value, with room for a few leading zeros. */
    private static final int MAX_DIGITS = 10;

    byte[] toRdata() {
        byte[] text = (key + "=" + value).getBytes(StandardCharsets.US_ASCII);
        if (text.length > 255) {
            throw new IllegalArgumentException("TXT key=value longer than 255 bytes");
        }
        byte[] rdata = new byte[text.length + 1];
        rdata[0] = (byte) text.length;
        System.arraycopy(text, 0, rdata, 1, text.length);
        return rdata;
    }

    static TxtKeyValue fromRdata(byte[] rdata) throws MalformedPacketException {
        if (rdata.length < 2) {
            throw new MalformedPacketException("TXT record of " + rdata.length + " bytes cannot hold key=value");
        }
        if ((rdata[0] & 0xff) != rdata.length - 1) {
            throw new MalformedPacketException("TXT character-string length " + (rdata[0] & 0xff)
                    + " does not match RDLENGTH " + rdata.length);
        }
        String text = new String(rdata, 1, rdata.length - 1, StandardCharsets.ISO_8859_1);
        int separator = text.indexOf('=');
        if (separator < 0) {
            throw new MalformedPacketException("TXT record without '=': " + printable(text));
        }
        return new TxtKeyValue(text.substring(0, separator), text.substring(separator + 1));
    }

    /**
     * The value as an unsigned decimal number in {@code min..max}. Stricter than osmo's {@code strtoll}, which also
     * takes signs, leading blanks and an empty value (as 0): we want digits only, 1 to {@value #MAX_DIGITS} of them.
     */
    long decimalValue(long min, long max) throws MalformedPacketException {
        if (value.isEmpty() || value.length() > MAX_DIGITS) {
            throw new MalformedPacketException("TXT '" + key + "' value must be 1 to " + MAX_DIGITS + " digits: "
                    + printable(value));
        }
        long number = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new MalformedPacketException("TXT '" + key + "' value is not a decimal number: "
                        + printable(value));
            }
            number = number * 10 + (c - '0');
        }
        if (number < min || number > max) {
            throw new MalformedPacketException("TXT '" + key + "' value " + number + " is outside " + min + ".."
                    + max);
        }
        return number;
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\x%02x", (int) c));
            }
        }
        return out.append('\'').toString();
    }
}
