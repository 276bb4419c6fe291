package org.dgsm.hlr.gsup;

/**
 * Walks {@code [tag][length][value]} elements with one-byte tag and length inside a bounded window of a byte array.
 * Never reads outside the window: {@link #next()} reports an element whose length runs past the end instead.
 */
final class TlvReader {

    private final byte[] buf;
    private final int end;
    private int pos;
    private int tag = -1;
    private int valueOffset;
    private int valueLength;

    TlvReader(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.end = offset + length;
    }

    boolean hasMore() {
        return pos < end;
    }

    int peekTag() {
        return buf[pos] & 0xff;
    }

    /**
     * Moves to the next element. Returns {@code false}, leaving the position unchanged, if no complete element is
     * left; {@link #truncation()} then says why.
     */
    boolean next() {
        if (end - pos < 2) {
            return false;
        }
        int length = buf[pos + 1] & 0xff;
        if (length > end - pos - 2) {
            return false;
        }
        tag = buf[pos] & 0xff;
        valueOffset = pos + 2;
        valueLength = length;
        pos = valueOffset + length;
        return true;
    }

    /** Why {@link #next()} returned {@code false}, for error messages. */
    String truncation() {
        if (end - pos < 2) {
            return "IE " + GsupIe.describe(buf[pos] & 0xff) + " has no length byte";
        }
        return "IE " + GsupIe.describe(buf[pos] & 0xff) + " announces " + (buf[pos + 1] & 0xff) + " bytes, only "
                + (end - pos - 2) + " left";
    }

    int tag() {
        return tag;
    }

    int valueOffset() {
        return valueOffset;
    }

    int valueLength() {
        return valueLength;
    }

    /** The value byte at {@code index} (0-based within the value), unsigned. */
    int valueByte(int index) {
        return buf[valueOffset + index] & 0xff;
    }

    Octets value() {
        return Octets.of(buf, valueOffset, valueLength);
    }

    byte[] buffer() {
        return buf;
    }
}
