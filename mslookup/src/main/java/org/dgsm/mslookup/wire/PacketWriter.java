package org.dgsm.mslookup.wire;

import java.util.Arrays;

/** Big-endian writing into a growing byte array. */
final class PacketWriter {

    private byte[] buffer = new byte[256];
    private int length;

    PacketWriter u8(int value) {
        ensure(1);
        buffer[length++] = (byte) value;
        return this;
    }

    PacketWriter u16(int value) {
        return u8(value >>> 8).u8(value);
    }

    PacketWriter u32(long value) {
        return u16((int) (value >>> 16) & 0xffff).u16((int) value & 0xffff);
    }

    PacketWriter bytes(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, buffer, length, value.length);
        length += value.length;
        return this;
    }

    int length() {
        return length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, length);
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
