package org.dgsm.hlr.gsup.json;

import java.util.Arrays;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.gsup.Tbcd;

/** The readable forms of number and name IEs, and the rules for when they are lossless. */
final class JsonForms {

    private JsonForms() {
    }

    /**
     * The digits of a number IE in osmo-hlr's form — one length octet counting the TBCD bytes, then the TBCD bytes
     * (gsup-ipa.md §5.2) — or {@code null} if the bytes are in any other form or would not re-encode identically.
     */
    static String digits(Octets raw) {
        if (raw.isEmpty() || raw.get(0) != raw.length() - 1) {
            return null;
        }
        byte[] bytes = raw.toByteArray();
        String digits = Tbcd.decode(bytes, 1, bytes.length - 1);
        return Arrays.equals(numberBytes(digits).toByteArray(), bytes) ? digits : null;
    }

    /** {@code digits} in osmo-hlr's number form: length octet + TBCD. */
    static Octets numberBytes(String digits) {
        byte[] tbcd = Tbcd.encode(digits);
        byte[] out = new byte[tbcd.length + 1];
        out[0] = (byte) tbcd.length;
        System.arraycopy(tbcd, 0, out, 1, tbcd.length);
        return Octets.of(out);
    }

    /** A name as text if every byte is printable ASCII or NUL (shown by JSON as {@code \u0000}), else {@code null}. */
    static String nameText(Octets raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            int b = raw.get(i);
            if (b != 0 && (b < 0x20 || b > 0x7e)) {
                return null;
            }
            text.append((char) b);
        }
        return text.toString();
    }
}
