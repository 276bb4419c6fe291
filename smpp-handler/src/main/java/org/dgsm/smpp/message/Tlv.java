package org.dgsm.smpp.message;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One SMPP optional parameter, kept as raw bytes so that it is forwarded exactly as it arrived.
 *
 * @throws IllegalArgumentException from the constructor for a tag outside 0..0xFFFF or a value longer than 0xFFFF
 */
public record Tlv(int tag, byte[] value) {

    public static final int MAX_VALUE_LENGTH = 0xffff;

    public Tlv {
        Objects.requireNonNull(value, "value");
        if (tag < 0 || tag > 0xffff) {
            throw new IllegalArgumentException("TLV tag must be 0..0xFFFF, got " + tag);
        }
        if (value.length > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("TLV value must be at most " + MAX_VALUE_LENGTH + " bytes, got "
                    + value.length);
        }
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tlv other && tag == other.tag && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return 31 * tag + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return String.format("0x%04x=%s", tag, HexFormat.of().formatHex(value));
    }
}
