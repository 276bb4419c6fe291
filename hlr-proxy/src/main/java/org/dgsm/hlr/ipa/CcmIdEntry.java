package org.dgsm.hlr.ipa;

import java.util.Objects;
import org.dgsm.hlr.gsup.Octets;

/**
 * One tag of a CCM ID_RESP with its raw value bytes, normally an ASCII string with its terminating NUL (the NUL is
 * part of the value: osmo compares IPA names including it).
 */
public record CcmIdEntry(int tag, Octets value) {

    /** Largest value that fits the 16-bit length (which also counts the tag byte). */
    public static final int MAX_VALUE_LENGTH = 0xfffe;

    public CcmIdEntry {
        if (tag < 0 || tag > 0xff) {
            throw new IllegalArgumentException("tag must be one byte, got " + tag);
        }
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("ID_RESP value too long: " + value.length());
        }
    }

    /** The value {@code text} plus its NUL terminator, as osmo sends every identity value. */
    public static CcmIdEntry ofText(int tag, String text) {
        return new CcmIdEntry(tag, Octets.ascii(text + '\0'));
    }
}
