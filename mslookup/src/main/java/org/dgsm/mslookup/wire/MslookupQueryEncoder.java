package org.dgsm.mslookup.wire;

/**
 * Builds a query packet exactly as osmo does: header {@code id 0000 0001 0000 0000 0000}, the uncompressed name
 * {@code service.id.idtype.suffix}, QTYPE ANY, QCLASS IN, nothing else.
 */
public final class MslookupQueryEncoder {

    private MslookupQueryEncoder() {
    }

    /**
     * @throws IllegalArgumentException for a packet id outside 0..65535, an invalid suffix, or a service that cannot be
     *                                  a DNS name (an empty label, as in {@code ....}, which osmo cannot send either)
     */
    public static byte[] encode(int packetId, MslookupQuery query, String suffix) {
        DomainSuffix.requireValid(suffix);
        PacketWriter out = new PacketWriter();
        new MdnsHeader(packetId, 0, 1, 0, 0, 0).write(out);
        DnsName.write(query.domainName(suffix), out);
        out.u16(MdnsHeader.TYPE_ANY).u16(MdnsHeader.CLASS_IN);
        return out.toByteArray();
    }
}
