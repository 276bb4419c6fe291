package org.dgsm.hlr.gsup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable byte string: the value type for every opaque IE value, IPA name and nested key material, so that
 * messages and records holding them compare by content and can serve as map keys (route tables are keyed by IPA
 * name bytes, trailing NUL included).
 */
public final class Octets {

    public static final Octets EMPTY = new Octets(new byte[0]);

    private final byte[] bytes;

    private Octets(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}. */
    public static Octets of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new Octets(bytes.clone());
    }

    /** A copy of {@code length} bytes of {@code bytes} starting at {@code offset}. */
    public static Octets of(byte[] bytes, int offset, int length) {
        return length == 0 ? EMPTY : new Octets(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /** @throws IllegalArgumentException if the text is not strict hex (see {@link Hex#parse}) */
    public static Octets fromHex(String hex) {
        byte[] parsed = Hex.parse(hex);
        return parsed.length == 0 ? EMPTY : new Octets(parsed);
    }

    /**
     * The US-ASCII bytes of {@code text}, nothing appended: an IPA name is written {@code ascii("msc-B1\0")}.
     *
     * @throws IllegalArgumentException if the text has a character outside US-ASCII
     */
    public static Octets ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                throw new IllegalArgumentException("not US-ASCII: '" + text.charAt(i) + "' at index " + i);
            }
        }
        return of(text.getBytes(StandardCharsets.US_ASCII));
    }

    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** The byte at {@code index} as an unsigned value 0–255. */
    public int get(int index) {
        return bytes[index] & 0xff;
    }

    public byte[] toByteArray() {
        return bytes.clone();
    }

    public void copyTo(byte[] destination, int offset) {
        System.arraycopy(bytes, 0, destination, offset, bytes.length);
    }

    public String toHex() {
        return Hex.format(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Octets o && Arrays.equals(bytes, o.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The bytes as lower-case hex. */
    @Override
    public String toString() {
        return toHex();
    }
}
