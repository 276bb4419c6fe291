package org.dgsm.mslookup.wire;

/**
 * The 12-byte DNS header (RFC 1035 §4.1.1) and the constants mslookup packets use.
 *
 * <p>Only the fields osmo looks at have meaning here: the packet id (cosmetic), the QR bit and, for answers, ANCOUNT.
 */
public record MdnsHeader(int packetId, int flags, int questionCount, int answerCount, int authorityCount,
                         int additionalCount) {

    public static final int LENGTH = 12;
    /** osmo reads at most this many bytes per datagram, and its encoder never builds more. */
    public static final int MAX_PACKET_LENGTH = 1024;
    public static final int FLAG_RESPONSE = 0x8000;

    public static final int TYPE_A = 1;
    public static final int TYPE_TXT = 16;
    public static final int TYPE_AAAA = 28;
    public static final int TYPE_ANY = 255;
    public static final int CLASS_IN = 1;

    public MdnsHeader {
        checkPacketId(packetId);
        checkU16(flags, "flags");
        checkU16(questionCount, "QDCOUNT");
        checkU16(answerCount, "ANCOUNT");
        checkU16(authorityCount, "NSCOUNT");
        checkU16(additionalCount, "ARCOUNT");
    }

    public boolean isResponse() {
        return (flags & FLAG_RESPONSE) != 0;
    }

    /**
     * Cheap check of the QR bit of a datagram, without decoding it: {@code true} for answers, {@code false} for
     * queries and for anything too short to carry the bit.
     */
    public static boolean isResponse(byte[] datagram) {
        return datagram != null && datagram.length >= 3 && (datagram[2] & 0x80) != 0;
    }

    static MdnsHeader read(PacketReader in) throws MalformedPacketException {
        if (in.remaining() < LENGTH) {
            throw new MalformedPacketException("packet of " + in.remaining() + " bytes is shorter than a DNS header");
        }
        return new MdnsHeader(in.u16(), in.u16(), in.u16(), in.u16(), in.u16(), in.u16());
    }

    void write(PacketWriter out) {
        out.u16(packetId).u16(flags).u16(questionCount).u16(answerCount).u16(authorityCount).u16(additionalCount);
    }

    static void checkPacketId(int packetId) {
        checkU16(packetId, "packet id");
    }

    private static void checkU16(int value, String what) {
        if (value < 0 || value > 0xffff) {
            throw new IllegalArgumentException(what + " must be 0..65535, got " + value);
        }
    }
}
