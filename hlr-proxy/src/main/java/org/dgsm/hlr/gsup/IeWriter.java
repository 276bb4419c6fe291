package org.dgsm.hlr.gsup;

import java.util.Arrays;

/** Appends one-byte-tag, one-byte-length IEs to a growing buffer; nested IEs get their length patched in. */
final class IeWriter {

    private byte[] buf = new byte[64];
    private int size;

    void put(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    void put(Octets value) {
        ensure(value.length());
        value.copyTo(buf, size);
        size += value.length();
    }

    void tlv(GsupIe ie, Octets value) {
        put(ie.tag());
        put(value.length());
        put(value);
    }

    void tlv(GsupIe ie, int oneByte) {
        put(ie.tag());
        put(1);
        put(oneByte);
    }

    void flag(GsupIe ie) {
        put(ie.tag());
        put(0);
    }

    /** Writes the tag and a placeholder length; returns the mark to pass to {@link #end}. */
    int begin(GsupIe ie) {
        put(ie.tag());
        put(0);
        return size;
    }

    void end(int mark) {
        int length = size - mark;
        if (length > 0xff) {
            throw new IllegalStateException("nested IE grew to " + length + " bytes");
        }
        buf[mark - 1] = (byte) length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, size + more));
        }
    }
}
