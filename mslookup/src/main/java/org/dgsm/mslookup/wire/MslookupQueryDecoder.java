package org.dgsm.mslookup.wire;

import java.util.Objects;

/**
 * Decodes a query packet the way osmo-hlr 1.5 does (the server side of spec §3.4).
 *
 * <p>Accepted: QR=0 and a question whose name is {@code service.id.idtype.suffix}. Ignored, as osmo ignores them:
 * every other flag, all four section counts, QTYPE and QCLASS, and anything between the name and the last four bytes
 * (osmo 1.5 takes QTYPE/QCLASS from the end of the packet, which is why it answers queries carrying an EDNS OPT
 * record; osmo ≥ 1.6 does not). Rejected: QR=1, a suffix that differs even in case, any name osmo's parser refuses, a
 * compressed name, and datagrams over 1024 bytes (osmo reads only the first 1024).
 */
public final class MslookupQueryDecoder {

    /** QTYPE and QCLASS. */
    private static final int QUESTION_TAIL = 4;

    private final String suffix;

    /** @throws IllegalArgumentException for an invalid suffix, see {@link DomainSuffix#requireValid(String)} */
    public MslookupQueryDecoder(String suffix) {
        this.suffix = DomainSuffix.requireValid(suffix);
    }

    public String suffix() {
        return suffix;
    }

    /** @throws MalformedPacketException for anything that is not a query osmo-hlr would answer for this suffix */
    public DecodedQuery decode(byte[] datagram) throws MalformedPacketException {
        Objects.requireNonNull(datagram, "datagram");
        if (datagram.length > MdnsHeader.MAX_PACKET_LENGTH) {
            throw new MalformedPacketException("datagram of " + datagram.length + " bytes exceeds "
                    + MdnsHeader.MAX_PACKET_LENGTH);
        }
        PacketReader in = new PacketReader(datagram);
        MdnsHeader header = MdnsHeader.read(in);
        if (header.isResponse()) {
            throw new MalformedPacketException("not a query: QR bit set");
        }
        String name = DnsName.read(in, QUESTION_TAIL);
        try {
            return new DecodedQuery(header.packetId(), MslookupQuery.fromDomainName(name, suffix));
        } catch (MalformedQueryException e) {
            throw new MalformedPacketException(e.getMessage(), e);
        }
    }
}
