package org.dgsm.mslookup.wire;

/** Bounds-checked big-endian reading from a datagram; running past the end is a {@link MalformedPacketException}. */
final class PacketReader {

    private final byte[] data;
    private int position;

    PacketReader(byte[] data) {
        this.data = data;
    }

    int position() {
        return position;
    }

    int remaining() {
        return data.length - position;
    }

    int u8() throws MalformedPacketException {
        require(1);
        return data[position++] & 0xff;
    }

    int u16() throws MalformedPacketException {
        require(2);
        int value = ((data[position] & 0xff) << 8) | (data[position + 1] & 0xff);
        position += 2;
        return value;
    }

    long u32() throws MalformedPacketException {
        require(4);
        long value = ((long) u16() << 16) | u16();
        return value;
    }

    byte[] bytes(int length) throws MalformedPacketException {
        require(length);
        byte[] copy = new byte[length];
        System.arraycopy(data, position, copy, 0, length);
        position += length;
        return copy;
    }

    private void require(int length) throws MalformedPacketException {
        if (length < 0 || length > remaining()) {
            throw new MalformedPacketException("packet truncated: need " + length + " bytes at offset " + position
                    + ", have " + remaining());
        }
    }
}
